"""With a pattern that requires a particle, a target preposition inside the particle's phrase comes before
the direct object: "warned [Canadians] against travel to X" is aimed at X; the object is only who is told."""

from __future__ import annotations

from eventwire.model import Article
from eventwire.pipeline import process_batch


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    article = Article(id="particle-phrase", text=text, raw=text, format="text", published="2019-03-15")
    result = process_batch([article], ctx, ("nlp", "actors", "events"))
    ctx.docs.pop(article.id, None)
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in result.articles[0].events}


def test_events_warning_against_travel_targets_the_place_not_the_travellers(ctx):
    events = coded(ctx, "Canada warned Canadians against travel to Mali.")
    assert ("CAN", "MLI", "160") in events, events


def test_events_warning_against_travel_without_object_still_targets_the_place(ctx):
    events = coded(ctx, "Canada warned against travel to Mali on Tuesday.")
    assert ("CAN", "MLI", "160") in events, events
