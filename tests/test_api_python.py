"""The notebook API: one call for one text, a store handle with frames."""

from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.cli.run import demo_corpus
from eventwire.errors import UsageError


def test_api_python_process_returns_article_with_clean_text():
    article = eventwire.process("Officials met in Geneva on Monday.\n", published="2019-03-04", outlet="Wire")
    assert isinstance(article, eventwire.Article)
    assert article.published == "2019-03-04" and article.outlet == "Wire"
    assert "Geneva" in article.text


def test_api_python_process_rejects_bad_date():
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        eventwire.process("Text.", published="May 2")


def test_api_python_store_queries_convert_to_frames(tmp_path: Path):
    pd = pytest.importorskip("pandas")
    with eventwire.open(tmp_path / "db.duckdb") as store:
        summary = store.run([str(demo_corpus())])
        frame = store.articles().to_pandas()
        events = store.events(since="2019-01-01").to_arrow()
    assert summary.stored == 6
    assert isinstance(frame, pd.DataFrame) and len(frame) == 6
    assert "source_code" in events.column_names
