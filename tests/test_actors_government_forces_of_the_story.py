"""Unnamed "government forces" are the forces of the article's state (``context``).

A state named in passing a sentence before ("the threat of US-led military intervention") does not make
them that state's forces; a country in their own sentence still does.
"""

from __future__ import annotations

from eventwire import actors
from eventwire.model import Article


def codes(ctx, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="government-forces-test", text=text, published="2016-05-02")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors]


STORY = ("Syria denied the charge. Damascus has said it gave up its arsenal. The United Nations has been "
         "investigating whether Damascus kept its promise after the threat of US-led military intervention. ")


def test_actors_government_forces_take_the_articles_state(ctx):
    found = codes(ctx, STORY + "In a report, the inquiry said that government forces used chemical weapons.")
    assert ("government forces", "SYRMIL") in found, found


def test_actors_government_forces_keep_their_sentences_country(ctx):
    found = codes(ctx, STORY + "The inquiry said that government forces in Iraq used chemical weapons.")
    assert ("government forces", "IRQMIL") in found, found
