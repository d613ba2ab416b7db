"""Event dating and placing against MUC-4 gold incident templates (TST4, mixed case).

MUC-4 answer keys give each terrorist incident's date ("24 OCT 88", or a range)
and location ("EL SALVADOR: SAN MARCOS LEMPA (CITY)"). For every message with
at least one dated template, we date the *lead event* (main verb of the first
sentence of the story, the events-less path) with the time stage's cascade,
publication = the message's dateline, and compare with:

* the GDELT baseline: every event on its publication (dateline) day;
* exact day: our date is a gold day of one of the message's templates;
* covered: a gold day lies inside our date's range (for coarser precisions).

Places: the lead event's country (or, failing that, the first place mention's)
against the template's country. Prints figures; never fails.

    .venv/bin/python bench/time_muc.py [--pipeline]
"""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime
from pathlib import Path

from eventwire import places as places_stage
from eventwire import time as time_stage
from eventwire.config import Context
from eventwire.model import Article, Event, Span
from eventwire.periods import iso_range
from eventwire.places.gazetteer import load as load_gazetteer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TST4 = SHARED / "corpora" / "muc34" / "TASK" / "CORPORA" / "tst4"
_DATELINE = re.compile(r"^\s*([^,\n]+),\s+(\d{1,2} [A-Z][a-z]{2} \d{2})\s+\(([^)]*)\)\s+--\s+", re.M)


def read_messages(path: Path) -> dict[str, tuple[date, str, str]]:
    """Message id -> (dateline day, story text without the dateline and labels, dateline city)."""
    text = path.read_text(encoding="latin-1")
    parts = re.split(r"^(TST4-MUC4-\d{4})\s*$", text, flags=re.M)
    messages = {}
    for message_id, body in zip(parts[1::2], parts[2::2], strict=True):
        found = _DATELINE.search(body)
        if not found:
            continue
        day = datetime.strptime(found.group(2), "%d %b %y").date()
        story = body[found.end() :]
        story = re.sub(r"\[[^\]]*\]\s*", "", story)  # [Report] [Text] [name] labels
        story = re.sub(r"\s*\n\s*\n\s*", "\n\n", story.strip())
        story = re.sub(r"(?<!\n)\n(?!\n)", " ", story)
        messages[message_id] = (day, story, found.group(1).strip())
    return messages


def read_keys(path: Path) -> dict[str, list[tuple[set[date], str | None]]]:
    """Message id -> [(gold days, gold country name)] for templates with a date.

    A date slot holds alternatives ("(24 OCT 88) / (23 OCT 88 - 24 OCT 88)"): a
    single day counts as itself, a range as every day in it, and "- 24 OCT 88"
    (on or before, day unknown) is skipped.
    """
    keys: dict[str, list[tuple[set[date], str | None]]] = {}
    for block in path.read_text(encoding="latin-1").split("0.  MESSAGE: ID")[1:]:
        message_id = block.split()[0]
        date_line = re.search(r"INCIDENT: DATE\s+(.*)", block)
        location = re.search(r"INCIDENT: LOCATION\s+\(?([A-Z ]+)", block)
        if not date_line or date_line.group(1).strip() == "*":
            continue
        days: set[date] = set()
        for alternative in date_line.group(1).split("/"):
            found = [_day(d) for d in re.findall(r"\d{2} [A-Z]{3} \d{2}", alternative)]
            if alternative.strip(" ()").startswith("-") or not found:
                continue
            first, last = found[0], found[-1]
            days |= {date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)}
        if days:
            country = location.group(1).strip().title() if location else None
            keys.setdefault(message_id, []).append((days, country))
    return keys


def _day(text: str) -> date:
    return datetime.strptime(text.title(), "%d %b %y").date()


def lead_event(article: Article, doc) -> Event:
    root = next(iter(doc.sents)).root
    span = Span(root.idx, root.idx + len(root))
    return Event(id="lead", article_id=article.id, cameo="180", trigger=span, span=span)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pipeline", action="store_true", help="also run the full pipeline (actors, events)")
    args = parser.parse_args()
    if not TST4.exists():
        print(f"{TST4} is absent: this benchmark needs ../shared beside the repository")
        return
    messages = read_messages(TST4 / "tst4-muc4.mixed-case")
    keys = read_keys(TST4 / "key-tst4.v2")
    ctx = Context()
    gazetteer = load_gazetteer()
    articles = [
        Article(id=m, text=messages[m][1], published=messages[m][0].isoformat(), dateline=messages[m][2])
        for m in keys
        if m in messages
    ]
    for article, doc in zip(articles, ctx.nlp.pipe([a.text for a in articles]), strict=True):
        ctx.docs[article.id] = doc
        article.events = [lead_event(article, doc)]
    time_stage.run(articles, ctx)
    places_stage.run(articles, ctx)
    counts = dict.fromkeys(
        ("baseline", "exact", "covered", "country", "country_base", "with_country", "placed", "placed_right"), 0
    )
    bases: dict[str, int] = {}
    for article in articles:
        gold_days = set().union(*(days for days, _ in keys[article.id]))
        event = article.events[0]
        bases[event.date_basis or "none"] = bases.get(event.date_basis or "none", 0) + 1
        counts["baseline"] += date.fromisoformat(article.published) in gold_days
        if event.date and event.date_precision == "day":
            counts["exact"] += date.fromisoformat(event.date) in gold_days
        if event.date:
            first, last = iso_range(event.date, event.date_precision)
            counts["covered"] += any(first <= day <= last for day in gold_days)
        gold_country = next((c for _, c in keys[article.id] if c), None)
        gold_entry = gazetteer.resolve(gold_country) if gold_country else None
        if gold_entry is not None:
            counts["with_country"] += 1
            if event.place is not None:
                counts["placed"] += 1
                counts["placed_right"] += event.place.country == gold_entry.country
            place = event.place or (article.places[0] if article.places else None)
            counts["country"] += place is not None and place.country == gold_entry.country
            dateline = gazetteer.resolve(article.dateline.title()) if article.dateline else None
            counts["country_base"] += dateline is not None and dateline.country == gold_entry.country
    total = len(articles)
    print(f"MUC-4 TST4 messages with a dated incident template: {total}")
    print(
        f"lead event on a gold day: publication baseline {counts['baseline']}/{total}, "
        f"time stage {counts['exact']}/{total} (day precision)"
    )
    print(f"time stage date range covers a gold day: {counts['covered']}/{total}")
    print(f"date basis of the lead event: {bases}")
    print(f"lead event.place set: {counts['placed']}, in the gold country: {counts['placed_right']}")
    print(
        f"lead event / first place in the gold country: {counts['country']}/{counts['with_country']} "
        f"(dateline city's country: {counts['country_base']}/{counts['with_country']})"
    )
    if args.pipeline:
        pipeline_check(messages, keys)


def pipeline_check(messages: dict, keys: dict) -> None:
    """With the full pipeline: the first coded violent event (CAMEO 18-20) of each message."""
    from eventwire.pipeline import ARTICLE_STAGES, process_batch

    ctx = Context()
    raw = [Article(id=m, raw=messages[m][1], published=messages[m][0].isoformat()) for m in keys if m in messages]
    stages = [s for s in ARTICLE_STAGES if s not in ("clean", "language", "quotes")]
    for article in raw:
        article.text = article.raw
    result = process_batch(raw, ctx, stages)
    hits = {"events": 0, "ours": 0, "baseline": 0}
    for article in result.articles:
        violent = [e for e in article.events if e.cameo[:2] in ("18", "19", "20") and e.date]
        if not violent:
            continue
        gold_days = set().union(*(days for days, _ in keys[article.id]))
        event = min(violent, key=lambda e: e.trigger.start)
        hits["events"] += 1
        hits["ours"] += event.date_precision == "day" and date.fromisoformat(event.date) in gold_days
        hits["baseline"] += date.fromisoformat(article.published) in gold_days
    print(
        f"pipeline: messages with a coded violent event: {hits['events']}; first one on a gold day: "
        f"time stage {hits['ours']}, publication baseline {hits['baseline']}"
    )


if __name__ == "__main__":
    main()
