"""The helpers other stages call: actor_at and resolve_phrase."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Actor, Article, Span


def _article() -> Article:
    text = "Officials said the U.S. military and Iraqi police raided the compound."
    article = Article(id="a", text=text)
    article.actors = [
        Actor(Span(19, 32), "U.S. military", code="USAMIL", country="USA"),
        Actor(Span(37, 49), "Iraqi police", code="IRQCOP", country="IRQ"),
    ]
    return article


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [(15, 32, "USAMIL"), (19, 23, "USAMIL"), (37, 49, "IRQCOP"), (15, 49, "IRQCOP"), (0, 9, None)],
)
def test_actors_actor_at_overlap(start, end, code):
    found = actors.actor_at(_article(), start, end)
    assert (found.code if found else None) == code


def test_actors_actor_at_prefers_head_with_doc(ctx):
    article = Article(id="h", text="The U.S. envoy to Iraq said the Kremlin agreed.")
    actors.run([article], ctx)
    doc = ctx.docs.pop("h")
    start, end = 0, article.text.index(" said")
    assert actors.actor_at(article, start, end).code == "IRQ"  # no parse: rightmost mention inside
    assert actors.actor_at(article, start, end, doc).code == "USAGOV"  # the head "envoy"


def test_actors_spokesman_for_body_is_coded_as_body(ctx):
    article = Article(id="s", text="A spokesman for the Russian military said the Kremlin agreed.")
    actors.run([article], ctx)
    ctx.docs.pop("s")
    first = article.actors[0]
    assert (first.text, first.code) == ("spokesman for the Russian military", "RUSMIL")


@pytest.mark.parametrize(
    ("phrase", "published", "code"),
    [("the Russian military", None, "RUSMIL"), ("Mr. Trump", "2018-01-01", "USAGOV"),
     ("Mr. Trump", "2015-01-01", "USABUS"), ("German Chancellor Angela Merkel", "2012-01-01", "DEUGOV"),
     ("the United Nations", None, "IGOUNO"), ("a quiet afternoon", None, None)],
)
def test_actors_resolve_phrase(ctx, phrase, published, code):
    found = actors.resolve_phrase(phrase, published, ctx)
    assert (found.code if found else None) == code
