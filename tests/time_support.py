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


def date_word(text: str, word: str, published: str | None, nlp, ctx, cameo: str = "190",
              negated: bool = False) -> Event:
    """Parse ``text``, put an event (``cameo``) on the last token spelt ``word`` and date it with the time stage."""
    from eventwire import time as time_stage

    doc = nlp(text)
    article = Article(id="dated", text=text, published=published)
    event = hand_event(article, [t for t in doc if t.text == word][-1], cameo)
    event.negated = negated
    article.events = [event]
    return run_on_doc(article, doc, ctx, time_stage).events[0]
