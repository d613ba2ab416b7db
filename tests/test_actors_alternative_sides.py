"""States offered as alternatives name no side: in "Syrian or Russian warplanes" the text does not say whose
the warplanes are, so neither state is an actor and the warplanes take no country from elsewhere in the
sentence. States joined by "and" stay each its own side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text, pipeline_dyads

SIDES = {"SYR", "RUS", "SYRMIL", "RUSMIL", "SYRGOV", "RUSGOV", "IRN", "IRNMIL"}


@pytest.mark.parametrize("text", [
    "Air strikes carried out by Syrian or Russian warplanes killed 20 people in Idlib on Monday.",
    "Warplanes either Russia or Syrian carried out six strikes on a village in Idlib, a monitor said.",
    "Jets believed to be Russian or Syrian struck a fuel market in Idlib on Monday.",
    "The monitor did not know whether Syrian regime or Russian warplanes carried out the strikes in Idlib.",
])
def test_actors_alternative_states_code_no_side(ctx, text):
    codes = codes_by_text(ctx, text, "2016-10-26")
    sides = {code for mention, code in codes.items() if mention != "Idlib"}  # where it happened: Syria's
    assert not SIDES & sides, codes


def test_actors_states_joined_by_and_keep_their_sides(ctx):
    codes = codes_by_text(ctx, "Russian and Syrian warplanes struck a fuel market in Idlib on Monday.", "2016-10-26")
    assert {"RUSMIL", "SYRMIL"} <= set(codes.values()), codes


def test_events_strike_by_alternative_sides_has_no_guessed_source(ctx):
    dyads = pipeline_dyads(ctx, "Syrian or Iranian militiamen attacked a village near Aleppo on Monday.",
                           "alternative-sides", "2016-10-26")
    assert not any(source in SIDES for source, _, _ in dyads), dyads
