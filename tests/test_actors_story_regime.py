"""A bare "the regime" is the story's ruling state (or nothing), never a neighbour in its own sentence: the
state beside it is usually the one acting against it."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_regime_is_the_story_state_not_the_caller_of_sanctions(ctx):
    text = ("Syrian warplanes bombed a market in Idlib. Syria denied it. "
            "Canada and Norway called for sanctions against the regime.")
    codes = codes_by_text(ctx, text, "2016-10-26")
    assert codes.get("regime") == "SYRGOV", codes


def test_actors_regime_with_no_story_state_takes_the_first_named(ctx):
    text = "Syrian jets hit a village near Homs as Canada and Norway called for sanctions against the regime."
    codes = codes_by_text(ctx, text, "2016-10-26")
    assert codes.get("regime") == "SYRGOV", codes


def test_actors_regime_with_its_country_written_keeps_it(ctx):
    codes = codes_by_text(ctx, "Canada called for sanctions against the Syrian regime.", "2016-10-26")
    assert codes.get("Syrian regime") == "SYRGOV", codes
