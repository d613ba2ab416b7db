"""Whose country a mention takes when the parse links it to another actor.

- "its jets" belong to the subject "its" stands for, not the sentence's nearest country
  (``context._possessive_owner``);
- what the doer acts upon lends it no country: "pressured by congress to help Iran", "expressed appreciation
  for China's assistance" (``refusals._acted_upon``);
- a lowercase nationality before its noun is read ("tunisian rioters", ``match._case_ok``);
- a visitor's country is not its hosts' ("visiting West German President …", ``context_guards._visitor``);
- a wire agency's credit at the head of a story is no actor ("AP - Saboteurs …", ``resolve._agency_credit``).

The rule cases fail on a copy of ``src/`` taken at the start of that round; the guards pass there too."""

from __future__ import annotations

import pytest

from eventwire import actors
from eventwire.model import Article


def mention_codes(ctx, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="owner-and-visitor-test", text=text, published="2016-10-06")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors]


def codes_of(found, word: str) -> list[str | None]:
    return [code for name, code in found if name.lower().endswith(word)]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # "its" stands for the subject above it
    ("Moscow said that its warplanes had bombed rebel positions in Syria.", "warplanes", "RUSMIL"),
    ("Turkey announced its troops would stay in northern Iraq.", "troops", "TURMIL"),
    # what the doer acts upon is not its country
    ("Obama is being pressured by congress to help Iran.", "congress", "USALEG"),
    ("Nepal thanked its neighbours. The government expressed appreciation for China's assistance.", "government",
     "NPLGOV"),
    # a lowercase nationality marks its own noun
    ("Syrian forces clashed with tunisian rioters in the Egyptian square.", "rioters", "TUNOPP"),
    # the visitor's country stays the visitor's
    ("LIMA - The labour minister Alfredo Franco left to attend a session of Congress also attended by visiting "
     "West German President Richard von Weizsaecker.", "congress", "PERLEG"),
])
def test_country_from_owner_not_neighbour(ctx, text, word, expected):
    assert codes_of(mention_codes(ctx, text), word) == [expected]


def test_agency_credit_is_no_actor(ctx):
    found = mention_codes(ctx, "AP - Saboteurs blew up an oil pipeline in southern Iraq on Sunday.")
    assert codes_of(found, "ap") == []
    found = mention_codes(ctx, "BASRA (AP) - Saboteurs blew up an oil pipeline on Sunday.")
    assert codes_of(found, "ap") == []


# Guards: these pass on the start-of-round copy too.
@pytest.mark.parametrize(("text", "word", "expected"), [
    # the agency as a source inside the story stays an actor
    ("Saboteurs blew up a pipeline, AP reported.", "ap", "USAMED"),
    # a doer named with its country keeps it
    ("A Russian soldier killed two civilians.", "soldier", "RUSMIL"),
    # "its" after a subject no state: the usual rules
    ("The Syrian army said its soldiers had taken the town.", "soldiers", "SYRMIL"),
    # a capitalised nationality unchanged
    ("Syrian forces clashed with Tunisian rioters in the square.", "rioters", "TUNOPP"),
    # an object the sentence's subject is the country of
    ("Iraqi officials criticized the attack.", "officials", "IRQGOV"),
])
def test_guards(ctx, text, word, expected):
    assert codes_of(mention_codes(ctx, text), word) == [expected]
