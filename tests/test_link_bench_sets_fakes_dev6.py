"""``fakes_dev6`` is registered as a development set of FA-KES, drawn by the documented rule, apart from the others.

Why: the set was drawn from the (date, location) groups left after the five earlier FA-KES sets with a fixed
seed; an article labelled twice would count its happenings in two sets, and a set missing from ``SETS`` or
``STATUS`` would only show when the benchmark runs against the shared corpora. Reads ids and labels only.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "incidents.py"
EARLIER = ("fakes_dev", "fakes_dev2", "fakes_dev3", "fakes_dev4", "fakes_dev5")


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_incidents_dev6", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_link_bench_sets_fakes_dev6_is_a_dev_set_apart_from_the_earlier_draws(bench):
    assert bench.SETS["fakes_dev6"] == "fa_kes"
    assert bench.STATUS["fakes_dev6"] == "dev"
    labels = bench.load_labels(bench.DATA / "incidents_fakes_dev6.csv")
    docs = {doc for doc, _, _ in labels}
    assert len(docs) == 15  # four (date, location) groups of 3, 4, 4 and 4 articles, all with coded events
    earlier = {doc for name in EARLIER for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert not earlier & docs, "an article drawn twice"
    assert all(start < end and label.strip() for (_, start, end), label in labels.items())


def test_link_bench_sets_fakes_dev6_has_happenings_told_by_several_articles(bench):
    labels = bench.load_labels(bench.DATA / "incidents_fakes_dev6.csv")
    by_label: dict[str, set[str]] = {}
    for (doc, _, _), label in labels.items():
        if label != "single":
            by_label.setdefault(label, set()).add(doc)
    assert sum(len(docs) > 1 for docs in by_label.values()) >= 5
