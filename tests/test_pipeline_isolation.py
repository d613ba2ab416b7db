"""One bad article never stops a batch."""

from __future__ import annotations

import sys
import types

from eventwire.config import Context
from eventwire.model import Article
from eventwire.pipeline import process_batch


def _install_stage(name: str, run) -> None:
    module = types.ModuleType(f"eventwire.{name}")
    module.run = run
    sys.modules[f"eventwire.{name}"] = module


def test_pipeline_failing_article_becomes_reject_and_batch_goes_on():
    def run(articles, ctx):
        for article in articles:
            if "boom" in article.raw:
                raise RuntimeError("cannot handle boom")
            article.text = article.raw.upper()
        return articles

    _install_stage("_test_fragile", run)
    batch = [Article(id=f"a{i}", raw=text) for i, text in enumerate(["one", "boom", "three"])]
    result = process_batch(batch, Context(), ("_test_fragile",))
    assert [a.id for a in result.articles] == ["a0", "a2"]
    assert [a.text for a in result.articles] == ["ONE", "THREE"]
    (reject,) = result.rejects
    assert (reject.article_id, reject.stage) == ("a1", "_test_fragile")
    assert "cannot handle boom" in reject.reason


def test_pipeline_skipped_article_is_kept_but_not_passed_on():
    seen: list[str] = []

    def first(articles, ctx):
        for article in articles:
            if article.raw == "skip me":
                article.skip_reason = "not English (detected 'de')"
        return articles

    def second(articles, ctx):
        seen.extend(a.id for a in articles)
        return articles

    _install_stage("_test_first", first)
    _install_stage("_test_second", second)
    batch = [Article(id="keep", raw="fine"), Article(id="skip", raw="skip me")]
    result = process_batch(batch, Context(), ("_test_first", "_test_second"))
    assert seen == ["keep"]
    assert sorted(a.id for a in result.articles) == ["keep", "skip"]
    assert [(r.article_id, r.stage) for r in result.rejects] == [("skip", "_test_first")]
