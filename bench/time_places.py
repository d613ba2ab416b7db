"""Throughput and coverage of the time and places stages on real news.

Parses a sample of dated articles from ../shared/corpora once (spaCy is not
what is measured), then times the two stages alone and prints how many
temporal expressions resolved and how many place mentions were found.

    .venv/bin/python bench/time_places.py [--sample 100]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from pathlib import Path

from eventwire import places as places_stage
from eventwire import time as time_stage
from eventwire.config import Context
from eventwire.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpora" / "all_articles.jsonl.gz"
DATED = ("fa_kes", "wikinews_sample", "basil")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=100)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: this benchmark needs ../shared beside the repository")
        return
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = [r for r in rows if r["corpus"] in DATED and r.get("text") and r.get("date")]
    sample = random.Random(5).sample(rows, min(args.sample, len(rows)))
    ctx = Context()
    articles = [Article(id=f"a{i}", text=r["text"], published=r["date"][:10]) for i, r in enumerate(sample)]
    for article, doc in zip(articles, ctx.nlp.pipe([a.text for a in articles]), strict=True):
        ctx.docs[article.id] = doc
    tokens = sum(len(doc) for doc in ctx.docs.values())
    places_stage.run(articles[:1], ctx)  # load the gazetteer outside the timing
    started = time.perf_counter()
    time_stage.run(articles, ctx)
    time_seconds = time.perf_counter() - started
    started = time.perf_counter()
    places_stage.run(articles, ctx)
    places_seconds = time.perf_counter() - started
    times = [t for a in articles for t in a.times]
    print(f"{len(articles)} articles, {tokens} tokens")
    print(f"time stage:   {time_seconds:.2f} s ({tokens / time_seconds:,.0f} tokens/s)")
    print(f"places stage: {places_seconds:.2f} s ({tokens / places_seconds:,.0f} tokens/s)")
    print(f"temporal expressions: {len(times)}, resolved {sum(1 for t in times if t.value)}")
    print(f"place mentions: {sum(len(a.places) for a in articles)}")


if __name__ == "__main__":
    main()
