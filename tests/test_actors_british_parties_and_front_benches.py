"""British parties are coded parties (GBRPTY), and the opposition's front bench holds dated roles: Michael Howard
is the home secretary (GBRGOV) in the 1990s and the Leader of the Opposition (GBROPP) in 2003-05, an elite after;
Liam Fox is the opposition's (party co-chairman, shadow secretary) until 2010, then a minister. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text
from eventwire.actors import resolve_phrase


@pytest.mark.parametrize("phrase", ["the British National Party", "UKIP", "the UK Independence Party"])
def test_actors_british_party_names_are_british_parties(ctx, phrase):
    actor = resolve_phrase(phrase, "2005-02-01", ctx)
    assert actor is not None and actor.code == "GBRPTY", actor


def test_actors_bnp_acronym_is_not_the_british_party(ctx):
    # the acronym is Bangladesh's Nationalist Party too: only the British party's full name codes it
    codes = codes_by_text(ctx, "The BNP called a general strike in Dhaka on Sunday.", "2013-11-10")
    assert codes.get("BNP") != "GBRPTY", codes


@pytest.mark.parametrize(("published", "code"), [
    ("1995-03-01", "GBRGOV"),
    ("2004-06-01", "GBROPP"),
    ("2008-01-15", "GBRELI"),
])
def test_actors_michael_howard_by_date(ctx, published, code):
    text = "Michael Howard criticised the asylum plan on Monday. Mr Howard said it would fail."
    codes = codes_by_text(ctx, text, published)
    assert (codes.get("Michael Howard"), codes.get("Mr Howard")) == (code, code), codes


@pytest.mark.parametrize(("published", "code"), [
    ("2004-06-01", "GBROPP"),
    ("2008-01-15", "GBROPP"),
    ("2011-01-10", "GBRGOV"),
    ("2017-03-01", "GBRGOV"),
])
def test_actors_liam_fox_by_date(ctx, published, code):
    codes = codes_by_text(ctx, "Liam Fox accused the government of hiding the figures.", published)
    assert codes.get("Liam Fox") == code, codes
