"""A lone surname hyphened to another capitalised word is part of a longer name ("the Khan-Arnab area" is a
place), not the dictionary's person of that surname; two known people so joined ("the Modi-Khan talks") stay
themselves. Sentences written for these tests."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_surname_inside_a_hyphened_place_is_no_person(ctx):
    codes = codes_by_text(ctx, "Israeli planes struck army positions in the Khan-Arnab area of Quneitra province.",
                          "2019-06-01")
    assert codes.get("Khan") is None, codes


def test_actors_lone_surname_still_finds_the_dictionary_person(ctx):
    codes = codes_by_text(ctx, "Khan said the talks with India had ended.", "2019-06-01")
    assert codes.get("Khan") == "PAKGOV", codes


def test_actors_two_known_people_hyphened_stay_themselves(ctx):
    codes = codes_by_text(ctx, "Prime Minister Imran Khan met Narendra Modi. The Modi-Khan talks ended on Friday.",
                          "2019-06-01")
    assert codes.get("Khan") == "PAKGOV", codes
