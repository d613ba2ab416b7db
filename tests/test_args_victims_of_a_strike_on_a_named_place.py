"""Civilians killed in a state's strikes on a named place are that place's people, even when the striker is
that same state: the place the strike fell on names their home, not the striker ("Syrian air strikes on a
suburb of Damascus" kill Syria's civilians), while a foreign striker still lends them no country. The
place may hang on the attack noun or on the victims' own verb ("killed in aerial attacks ... on the province
of Idlib")."""

from __future__ import annotations

from actors_support import pipeline_dyads


def test_args_victims_of_a_states_strike_on_its_own_place_take_its_country(ctx):
    found = pipeline_dyads(ctx, "Twenty civilians were killed on Friday in heavy Syrian air strikes on a "
                                "suburb town of Damascus.", "victims-own-strike")
    assert ("SYR", "SYRCVL", "195") in found


def test_args_victims_of_a_foreign_strike_on_a_named_place_take_the_places_country(ctx):
    found = pipeline_dyads(ctx, "Forty civilians were killed on Sunday in Russian air strikes on a village "
                                "near Damascus.", "victims-foreign-strike")
    assert ("RUS", "SYRCVL", "195") in found
    assert not any(target == "RUSCVL" for _, target, _ in found)


def test_args_victims_take_the_country_of_the_province_their_verb_names(ctx):
    found = pipeline_dyads(ctx, "Twelve civilians were killed in aerial attacks by the Syrian government on "
                                "Tuesday on the northern province of Idlib.", "victims-verb-place")
    assert ("SYRGOV", "SYRCVL", "195") in found
