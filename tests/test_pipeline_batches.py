"""Several writer batches analysed in one call give each batch exactly its own result."""

from __future__ import annotations

import copy
from types import SimpleNamespace

import pytest

from eventwire import pipeline
from eventwire.config import Context
from eventwire.model import Article, Reject
from eventwire.run.local import group_batches


@pytest.fixture
def stages(monkeypatch):
    """Fake stages: 'clean' learns from its batch, 'parse' is per article and fails on 'boom'."""
    calls: dict[str, list[int]] = {"clean": [], "parse": []}

    def clean(articles, ctx):
        calls["clean"].append(len(articles))
        for article in articles:  # the batch's size ends up in each article, like outlet boilerplate
            article.text = f"{article.raw}/{len(articles)}"
            if article.raw == "empty":
                article.skip_reason = "no text left after cleaning"
        return articles

    def parse(articles, ctx):
        calls["parse"].append(len(articles))
        for article in articles:
            if article.raw == "boom":
                raise RuntimeError("cannot parse boom")
            article.title = article.text.upper()
        return articles

    runs = {"clean": clean, "parse": parse}
    monkeypatch.setattr(pipeline, "load_stage", lambda name: SimpleNamespace(run=runs[name]))
    return calls


def _batches() -> list[list[Article]]:
    raws = [["a", "boom", "b"], ["empty", "c"], ["d"]]
    return [[Article(id=f"{i}-{raw}", raw=raw) for raw in batch] for i, batch in enumerate(raws)]


def _summary(result: pipeline.BatchResult) -> tuple:
    return ([(a.id, a.text, a.title, a.skip_reason) for a in result.articles],
            [(r.article_id, r.stage) for r in result.rejects])


def test_pipeline_process_batches_equals_each_batch_alone(stages):
    alone = [_summary(pipeline.process_batch(batch, Context(), ("clean", "parse"))) for batch in _batches()]
    stages["clean"].clear()
    stages["parse"].clear()
    together = [_summary(r) for r in pipeline.process_batches(_batches(), Context(), ("clean", "parse"))]
    assert together == alone
    assert alone[0][1] == [("0-boom", "parse")] and alone[1][1] == [("1-empty", "clean")]
    assert stages["clean"] == [3, 2, 1]  # batch by batch: it learns from its batch
    assert stages["parse"][0] == 5  # once over every article still to analyse, then the retry after "boom"


def test_pipeline_process_batches_runs_batches_sharing_an_id_one_by_one(stages):
    batches = [[Article(id="same", raw="x")], [Article(id="same", raw="y")]]
    results = pipeline.process_batches(copy.deepcopy(batches), Context(), ("clean", "parse"))
    assert [[a.text for a in r.articles] for r in results] == [["x/1"], ["y/1"]]
    assert stages["parse"] == [1, 1]


@pytest.mark.parametrize(("sizes", "size", "expected"), [
    ([32, 32, 32, 32, 10], 64, [[32, 32], [32, 32], [10]]),
    ([2] * 5, 4, [[2, 2], [2, 2], [2]]),
    ([100, 1], 64, [[100], [1]]),
    ([], 64, []),
])
def test_local_group_batches_groups_consecutive_batches_up_to_size(sizes, size, expected):
    work = [([Article(id=f"{n}-{i}") for i in range(count)], [Reject(None, "read", "x")])
            for n, count in enumerate(sizes)]
    groups = list(group_batches(iter(work), size))
    assert [[len(articles) for articles, _ in group] for group in groups] == expected
    assert [batch for group in groups for batch in group] == work  # order and reader rejects kept


@pytest.mark.parametrize(("stages", "batch_size", "expected"), [
    (pipeline.ARTICLE_STAGES, 32, pipeline.ANALYSIS_ARTICLES),
    (pipeline.ARTICLE_STAGES, 500, 500),
    (("clean", "language", "_rel_code"), 12, 12),  # nothing parses: one call per batch
])
def test_pipeline_analysis_size_groups_only_when_the_stages_parse(stages, batch_size, expected):
    assert pipeline.analysis_size(stages, batch_size) == expected
