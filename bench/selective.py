"""What selective parsing costs: events with and without the pre-pass filter.

Runs the article stages twice over the same texts in one process (one spaCy),
once with the full parse of every sentence and once with ``nlp.select``, and
compares the events by id (article, trigger span, code, source, target):

* lost: events the full parse finds and the filtered run does not (target < 1 %);
* gained: the reverse (context changes can add an event too);
* same events whose date or modality changed;
* quotes found either way, share of tokens parsed, and the nlp-stage time.

Sets (read from ../shared at run time):
* ``seeds``: the user's two seed articles;
* ``plv``: PLOVER-labelled news sentences (dev/plover-dev/PLV_train.tsv), one article each;
* ``gsr``: the hand-fixed GigaWord sentences (dev/universal-petrarch/PETR2_GSR_validation.xml);
* ``fa_kes``: FA-KES articles (corpora/all_articles.jsonl.gz), whole articles, where context matters;
* ``all``: a seeded sample over every corpus in all_articles.jsonl.gz (mixed news, as from a crawl).

    .venv/bin/python bench/selective.py [--sets plv,gsr,fa_kes] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.config import Config, Context
from eventwire.model import Article
from eventwire.nlp import SELECT_OPTION
from eventwire.nlp.select import stats
from eventwire.pipeline import ARTICLE_STAGES, process_batch

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def load_set(name: str, limit: int | None) -> list[Article]:
    if name == "seeds":
        path = SHARED / "seeds"
        items = [(f"seeds/{p.name}", p.read_text(encoding="utf-8"), None) for p in sorted(path.glob("*.txt"))]
    elif name == "plv":
        path = SHARED / "dev" / "plover-dev" / "PLV_train.tsv"
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        items = [(f"plv/{r['sentence_id']}", r["sentence"], None) for r in rows]
    elif name == "gsr":
        path = SHARED / "dev" / "universal-petrarch" / "PETR2_GSR_validation.xml"
        xml = path.read_text(encoding="utf-8")
        texts = re.findall(r"<Sentence[^>]*date=\"(\d{8})\"[^>]*>.*?<Text>(.*?)</Text>", xml, flags=re.S)
        items = [(f"gsr/{i}", " ".join(t.split()), f"{d[:4]}-{d[4:6]}-{d[6:]}") for i, (d, t) in enumerate(texts)]
    else:
        path = SHARED / "corpora" / "all_articles.jsonl.gz"
        items = []
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                obj = json.loads(line)
                if name in ("all", obj["corpus"]) and (obj.get("text") or "").strip():
                    items.append((f"{obj['corpus']}/{obj['doc_id']}", obj["text"], obj.get("date")))
        if name == "all":  # a seeded sample over every corpus: mixed news, as a crawl would bring
            items = random.Random(13).sample(items, min(limit or 5000, len(items)))
    if not path.exists():
        sys.exit(f"{path} is absent: this benchmark needs ../shared beside the repository")
    items = items[:limit] if limit else items
    return [Article(id=i, raw=text, format="text", published=date, source_sha=i) for i, text, date in items]


def analyse(articles: list[Article], ctx: Context, select: bool | str, batch: int) -> tuple[list, float, tuple]:
    """All article stages; returns the articles, nlp-stage seconds and (parsed, total) tokens."""
    import eventwire.nlp as nlp_stage

    ctx.config.options[SELECT_OPTION] = select
    seconds, parsed, total, out = 0.0, 0, 0, []
    original = nlp_stage.run

    def timed(batch_articles, context):
        nonlocal seconds, parsed, total
        started = time.process_time()  # CPU time: the machine may be shared
        result = original(batch_articles, context)
        seconds += time.process_time() - started
        p, t = stats(context.docs[a.id] for a in batch_articles)
        parsed, total = parsed + p, total + t
        return result

    nlp_stage.run = timed
    try:
        for i in range(0, len(articles), batch):
            copies = [Article.from_dict(a.to_dict()) for a in articles[i : i + batch]]
            out.extend(process_batch(copies, ctx, ARTICLE_STAGES).articles)
    finally:
        nlp_stage.run = original
    return out, seconds, (parsed, total)


def compare(name: str, full: list[Article], selected: list[Article]) -> None:
    a = {e.id: e for art in full for e in art.events}
    b = {e.id: e for art in selected for e in art.events}
    lost, gained = set(a) - set(b), set(b) - set(a)
    changed = Counter()
    for key in set(a) & set(b):
        for field in ("date", "modality", "negated", "attribution", "confidence"):
            if getattr(a[key], field) != getattr(b[key], field):
                changed[field] += 1
    quotes = (sum(len(x.quotes) for x in full), sum(len(x.quotes) for x in selected))
    actors = (sum(len(x.actors) for x in full), sum(len(x.actors) for x in selected))
    qa, qb = _quote_keys(full), _quote_keys(selected)
    speakers = sum(1 for key in set(qa) & set(qb) if qa[key] != qb[key])
    quote_share = 100 * len(set(qa) - set(qb)) / len(qa) if qa else 0.0
    share = 100 * len(lost) / len(a) if a else 0.0
    print(f"  events: full {len(a)}, selective {len(b)}; lost {len(lost)} ({share:.2f} %), gained {len(gained)}; "
          f"changed among kept: {dict(changed) or 'none'}")
    print(f"  quotes full/selective {quotes[0]}/{quotes[1]}: lost {len(set(qa) - set(qb))} ({quote_share:.2f} %), "
          f"gained {len(set(qb) - set(qa))}, speaker changed {speakers}; actor mentions {actors[0]}/{actors[1]}")
    for key in sorted(set(qa) - set(qb))[:3]:
        print(f"    lost quote {key[0]} {key[3]} {qa[key]}: {key[4][:100]!r}")
    for key in sorted(lost)[:5]:
        event = a[key]
        print(f"    lost {event.cameo} {event.source.code if event.source else None}->"
              f"{event.target.code if event.target else None}: {event.sentence[:110]!r}")


def _quote_keys(articles: list[Article]) -> dict[tuple, tuple]:
    """(article, span, kind, text) -> (speaker code, speaker span): quotes compared by identity."""
    out = {}
    for article in articles:
        for quote in article.quotes:
            speaker = quote.speaker
            who = (speaker.code, speaker.span.start, speaker.span.end) if speaker else None
            out[(article.id, quote.span.start, quote.span.end, quote.kind, quote.text)] = who
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="plv,gsr,fa_kes")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--mode", default="events", help="events or events+quotes")
    args = parser.parse_args()
    ctx = Context(Config(batch_size=args.batch_size))
    list(ctx.nlp.pipe(["Warm-up: the first call to spaCy allocates; it is not timed."] * 8))
    for name in args.sets.split(","):
        articles = load_set(name, args.limit)
        full, full_s, _ = analyse(articles, ctx, False, args.batch_size)
        selected, sel_s, (parsed, total) = analyse(articles, ctx, args.mode, args.batch_size)
        print(f"{name} (mode {args.mode}): {len(articles)} texts; tokens fully parsed with the filter {parsed}/{total} "
              f"({100 * parsed / max(total, 1):.1f} %); nlp stage CPU {full_s:.1f}s full vs {sel_s:.1f}s selective "
              f"({full_s / max(sel_s, 1e-9):.2f}x)")
        compare(name, full, selected)


if __name__ == "__main__":
    main()
