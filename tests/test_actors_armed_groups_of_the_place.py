"""Rebels take the country of the place they act upon, not a state of another clause (``context``).

"Iran voiced concern for the people of two towns who were shelled by rebels": the rebels are of the towns'
country (none, when no mention codes the towns), not Iran's; a coded place gives its country.
"""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def rebel_codes(ctx, text: str) -> list[str | None]:
    article = Article(id="armed-place-test", text=text, published="2016-05-02")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [a.code for a in article.actors if "rebels" in a.text.lower()]


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran has voiced concern for the people of Aleppo, who were shelled by rebels for months.", ["SYRREB"]),
    ("Iran has voiced concern for the people of Aleppo, who are poor and were shelled by rebels.", ["SYRREB"]),
    ("Iran said rebels shelled villages near Aleppo.", ["SYRREB"]),
])
def test_actors_rebels_of_a_coded_place(ctx, text, expected):
    assert rebel_codes(ctx, text) == expected


@pytest.mark.parametrize("text", [
    "Iran has repeatedly raised concerns for the residents of Fuaa and Kafraya who are mainly Shiites and "
    "were besieged by Sunni rebels.",
    "Iran has voiced concern for the people of Nubl and Zahraa, who were shelled by rebels for months.",
])
def test_actors_rebels_not_of_another_clauses_state(ctx, text):
    assert not [c for c in rebel_codes(ctx, text) if c and c.startswith("IRN")]


def test_actors_rebels_without_a_place_keep_the_sentence(ctx):
    assert rebel_codes(ctx, "Syria says rebels attacked an army post.") == ["SYRREB"]
