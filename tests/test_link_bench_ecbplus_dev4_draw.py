"""``ecbplus_dev4`` is the ECB+ development set drawn by the documented rule, apart from every other set.

Why: a development set must be drawn before its text is read, by a rule anyone can rerun; this reruns it
(the topics no set used, sorted, ``random.seed(2034)``, widened one member at a time to 17) and checks
that the labels hold only drawn topics, no held-out topic, and that every labelled document has its day.
Reads ids and labels only, no article text; the held-out topics are named here, their files not read.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "incidents.py"
#: ECB+ topics of the held-out sets (``ecbplus``: 12 and 41; ``ecbplus_36``: 36).
HELD_OUT_TOPICS = {12, 36, 41}
#: Topics of the earlier ECB+ development sets.
DEV_TOPICS = {8, 16, 18, 19, 26, 3, 39, 9, 22, 14}


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_incidents_dev4", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _topic(doc: str) -> int:
    return int(doc.split("_", 1)[0])


def test_link_bench_ecbplus_dev4_draw_reruns_the_rule():
    candidates = sorted(set(range(1, 46)) - {15, 17} - DEV_TOPICS - HELD_OUT_TOPICS)
    assert len(candidates) == 30
    random.seed(2034)
    first = random.sample(candidates, 5)
    random.seed(2034)
    widened = random.sample(candidates, 17)
    assert first == [4, 23, 29, 40, 31]
    assert set(first) <= set(widened)  # widening keeps the first members
    assert widened[-1] == 24


def test_link_bench_ecbplus_dev4_is_a_dev_set_of_drawn_topics(bench):
    assert bench.SETS["ecbplus_dev4"] == "ecbplus"
    assert bench.STATUS["ecbplus_dev4"] == "dev"
    labels = bench.load_labels(bench.DATA / "incidents_ecbplus_dev4.csv")
    docs = {doc for doc, _, _ in labels}
    random.seed(2034)
    drawn = random.sample(sorted(set(range(1, 46)) - {15, 17} - DEV_TOPICS - HELD_OUT_TOPICS), 17)
    assert {_topic(doc) for doc in docs} <= set(drawn)
    assert not {_topic(doc) for doc in docs} & (HELD_OUT_TOPICS | DEV_TOPICS)
    assert docs <= set(bench.load_dates(bench.DATA / "incidents_ecbplus_dates.csv"))
    by_label: dict[str, set[str]] = {}
    for (doc, _, _), label in labels.items():
        if label != "single":
            by_label.setdefault(label, set()).add(doc)
    assert sum(len(d) * (len(d) - 1) // 2 for d in by_label.values()) >= 8  # widened until 8 gold pairs


def test_link_bench_ecbplus_dev4_shares_no_document_with_a_dev_set(bench):
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_ecbplus_dev4.csv")}
    for name, status in bench.STATUS.items():
        if name != "ecbplus_dev4" and status == "dev":
            other = {doc for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
            assert not docs & other, f"ecbplus_dev4 shares a document with {name}"
