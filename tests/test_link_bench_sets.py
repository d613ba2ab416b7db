"""The labelled incident sets that ``bench/incidents.py`` registers load and are consistent.

Why: a set is registered in two maps (its corpus and what it may be used for) and stored as a CSV of ids,
offsets and labels; a set missing from one map, or a CSV that does not parse, would only show when the
benchmark is run against the shared corpora (which tests may not have). This reads no article text.
"""

from __future__ import annotations

import importlib.util
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


@pytest.mark.parametrize("name", ["newswcl50", "basil", "basil_s2", "basil_s3", "basil_s4", "basil_s5", "ecbplus",
                                  "ecbplus_36", "ecbplus_dev", "ecbplus_dev2", "fakes_dev", "fakes_dev2"])
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


def test_link_bench_sets_basil_s5_is_a_dev_set_of_eight_triplets(bench):
    assert bench.SETS["basil_s5"] == "basil"
    assert bench.STATUS["basil_s5"] == "dev"
    docs = {doc for doc, _, _ in bench.load_labels(bench.DATA / "incidents_basil_s5.csv")}
    assert len({doc.rsplit("_", 1)[0] for doc in docs}) <= 8
    earlier = {doc.rsplit("_", 1)[0] for name in ("basil", "basil_s2", "basil_s3", "basil_s4")
               for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert not earlier & {doc.rsplit("_", 1)[0] for doc in docs}, "a triplet drawn twice"
