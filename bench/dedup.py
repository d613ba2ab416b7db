"""Evidence for the syndicated-copy threshold (``eventwire.dedup.THRESHOLD``).

Reads ../shared/corpora/all_articles.jsonl.gz at run time and prints:

1. exact Jaccard of word 5-shingles for pairs that must NOT be merged: the
   same event told by different outlets in their own words (NewsWCL50 events,
   BASIL triplets);
2. FA-KES pairs from different outlets, by Jaccard band (copies of one agency
   text sit at the top);
3. semi-synthetic syndicated copies (a story given other head and foot lines
   and trimmed from the bottom, as papers trim wire copy), and what the dedup
   stage itself (MinHash LSH, in-memory DuckDB store, two runs) does with
   them and with the must-not-merge sets.

    .venv/bin/python bench/dedup.py
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import time
from collections import defaultdict
from pathlib import Path

import duckdb

from eventwire import dedup
from eventwire.config import Context
from eventwire.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora" / "all_articles.jsonl.gz"
TRIMS = (1.0, 0.8, 0.6, 0.4)


class _Store:
    """The one thing the dedup stage needs from a store: a connection with ``signatures``."""

    def __init__(self) -> None:
        self.con = duckdb.connect()
        self.con.execute("CREATE TABLE signatures (article_id VARCHAR PRIMARY KEY, minhash BLOB)")


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def load(corpora: set[str]) -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(CORPORA, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["corpus"] in corpora and record.get("text"):
                docs[record["corpus"]].append(record)
    return docs


def group_pairs(records: list[dict], key: str) -> list[tuple[dict, dict]]:
    groups: dict[object, list[dict]] = defaultdict(list)
    for record in records:
        groups[record["labels"].get(key)].append(record)
    return [pair for group in groups.values() for pair in itertools.combinations(group, 2)]


def report_negatives(docs: dict[str, list[dict]]) -> list[tuple[dict, dict]]:
    negatives = []
    for corpus, key in (("newswcl50", "event_id"), ("basil", "triplet_uuid")):
        pairs = group_pairs(docs[corpus], key)
        sets = [(dedup.shingles(a["text"]), dedup.shingles(b["text"])) for a, b in pairs]
        scores = sorted((jaccard(a, b) for a, b in sets), reverse=True)
        contained = max(len(a & b) / max(1, min(len(a), len(b))) for a, b in sets)
        above = sum(s >= dedup.THRESHOLD for s in scores)
        print(
            f"{corpus:10s} same-event pairs={len(pairs)} Jaccard max={scores[0]:.3f} "
            f"p99={scores[len(scores) // 100]:.3f} >=threshold: {above}; containment max={contained:.2f}"
        )
        negatives.extend(pairs)
    return negatives


def report_fakes(records: list[dict]) -> None:
    sets = [dedup.shingles(r["text"]) for r in records]
    bands = defaultdict(int)
    for i, j in itertools.combinations(range(len(records)), 2):
        if records[i]["outlet"] == records[j]["outlet"] or len(sets[i] & sets[j]) < 5:
            continue
        score = jaccard(sets[i], sets[j])
        bands[min(int(score * 10), 9) / 10] += 1
    print(
        "fa_kes cross-outlet pairs by Jaccard band:",
        ", ".join(f"[{b:.1f},{b + 0.1:.1f}): {bands[b]}" for b in sorted(bands)),
    )
    articles = [Article(id=r["doc_id"], text=r["text"], outlet=r["outlet"]) for r in records]
    dedup.run(articles, Context())
    by_id = {a.id: a for a in articles}
    copies = [a for a in articles if a.duplicate_of]
    cross = sum(by_id[a.duplicate_of].outlet != a.outlet for a in copies)
    print(f"fa_kes through the stage: {len(copies)} of {len(articles)} marked copies, {cross} across outlets")


def syndicate(record: dict, keep: float, rng: random.Random) -> str:
    paragraphs = [p for p in record["text"].split("\n") if p.strip()]
    kept = paragraphs[: max(1, round(len(paragraphs) * keep))]
    head = f"{rng.choice(['Posted', 'Updated', 'Published'])} by the newsroom of Outlet {rng.randint(1, 99)}"
    return "\n\n".join([head, *kept, "Share this story with a friend."])


def report_stage(docs: dict[str, list[dict]], negatives: list[tuple[dict, dict]]) -> None:
    rng = random.Random(7)
    stories = [r for r in docs["wikinews_sample"] + docs["basil"] if r["text"].count("\n") >= 4][:200]
    store = _Store()
    ctx = Context()
    ctx.store = store
    originals = [Article(id=f"orig-{i}", text=r["text"]) for i, r in enumerate(stories)]
    started = time.perf_counter()
    dedup.run(originals, ctx)  # first run: the originals are stored
    for keep in TRIMS:
        copies = [Article(id=f"copy-{keep}-{i}", text=syndicate(r, keep, rng)) for i, r in enumerate(stories)]
        fresh = Context()  # a later run: it must find the originals through the store
        fresh.store = store
        dedup.run(copies, fresh)
        found = sum(c.duplicate_of == f"orig-{i}" for i, c in enumerate(copies))
        exact = [
            jaccard(dedup.shingles(c.text), dedup.shingles(r["text"])) for c, r in zip(copies, stories, strict=True)
        ]
        print(
            f"synthetic copies keeping {keep:.0%} of paragraphs: found {found}/{len(copies)} "
            f"(exact Jaccard min {min(exact):.2f}, median {sorted(exact)[len(exact) // 2]:.2f})"
        )
    merged = 0
    for n, (a, b) in enumerate(negatives):
        pair = [Article(id=f"n{n}a", text=a["text"]), Article(id=f"n{n}b", text=b["text"])]
        dedup.run(pair, Context())
        merged += pair[1].duplicate_of is not None
    elapsed = time.perf_counter() - started
    print(f"same-event pairs wrongly merged by the stage: {merged}/{len(negatives)}  ({elapsed:.1f}s in all)")


def main() -> None:
    if not CORPORA.exists():
        print(f"skipped: {CORPORA} is absent (needs ../shared beside the repository)")
        return
    print(f"threshold={dedup.THRESHOLD} num_perm={dedup.NUM_PERM} shingle={dedup.SHINGLE_WORDS} words")
    docs = load({"newswcl50", "basil", "fa_kes", "wikinews_sample"})
    negatives = report_negatives(docs)
    report_fakes(docs["fa_kes"])
    report_stage(docs, negatives)


if __name__ == "__main__":
    main()
