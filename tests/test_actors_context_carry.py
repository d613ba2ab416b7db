"""What a bare role word may not take its country from (``actors/context_guards.py``, ``actors/refusals.py``)."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def coded(ctx, text: str) -> list[tuple[str, str | None]]:
    """(text, code) of each actor mention, in order."""
    article = Article(id="carry-test", text=text, published="2016-05-02")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors]


@pytest.mark.parametrize(("text", "mention", "code"), [
    # a wire agency's reporter is where the story was told, like the agency itself
    ("In Homs, the Reuters correspondent said the roads were closed. Rain fell all day. "
     "The next day the regime said the road was open.", "regime", "SYRGOV"),
    # the city a gathering is held in hosts the talks' parties
    ("Syria's envoy left the peace talks in Geneva. Rain fell all day. A regime military source denied the "
     "report.", "regime military", "SYRMIL"),
])
def test_actors_context_skips_outlet_staff_and_venues(ctx, text, mention, code):
    assert (mention, code) in coded(ctx, text)


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Syrian ministers met in Damascus. Rain fell all day. The regime military source denied the report.",
     "regime military", "SYRMIL"),
    ("The Yemeni army said the town was held by Houthi fighters.", "Houthi fighters", "YEMREBHTH"),
    ("Somali pirates seized a ship off Eyl.", "Somali pirates", "SOMCRM"),
])
def test_actors_context_controls_keep_their_country(ctx, text, mention, code):
    assert (mention, code) in coded(ctx, text)


@pytest.mark.parametrize(("text", "mention", "code"), [
    # "the government" is the article's state, not the last state named in passing before it
    ("Shelling hit Idlib and Hama. Jets bombed Homs and Aleppo near Damascus. The deal was meant to avert US "
     "military action. The government denies the use of chemical weapons.", "government", "SYRGOV"),
])
def test_actors_context_definite_institution_is_the_article_state(ctx, text, mention, code):
    assert (mention, code) in coded(ctx, text)


@pytest.mark.parametrize(("text", "mention", "code"), [
    # the sentence's own state still comes first, and a tie leaves the usual carry-over
    ("Shelling hit Idlib and Hama near Damascus. In Kenya the government closed schools.", "government", "KENGOV"),
    ("Troops entered Idlib. Talks opened in Nairobi. The government said it would attend.", "government",
     "KENGOV"),
])
def test_actors_context_definite_institution_controls(ctx, text, mention, code):
    assert (mention, code) in coded(ctx, text)
