"""A bare surname after a titled full name no dictionary knows ("Sen. Marla Quenby ... Quenby") is that
person, coded by the title; a surname the dictionary knows keeps the dictionary's person."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_bare_surname_takes_the_titled_full_names_code(ctx):
    text = ("Sen. Marla Quenby of Ohio spoke to reporters on Monday. "
            "Later that day Quenby criticised the budget plan again.")
    codes = codes_by_text(ctx, text, "2019-01-20")
    assert codes.get("Quenby") == "USALEG", codes


def test_actors_titled_relative_does_not_take_a_known_persons_surname(ctx):
    text = ("First lady Melania Trump visited a school on Monday. "
            "Mr. Trump signed the bill later that day.")
    codes = codes_by_text(ctx, text, "2018-05-07")
    assert codes.get("Mr. Trump") == "USAGOV", codes
