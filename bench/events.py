"""Benchmark the event coder on the development sets in ../shared/dev.

Only the sentences' text is used: each sentence becomes an Article
(``format="text"``) and runs through our own stages "nlp", "actors",
"events" via ``pipeline.process_batch``. Negated, denied and hypothetical
events are left out of the scores (the default query leaves them out too).

1. ``universal-petrarch/PETR2_GSR_validation.xml`` (78 sentences, 93 silver
   events with real actors): event-tuple precision, recall and F1, matching
   one-to-one per sentence on (source actor, target actor, code) at root and
   at leaf level. An actor matches on its country/IGO prefix (``USAGOV`` ~
   ``USA``; ``IGOUNOMIL`` ~ ``IGOUNO``); the silver's ``---`` (unknown
   country) matches any coded actor.
2. ``plover-dev/PLV_train.tsv`` (1,050 sentences, one marked event each):
   PLOVER-category accuracy (older names mapped per dev/README: YIELD ->
   CONCEDE/RETREAT, DEMAND -> REQUEST, DISAPPROVE/INVESTIGATE -> ACCUSE,
   FIGHT -> ASSAULT) over all sentences and over those we code; the share of
   sentences where one event's source and target fall on the marked source
   and target (a role the sentence leaves unmarked must be empty in ours);
   and, of those, how many carry the country/IGO code the actors dictionary
   gives the marked phrase on its own (PLV has no gold codes, so this is a
   consistency check; phrases that code to nothing alone are counted apart).

    .venv/bin/python bench/events.py [--set gsr|plv|both] [--limit N] [--show K] [--strict-recipient]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.config import Config, Context
from eventwire.model import Article, Event
from eventwire.pipeline import process_batch

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "dev"
OLD_PLOVER = {
    "YIELD": {"CONCEDE", "RETREAT"}, "DEMAND": {"REQUEST"}, "DISAPPROVE": {"ACCUSE"},
    "INVESTIGATE": {"ACCUSE"}, "FIGHT": {"ASSAULT"},
}
BATCH = 64


def stages() -> tuple[str, ...]:
    try:
        import eventwire.actors as actors

        if callable(getattr(actors, "run", None)):
            return ("nlp", "actors", "events")
    except ImportError:
        pass
    print("WARNING: eventwire.actors has no run(): events need coded actors, scores will be 0", file=sys.stderr)
    return ("nlp", "events")


def run_texts(rows: list[tuple[str, str, str | None]], ctx: Context) -> dict[str, Article]:
    """(id, text, published) -> processed Article, in batches."""
    out: dict[str, Article] = {}
    names = stages()
    for i in range(0, len(rows), BATCH):
        chunk = rows[i : i + BATCH]
        batch = [Article(id=rid, text=text, raw=text, format="text", published=pub) for rid, text, pub in chunk]
        result = process_batch(batch, ctx, names)
        out.update({a.id: a for a in result.articles})
    return out


def asserted(article: Article | None) -> list[Event]:
    """The events a default query returns: not negated or denied, not hypothetical."""
    return [e for e in (article.events if article else []) if not e.negated and e.modality != "hypothetical"]


def actor_key(code: str | None) -> str | None:
    if not code:
        return None
    return code[:6] if code[:3] in ("IGO", "NGO", "IMG") else code[:3]


def same_actor(gold: str, ours: str | None) -> bool:
    if gold.startswith("---"):
        return True
    return ours is not None and actor_key(gold) == actor_key(ours)


def read_gsr(limit: int | None) -> list[dict]:
    text = (DEV / "universal-petrarch" / "PETR2_GSR_validation.xml").read_text(encoding="utf-8")
    records = []
    pattern = r"<Sentence ([^>]*?)/?>(.*?)<Text>(.*?)</Text>"
    for n, (attrs, codes, body) in enumerate(re.findall(pattern, text, re.S)):
        date = re.search(r'date="(\d{8})"', attrs)
        gold = [dict(re.findall(r'(\w+)="([^"]*)"', c)) for c in re.findall(r"<EventCoding ([^>]*)/>", codes)]
        records.append({
            "id": f"gsr{n:03d}",
            "text": " ".join(body.split()),
            "published": f"{date.group(1)[:4]}-{date.group(1)[4:6]}-{date.group(1)[6:]}" if date else None,
            "gold": [g for g in gold if "eventcode" in g],
        })
    return records[:limit] if limit else records


def match_tuples(gold: list[dict], events: list[Event], level: str) -> int:
    """One-to-one matches between silver tuples and our events at ``level`` (root or leaf)."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        code = g["eventcode"]
        for i, e in enumerate(events):
            if i in used:
                continue
            ok_code = e.root == code[:2] if level == "root" else e.cameo == code
            target_ok = same_actor(g["targetcode"], e.target.code if e.target else None)
            if ok_code and same_actor(g["sourcecode"], e.source.code if e.source else None) and target_ok:
                used.add(i)
                hits += 1
                break
    return hits


def prf(hits: int, predicted: int, gold: int) -> str:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (hits {hits}, predicted {predicted}, gold {gold})"


def bench_gsr(ctx: Context, limit: int | None, show: int) -> None:
    records = read_gsr(limit)
    start = time.perf_counter()
    articles = run_texts([(r["id"], r["text"], r["published"]) for r in records], ctx)
    seconds = time.perf_counter() - start
    predicted = sum(len(asserted(articles.get(r["id"]))) for r in records)
    gold = sum(len(r["gold"]) for r in records)
    print(f"PETR2_GSR: {len(records)} sentences, {gold} silver events, {seconds:.1f}s")
    for level in ("root", "leaf"):
        hits = sum(match_tuples(r["gold"], asserted(articles.get(r["id"])), level) for r in records)
        print(f"  tuple {level:4s}  {prf(hits, predicted, gold)}")
    junk = sum(len(asserted(articles.get(r["id"]))) for r in records if not r["gold"])
    print(f"  events on sentences with no silver event: {junk}")
    for r in records[:show]:
        ours = [(e.source.code, e.target.code if e.target else None, e.cameo) for e in asserted(articles.get(r["id"]))]
        silver = [(g["sourcecode"], g["targetcode"], g["eventcode"]) for g in r["gold"]]
        if ours != silver:
            print(f"    {r['text'][:150]}\n      silver {silver}\n      ours   {ours}")


def read_plv(limit: int | None) -> list[dict]:
    with (DEV / "plover-dev" / "PLV_train.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    out = []
    for n, row in enumerate(rows[:limit] if limit else rows):
        marked = row["marked_sentence"]
        spans = {}
        for tag in ("s", "t"):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", marked)
            if m:
                before = re.sub(r"</?[st]>", "", marked[: m.start()])
                spans[tag] = (len(before), len(before) + len(m.group(1)))
        gold = row["gold_root"].strip().upper()
        out.append({"id": f"plv{n:04d}", "text": row["sentence"], "spans": spans,
                    "s_text": row["source"], "t_text": row["target"], "gold": OLD_PLOVER.get(gold, {gold})})
    return out


def half_of(record_id: str) -> int:
    """A fixed split of the sentences into two halves, to report both and see the spread."""
    return int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 2


def _overlaps(event_actor, span: tuple[int, int] | None) -> bool:
    return bool(event_actor and span and event_actor.span.start < span[1] and span[0] < event_actor.span.end)


def country_check(actor, phrase: str | None, ctx: Context) -> str:
    """"agree", "differ" or "unchecked": our actor's country/IGO prefix vs the
    one the actors dictionary gives the marked phrase alone.

    PLV has no gold codes, so this checks the event's actor against the
    dictionary reading of the annotated span (a consistency check, not gold).
    A marked phrase that codes to nothing on its own ("18 people", "the
    rebel-held region") cannot be checked this way: it is counted apart, not
    as a disagreement. An unmarked role (no gold phrase) agrees when ours is
    empty too.
    """
    from eventwire.actors import resolve_phrase

    if phrase is None:
        return "agree" if actor is None else "differ"
    reference = resolve_phrase(phrase, None, ctx)
    if reference is None or not reference.code:
        return "unchecked"
    if actor is not None and (actor_key(actor.code) == actor_key(reference.code) or (
            actor.country is not None and actor.country == reference.country)):
        return "agree"
    return "differ"


def pair_check(event: Event, record: dict, ctx: Context) -> str:
    """Both roles: "differ" if either differs, else "unchecked" if either is, else "agree"."""
    checks = {country_check(event.source, record["s_text"] if "s" in record["spans"] else None, ctx),
              country_check(event.target, record["t_text"] if "t" in record["spans"] else None, ctx)}
    return next(c for c in ("differ", "unchecked", "agree") if c in checks)


def _on_mark(event_actor, span: tuple[int, int] | None) -> bool:
    """Our role lands on the gold mark; a role the gold leaves unmarked must be absent in ours too.

    24 PLV sentences mark only one role (PLOVER's recipient is optional): an
    event with that role on the mark and the other one empty is the gold event.
    """
    return event_actor is None if span is None else _overlaps(event_actor, span)


def pick_event(events: list[Event], spans: dict, record: dict | None = None,
               ctx: Context | None = None) -> tuple[Event | None, bool]:
    """Our event for the marked one: both roles on the marks, else one, else the first event.

    A coordinated mark ("lifted its embargo against <t>Libya and Iraq</t>")
    gives us one event per conjunct; with ``record`` and ``ctx`` the one whose
    countries agree with the marked phrases is taken, not merely the first.
    """
    both = [e for e in events if _on_mark(e.source, spans.get("s")) and _on_mark(e.target, spans.get("t"))]
    if both and record is not None and ctx is not None and len(both) > 1:
        same_code = [e for e in both if e.cameo == both[0].cameo]  # the category scored stays the same
        return next((e for e in same_code if pair_check(e, record, ctx) == "agree"), both[0]), True
    if both:
        return both[0], True
    either = [e for e in events if _overlaps(e.source, spans.get("s")) or _overlaps(e.target, spans.get("t"))]
    return (either or events or [None])[0], False


def bench_plv(ctx: Context, limit: int | None, show: int) -> None:
    records = read_plv(limit)
    start = time.perf_counter()
    articles = run_texts([(r["id"], r["text"], None) for r in records], ctx)
    seconds = time.perf_counter() - start
    correct = covered = found = 0
    checks: Counter = Counter()
    confusion: Counter = Counter()
    halves: list[Counter] = [Counter(), Counter()]
    for r in records:
        event, on_marks = pick_event(asserted(articles.get(r["id"])), r["spans"], r, ctx)
        half = halves[half_of(r["id"])]
        half["n"] += 1
        if event is None:
            confusion[("/".join(sorted(r["gold"])), "-")] += 1
            continue
        covered += 1
        correct += event.plover in r["gold"]
        half["correct"] += event.plover in r["gold"]
        confusion[("/".join(sorted(r["gold"])), event.plover or "None")] += 1
        if on_marks:
            found += 1
            checks[pair_check(event, r, ctx)] += 1
    n = len(records)
    print(f"PLV_train: {n} sentences, {seconds:.1f}s")
    print(f"  PLOVER accuracy {correct / n:.3f} (all sentences; {covered} with an event, "
          f"accuracy there {correct / covered if covered else 0:.3f})")
    print("  PLOVER accuracy by half (sha1 of the sentence id, even / odd): "
          + " / ".join(f"{h['correct'] / h['n']:.3f} ({h['n']})" for h in halves if h["n"]))
    agree, differ, unchecked = checks["agree"], checks["differ"], checks["unchecked"]
    print(f"  source+target found on the marks: {found / n:.3f} ({found}); country/IGO vs the actors dictionary's "
          f"reading of the marked phrases alone: agree {agree / n:.3f} ({agree}), differ {differ}, "
          f"unchecked {unchecked} (a marked phrase codes to nothing alone); agree among checked "
          f"{agree / (agree + differ) if agree + differ else 0:.3f}")
    print("  most common (gold, ours):", ", ".join(f"{g}->{o}:{c}" for (g, o), c in confusion.most_common(show)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=["gsr", "plv", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print up to K sentence diffs / confusions")
    parser.add_argument("--strict-recipient", action="store_true",
                        help="classic CAMEO rule: no event without a coded target (except target: optional patterns)")
    args = parser.parse_args()
    if not DEV.exists():
        sys.exit(f"{DEV} is absent: this benchmark needs ../shared beside the repository")
    ctx = Context(Config(options={"events_optional_recipient": not args.strict_recipient}))
    if args.set in ("gsr", "both"):
        bench_gsr(ctx, args.limit, args.show)
    if args.set in ("plv", "both"):
        bench_plv(ctx, args.limit, args.show or 15)


if __name__ == "__main__":
    main()
