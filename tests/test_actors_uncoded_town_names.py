"""An uncoded person or organisation whose whole name is a gazetteer town's is flagged ``town_name``: the small
model tags many towns as people ("rockets fell on [Douma]"), and the coder takes no such name as an act's
uncoded target (``events.uncoded_targets``). The mention itself stays. Our own sentences."""

from __future__ import annotations

from eventwire import actors
from eventwire.model import Article


def _flags(ctx, text: str) -> dict[str, list[str]]:
    article = Article(id="town-names-test", text=text, published="2016-05-02")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return {a.text: a.flags for a in article.actors if a.code is None}


def test_actors_uncoded_name_of_a_town_is_flagged(ctx):
    assert "town_name" in _flags(ctx, "Regime planes fired rockets on Douma on Monday.")["Douma"]


def test_actors_uncoded_name_of_a_person_is_not_flagged(ctx):
    assert _flags(ctx, "The minister met Tom Reed and Jack Ellison on Monday.") == {"Tom Reed": [], "Jack Ellison": []}
