"""Helpers for the time and places tests: run stages on a hand-made article over a given parse."""

from __future__ import annotations

from types import ModuleType

from eventwire.model import Article, Event, Span


def hand_event(article: Article, token, cameo: str = "190", event_id: str = "e1") -> Event:
    """An event whose trigger is one token: the events-less path (cameo 190 = a material act)."""
    span = Span(token.idx, token.idx + len(token))
    return Event(id=event_id, article_id=article.id, cameo=cameo, trigger=span, span=span)


def run_on_doc(article: Article, doc, ctx, *stages: ModuleType) -> Article:
    """Run ``stages`` on ``article`` with ``doc`` as the nlp stage's parse, then forget the parse."""
    ctx.docs[article.id] = doc
    try:
        for stage in stages:
            stage.run([article], ctx)
    finally:
        ctx.docs.pop(article.id, None)
    return article
