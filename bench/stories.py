"""Story grouping quality: BCubed precision, recall and F1 on same-event sets.

Reads ../shared/corpora/all_articles.jsonl.gz at run time:

* newswcl50 — 10 events x 5 outlets (gold: ``labels.event_id``);
* basil — 100 triplets NYT/Fox/HuffPost (gold: ``labels.triplet_uuid``),
  also split into a dev half (2010–2014, used to choose the threshold) and a
  test half (2015–2019);
* ecbplus — gold ``labels.subtopic`` (one seminal event) and, coarser,
  ``labels.topic`` (two events of the same type);
* pooled — the three sets clustered together in one pool.

Rows marked ``[incr.16]`` assign the same articles the way the store does:
in date order, 16 at a time, each batch against the stories already made.

Usage: ``python bench/stories.py [--sweep]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from eventwire.link.stories import THRESHOLD, StoryDoc, assign_stories, cluster, name_entities, parse_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = SHARED / "corpora" / "all_articles.jsonl.gz"


def load(corpus_names: set[str]) -> list[dict]:
    with gzip.open(CORPORA, "rt", encoding="utf-8") as handle:
        return [r for line in handle if (r := json.loads(line))["corpus"] in corpus_names]


def story_doc(record: dict) -> StoryDoc:
    text = f"{record.get('title') or ''}\n\n{record.get('text') or ''}"
    return StoryDoc(record["doc_id"], text, parse_date(record.get("date")), name_entities(text),
                    outlet=record.get("outlet"))


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 (Bagga & Baldwin 1998), item-averaged."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, label in predicted.items():
        by_pred[label].add(item)
    for item, label in gold.items():
        by_gold[label].add(item)
    precision = recall = 0.0
    for item in gold:
        cluster_items, class_items = by_pred[predicted[item]], by_gold[gold[item]]
        overlap = len(cluster_items & class_items)
        precision += overlap / len(cluster_items)
        recall += overlap / len(class_items)
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def sets(records: list[dict]) -> dict[str, tuple[list[StoryDoc], dict[str, str]]]:
    """Evaluation sets: name → (documents, gold label per document)."""
    by_corpus = defaultdict(list)
    for record in records:
        by_corpus[record["corpus"]].append(record)
    out = {}
    gold_key = {"newswcl50": "event_id", "basil": "triplet_uuid"}
    for name, key in gold_key.items():
        rows = by_corpus[name]
        out[name] = ([story_doc(r) for r in rows], {r["doc_id"]: str(r["labels"][key]) for r in rows})
    basil = by_corpus["basil"]
    for half, years in (("basil-dev(2010-14)", range(2010, 2015)), ("basil-test(2015-19)", range(2015, 2020))):
        rows = [r for r in basil if r["date"] and int(r["date"][:4]) in years]
        out[half] = ([story_doc(r) for r in rows], {r["doc_id"]: r["labels"]["triplet_uuid"] for r in rows})
    ecb = by_corpus["ecbplus"]
    docs = [story_doc(r) for r in ecb]
    out["ecbplus(subtopic)"] = (docs, {r["doc_id"]: str(r["labels"]["subtopic"]) for r in ecb})
    out["ecbplus(topic)"] = (docs, {r["doc_id"]: str(r["labels"]["topic"]) for r in ecb})
    # All three pooled: do stories from different corpora stay apart in one big pool?
    pooled_docs, pooled_gold = [], {}
    for name in ("newswcl50", "basil", "ecbplus(subtopic)"):
        docs_, gold_ = out[name]
        pooled_docs += docs_
        pooled_gold.update({doc_id: f"{name}:{label}" for doc_id, label in gold_.items()})
    out["pooled(all three)"] = (pooled_docs, pooled_gold)
    return out


def incremental(docs: list[StoryDoc], threshold: float, batch: int = 16) -> dict[str, str]:
    """The store's way: batches in date order, each assigned against the stories so far."""
    ordered = sorted(docs, key=lambda d: (d.published or dt.date.max, d.id))
    known: list[StoryDoc] = []
    result: dict[str, str] = {}
    for start in range(0, len(ordered), batch):
        chunk = ordered[start : start + batch]
        for doc_id, assignment in assign_stories(chunk, known, threshold).items():
            result[doc_id] = assignment.story_id
        known += [dataclasses.replace(d, story_id=result[d.id]) for d in chunk]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="print F1 over a range of thresholds")
    args = parser.parse_args()
    if not CORPORA.exists():
        print(f"skipped: {CORPORA.relative_to(SHARED.parent)} is absent")
        return 0
    evaluation = sets(load({"newswcl50", "basil", "ecbplus"}))
    thresholds = [round(0.15 + 0.025 * i, 3) for i in range(15)] if args.sweep else [THRESHOLD]
    print(f"{'set':22} {'docs':>5} {'gold':>5} {'thr':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'secs':>5}")
    runs = [(name, docs, gold, cluster) for name, (docs, gold) in evaluation.items()]
    runs += [(f"{name}[incr.16]", *evaluation[name], incremental) for name in ("newswcl50", "basil")]
    for name, docs, gold, method in runs:
        for threshold in thresholds:
            started = time.perf_counter()
            predicted = method(docs, threshold)
            seconds = time.perf_counter() - started
            p, r, f = bcubed(predicted, gold)
            n_pred, n_gold = len(Counter(predicted.values())), len(Counter(gold.values()))
            print(f"{name:22} {len(docs):5} {n_gold:5} {threshold:5.3f} {n_pred:5} {p:6.3f} {r:6.3f} {f:6.3f}"
                  f" {seconds:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
