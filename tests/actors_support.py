"""Helpers for the actors tests: run the actors stage on a sentence of our own."""

from __future__ import annotations

from eventwire import actors, events
from eventwire.model import Actor, Article, Event
from eventwire.pipeline import process_batch


def actors_by_text(ctx, text: str, published: str | None, article_id: str = "actors-test") -> dict[str, Actor]:
    """Each actor mention's text → the mention, for ``text`` published on ``published`` (parsed afresh)."""
    article = Article(id=article_id, text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: a for a in article.actors}


def codes_by_text(ctx, text: str, published: str | None, article_id: str = "actors-test") -> dict[str, str | None]:
    """Each actor mention's text → its code, for ``text`` published on ``published`` (parsed afresh)."""
    return {name: actor.code for name, actor in actors_by_text(ctx, text, published, article_id).items()}


def coded_article(ctx, text: str, published: str | None, article_id: str) -> Article:
    """``text`` as an article published on ``published``, through the actors and events stages (parsed afresh,
    and the parse dropped after, so the next test's text under the same id is parsed anew)."""
    article = Article(id=article_id, text=text, published=published)
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    events.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return article


def pipeline_events(ctx, text: str, article_id: str, published: str | None = "2019-03-15") -> list[Event]:
    """The events the parse, actors and events stages of ``process_batch`` give ``text`` (the parse dropped
    after, so the next test's text under the same id is parsed anew)."""
    article = Article(id=article_id, text=text, raw=text, format="text", published=published)
    result = process_batch([article], ctx, ("nlp", "actors", "events"))
    ctx.docs.pop(article.id, None)
    return result.articles[0].events


def pipeline_dyads(ctx, text: str, article_id: str,
                   published: str | None = "2019-03-15") -> set[tuple[str | None, str | None, str]]:
    """(source, target, CAMEO code) of each event ``pipeline_events`` gives ``text``."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in pipeline_events(ctx, text, article_id, published)}
