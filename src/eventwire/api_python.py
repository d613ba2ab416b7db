"""The notebook-facing API: one call for one text, one handle for a store."""

from __future__ import annotations

from pathlib import Path

from eventwire.config import Config, Context
from eventwire.errors import UsageError
from eventwire.model import Article
from eventwire.pipeline import ARTICLE_STAGES, process_batch
from eventwire.read.common import sha256
from eventwire.read.dates import normalise_date
from eventwire.store import DEFAULT_DB, Store


def process(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    html: bool = False,
    article_id: str = "article",
    dictionaries: list[str] | None = None,
) -> Article:
    """Run the article stages on one text in memory and return the Article.

    The spaCy pipeline and dictionaries load on the first call and are reused.
    A stage failure raises instead of being hidden, since there is no batch to
    protect here.
    """
    date, warning = normalise_date(published)
    if warning:
        raise UsageError(warning)
    ctx = Context(Config(dictionaries=list(dictionaries or ())))  # loaded resources are shared per process
    article = Article(id=article_id, raw=text, format="html" if html else "text", published=date,
                      outlet=outlet, title=title, url=url, source_sha=sha256(text))
    result = process_batch([article], ctx, ARTICLE_STAGES)
    if result.rejects and not result.articles:
        raise UsageError(f"could not process the text: {result.rejects[0].stage}: {result.rejects[0].reason}")
    return result.articles[0] if result.articles else article


def open(path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (or create) a store: ``eventwire.open("eventwire.duckdb")``."""
    return Store(path, read_only=read_only)
