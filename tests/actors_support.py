"""Helpers for the actors tests: run the actors stage on a sentence of our own."""

from __future__ import annotations

from eventwire import actors
from eventwire.model import Article


def codes_by_text(ctx, text: str, published: str | None, article_id: str = "actors-test") -> dict[str, str | None]:
    """Each actor mention's text → its code, for ``text`` published on ``published`` (parsed afresh)."""
    article = Article(id=article_id, text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: a.code for a in article.actors}
