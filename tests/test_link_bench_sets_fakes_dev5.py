"""``fakes_dev5`` is registered as a development set of FA-KES and shares no article with the earlier draws.

Why: the set was drawn from the (date, location) groups left after the four earlier FA-KES sets; an
article labelled twice would count its happenings in two sets, and a set missing from ``SETS`` or
``STATUS`` would only show when the benchmark runs against the shared corpora. Reads ids and labels only.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "incidents.py"
EARLIER = ("fakes_dev", "fakes_dev2", "fakes_dev3", "fakes_dev4")


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_incidents_dev5", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_link_bench_sets_fakes_dev5_is_a_dev_set_apart_from_the_earlier_draws(bench):
    assert bench.SETS["fakes_dev5"] == "fa_kes"
    assert bench.STATUS["fakes_dev5"] == "dev"
    labels = bench.load_labels(bench.DATA / "incidents_fakes_dev5.csv")
    docs = {doc for doc, _, _ in labels}
    assert len(docs) == 20  # 21 drawn in four (date, location) groups; one has no coded event
    earlier = {doc for name in EARLIER for doc, _, _ in bench.load_labels(bench.DATA / f"incidents_{name}.csv")}
    assert not earlier & docs, "an article drawn twice"
    assert all(start < end and label.strip() for (_, start, end), label in labels.items())
