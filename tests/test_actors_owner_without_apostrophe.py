"""Role words owned by a well-known person whose possessive lost its apostrophe ("Assads forces") are of that
person's country; a bare "regime" with no article is the story's regime, like "the regime"; a state modifying
a thing a role word owns ("the counsel's Russia probe") is its topic, not the role word's country."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_forces_of_an_unmarked_possessive_person_are_his_countrys(ctx):
    text = "Washington condemned a new assault carried out by Assads forces on Tuesday."
    codes = codes_by_text(ctx, text, "2017-04-15")
    assert codes.get("forces") == "SYRMIL", codes


def test_actors_bare_regime_is_the_storys_regime_not_a_neighbours(ctx):
    text = ("Syrian regime jets struck Douma on Monday, the third day of raids near Damascus. "
            "The truce was brokered by Turkey and Iran. "
            "On Tuesday regime shelling killed four people in the town.")
    codes = codes_by_text(ctx, text, "2017-07-22")
    assert codes.get("regime") == "SYRGOV", codes


def test_actors_state_modifying_an_owned_thing_is_no_owners_country(ctx):
    text = "Lawmakers in Washington discussed the special counsel's ongoing Russia probe on Monday."
    codes = codes_by_text(ctx, text, "2018-04-20")
    assert codes.get("counsel") != "RUSJUD", codes


def test_actors_army_possessive_without_apostrophe_is_the_army(ctx):
    text = "The Syrian armys shelling of the town killed ten people on Monday."
    codes = codes_by_text(ctx, text, "2017-07-22")
    assert codes.get("Syrian armys") == "SYRMIL", codes
