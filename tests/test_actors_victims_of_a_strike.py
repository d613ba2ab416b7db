"""Victims of an act are not of the doer's country (``refusals._harmer``).

"civilians hit by a Russian strike in Syria" are Syria's civilians: a bare victim word (civilians) takes the
country of the sentence's other mentions before the striker's; with no other one named it keeps the country
of forces named by sector (they may be fighting at home), but never that of a state named as the striker
("a French air strike killed 12 civilians": not French civilians).
"""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def civilian_codes(ctx, text: str) -> list[str | None]:
    article = Article(id="victims-test", text=text, published="2016-05-02")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [a.code for a in article.actors if a.text.lower() in ("civilians", "villagers")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds of civilians were hit by a Turkish strike in Iraq on Sunday.", "IRQCVL"),
    ("Ethiopian jets killed civilians in Somalia on Tuesday.", "SOMCVL"),
])
def test_actors_victims_are_not_the_strikers(ctx, text, expected):
    assert civilian_codes(ctx, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Malian army shelled civilians in Mali on Friday.", "MLICVL"),
    ("A French air strike killed 12 civilians in Mali on Friday.", "MLICVL"),  # the nearer country, as before
    ("A French air strike killed 12 civilians on Friday.", None),  # no other country named: still not France's
])
def test_actors_victims_guards(ctx, text, expected):
    assert [code for code in civilian_codes(ctx, text) if code] == ([expected] if expected else [])
