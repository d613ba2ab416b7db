"""A weapon both sides of a war field ("artillery", "mortars") names no army: alone it takes no state's
military code from the sentence or the story (the state named there is as often the side shelled), only from
its own phrase or a possessive ("Syrian artillery", "its artillery")."""

from __future__ import annotations

from actors_support import codes_by_text, pipeline_dyads


def test_bare_artillery_beside_a_state_outlet_is_uncoded(ctx):
    codes = codes_by_text(ctx, "The state news agency of Syria said artillery fire killed three people in "
                               "Damascus on Monday.", "2019-03-15")
    assert codes.get("artillery") is None
    assert not any(source == "SYRMIL" for source, _, _ in
                   pipeline_dyads(ctx, "Artillery fire killed three people in Damascus, state media said.",
                                  "weapons-bare"))


def test_artillery_with_its_country_written_keeps_it(ctx):
    codes = codes_by_text(ctx, "Syrian artillery pounded the outskirts of Homs on Monday.", "2019-03-15")
    assert codes.get("Syrian artillery") == "SYRMIL"


def test_possessive_artillery_is_its_owners(ctx):
    codes = codes_by_text(ctx, "The Turkish army said its artillery shelled positions near the border on "
                               "Monday.", "2019-03-15")
    assert codes.get("artillery") == "TURMIL"


def test_troops_beside_a_state_still_take_it(ctx):
    codes = codes_by_text(ctx, "Troops killed three people in Damascus on Monday, Syrian state media said.",
                          "2019-03-15")
    assert codes.get("Troops") == "SYRMIL"
