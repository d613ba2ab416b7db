"""A bare "the coalition" in an article that names one "X-led coalition" is that coalition,
wherever the article names it (``context._led_coalition``), not the country its raids hit."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def mention_codes(ctx, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="led-coalition-test", text=text, published="2016-05-02")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors]


@pytest.mark.parametrize(("text", "expected"), [
    # named later (a headline before the body) or earlier: the bare coalition is the led one
    ("Coalition raids kill 14 villagers in Yemen. The Saudi-led coalition struck a market in Yemen on Monday, "
     "officials said.", "SAUMIL"),
    ("The Saudi-led coalition bombed a port in Yemen on Monday. Officials in Yemen said the coalition also "
     "struck a bridge near the port.", "SAUMIL"),
])
def test_actors_bare_coalition_is_the_led_one(ctx, text, expected):
    found = mention_codes(ctx, text)
    bare = [code for name, code in found if name.lower() in ("coalition", "the coalition")]
    assert bare and all(code == expected for code in bare), found


@pytest.mark.parametrize("text", [
    # guards: another coalition ("the ruling coalition") is not the led one; two led coalitions decide nothing
    "The Saudi-led coalition bombed a port in Yemen. In Sanaa the ruling coalition met on Monday.",
    "The Saudi-led coalition and the US-led coalition both struck targets in Yemen. The coalition said nothing.",
])
def test_actors_other_coalitions_stay_apart(ctx, text):
    found = mention_codes(ctx, text)
    assert not [name for name, code in found if code == "SAUMIL" and "Saudi" not in name], found
