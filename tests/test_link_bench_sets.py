"""The labelled incident sets that ``bench/incidents.py`` registers load and are consistent.

Why: a set is registered in two maps (its corpus and what it may be used for) and stored as a CSV of ids,
offsets and labels; a set missing from one map, or a CSV that does not parse, would only show when the
benchmark is run against the shared corpora (which tests may not have). This reads no article text.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "incidents.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_incidents", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_link_bench_sets_have_a_corpus_and_a_status(bench):
    assert set(bench.SETS) == set(bench.STATUS)
    assert set(bench.STATUS.values()) <= {"dev", "held out"}


@pytest.mark.parametrize("name", ["newswcl50", "basil", "basil_s2", "basil_s3", "basil_s4", "basil_s5", "basil_s6",
                                  "basil_s7",
                                  "ecbplus", "ecbplus_36", "ecbplus_dev", "ecbplus_dev2", "ecbplus_dev3",
                                  "ecbplus_dev4", "fakes_dev", "fakes_dev2", "fakes_dev3", "fakes_dev4", "fakes_dev5",
                                  "fakes_dev6"])
def test_link_bench_sets_load_their_labels(bench, name):
    labels = bench.load_labels(bench.DATA / f"incidents_{name}.csv")
    assert labels, f"{name}: no labelled triggers"
    assert all(start < end for _, start, end in labels)
    assert all(label.strip() for label in labels.values())
    # a set with no two events of one happening in different articles scores nothing
    by_label: dict[str, set[str]] = {}
    for (doc, _, _), label in labels.items():
        if label != "single":
            by_label.setdefault(label, set()).add(doc)
    assert any(len(docs) > 1 for docs in by_label.values())


def test_link_bench_sets_fakes_dev2_is_a_dev_set_of_fa_kes(bench):
    assert bench.SETS["fakes_dev2"] == "fa_kes"
    assert bench.STATUS["fakes_dev2"] == "dev"
    assert len({doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_fakes_dev2.csv")}) == 15


@pytest.mark.parametrize("name, articles, earlier_sets", [
    ("fakes_dev3", 11, ("fakes_dev", "fakes_dev2")),  # 12 drawn; one has no coded event
    ("fakes_dev4", 12, ("fakes_dev", "fakes_dev2", "fakes_dev3")),  # four (date, location) groups of three
    # 21 drawn in four (date, location) groups; one has no coded event
    ("fakes_dev5", 20, ("fakes_dev", "fakes_dev2", "fakes_dev3", "fakes_dev4")),
    # four (date, location) groups of 3, 4, 4 and 4 articles, all with coded events
    ("fakes_dev6", 15, ("fakes_dev", "fakes_dev2", "fakes_dev3", "fakes_dev4", "fakes_dev5")),
])
def test_link_bench_sets_later_fakes_sets_are_dev_sets_of_fa_kes_apart_from_the_others(bench, name, articles,
                                                                                        earlier_sets):
    assert bench.SETS[name] == "fa_kes"
    assert bench.STATUS[name] == "dev"
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert len(docs) == articles
    earlier = {doc for other in earlier_sets for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{other}.csv")}
    assert not earlier & docs, "an article drawn twice"


def test_link_bench_sets_basil_s5_is_a_dev_set_of_eight_triplets(bench):
    assert bench.SETS["basil_s5"] == "basil"
    assert bench.STATUS["basil_s5"] == "dev"
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_basil_s5.csv")}
    assert len({doc.rsplit("_", 1)[0] for doc in docs}) <= 8
    earlier = {doc.rsplit("_", 1)[0] for name in ("basil", "basil_s2", "basil_s3", "basil_s4")
               for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert not earlier & {doc.rsplit("_", 1)[0] for doc in docs}, "a triplet drawn twice"


def test_link_bench_sets_basil_s6_is_a_dev_set_of_eight_new_triplets(bench):
    assert bench.SETS["basil_s6"] == "basil"
    assert bench.STATUS["basil_s6"] == "dev"
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_basil_s6.csv")}
    assert len(docs) == 20  # 24 drawn; four have no coded event
    assert len({doc.rsplit("_", 1)[0] for doc in docs}) <= 8
    earlier = {doc.rsplit("_", 1)[0] for name in ("basil", "basil_s2", "basil_s3", "basil_s4", "basil_s5")
               for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert not earlier & {doc.rsplit("_", 1)[0] for doc in docs}, "a triplet drawn twice"


def test_link_bench_sets_basil_s7_is_a_dev_set_of_eight_new_triplets(bench):
    assert bench.SETS["basil_s7"] == "basil"
    assert bench.STATUS["basil_s7"] == "dev"
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_basil_s7.csv")}
    assert len(docs) == 22  # 24 drawn; two have no coded event
    assert len({doc.rsplit("_", 1)[0] for doc in docs}) == 8
    earlier = {doc.rsplit("_", 1)[0] for name in ("basil", "basil_s2", "basil_s3", "basil_s4", "basil_s5", "basil_s6")
               for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert not earlier & {doc.rsplit("_", 1)[0] for doc in docs}, "a triplet drawn twice"


def _ecb_topic(doc: str) -> int:
    return int(doc.split("_", 1)[0])


def test_link_bench_sets_ecbplus_dev3_is_the_drawn_dev_set(bench):
    """ECB+ topics no set used, held-out topics left out, drawn by a fixed rule."""
    assert bench.SETS["ecbplus_dev3"] == "ecbplus"
    assert bench.STATUS["ecbplus_dev3"] == "dev"
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_ecbplus_dev3.csv")}
    used = {_ecb_topic(doc) for name in ("ecbplus", "ecbplus_36", "ecbplus_dev", "ecbplus_dev2")
            for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert used == {8, 12, 16, 18, 19, 26, 36, 41}
    # the rule: ECB+ topics 1-45 (the corpus has no 15 or 17) less every used one, sorted, seed 2032
    candidates = sorted(set(range(1, 46)) - {15, 17} - used)
    random.seed(2032)
    drawn = random.sample(candidates, 5)
    assert drawn == [3, 39, 9, 22, 14]
    assert {_ecb_topic(doc) for doc in docs} <= set(drawn)
    held_out = {doc for name in ("ecbplus", "ecbplus_36")
                for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert not {_ecb_topic(doc) for doc in docs} & {_ecb_topic(doc) for doc in held_out}
    # ECB+ documents carry no ISO date: every one has its day in the dates file
    assert docs <= set(bench.load_dates(bench.DATA / "incidents_ecbplus_dates.csv"))


def test_link_bench_sets_ecbplus_dev3_shares_no_document_with_another_set(bench):
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_ecbplus_dev3.csv")}
    for name in bench.SETS:
        if name != "ecbplus_dev3":
            other = {doc for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
            assert not docs & other, f"ecbplus_dev3 shares a document with {name}"


#: ECB+ topics of the held-out sets (``ecbplus``: 12 and 41; ``ecbplus_36``: 36), named here, their files not read.
HELD_OUT_ECB_TOPICS = {12, 36, 41}
#: Topics of the ECB+ development sets drawn before ``ecbplus_dev4``.
EARLIER_DEV_ECB_TOPICS = {8, 16, 18, 19, 26, 3, 39, 9, 22, 14}


def _ecbplus_dev4_draw(size: int) -> list[int]:
    """The rule: topics no set used, sorted, ``random.seed(2034)``, widened one member at a time."""
    candidates = sorted(set(range(1, 46)) - {15, 17} - EARLIER_DEV_ECB_TOPICS - HELD_OUT_ECB_TOPICS)
    assert len(candidates) == 30
    random.seed(2034)
    return random.sample(candidates, size)


def test_link_bench_sets_ecbplus_dev4_draw_reruns_the_rule():
    first, widened = _ecbplus_dev4_draw(5), _ecbplus_dev4_draw(17)
    assert first == [4, 23, 29, 40, 31]
    assert set(first) <= set(widened)  # widening keeps the first members
    assert widened[-1] == 24


def test_link_bench_sets_ecbplus_dev4_is_a_dev_set_of_drawn_topics(bench):
    assert bench.SETS["ecbplus_dev4"] == "ecbplus"
    assert bench.STATUS["ecbplus_dev4"] == "dev"
    labels = bench.load_labels(bench.DATA / "incidents_ecbplus_dev4.csv")
    topics = {_ecb_topic(doc) for doc, _, _ in labels}
    assert topics <= set(_ecbplus_dev4_draw(17))
    assert not topics & (HELD_OUT_ECB_TOPICS | EARLIER_DEV_ECB_TOPICS)
    assert {doc for doc, _, _ in labels} <= set(bench.load_dates(bench.DATA / "incidents_ecbplus_dates.csv"))
    by_label: dict[str, set[str]] = {}
    for (doc, _, _), label in labels.items():
        if label != "single":
            by_label.setdefault(label, set()).add(doc)
    assert sum(len(d) * (len(d) - 1) // 2 for d in by_label.values()) >= 8  # widened until 8 gold pairs


def test_link_bench_sets_ecbplus_dev4_shares_no_document_with_a_dev_set(bench):
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_ecbplus_dev4.csv")}
    for name, status in bench.STATUS.items():
        if name != "ecbplus_dev4" and status == "dev":
            other = {doc for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
            assert not docs & other, f"ecbplus_dev4 shares a document with {name}"
