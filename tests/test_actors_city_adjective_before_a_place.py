"""A city's adjective before a word for part of a place ("a Damascan suburb town") is that city's place, with its
country; alone or in an idiom it places nothing (``city_demonyms.py``)."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_city_adjective_before_a_place_word_is_the_city(ctx):
    codes = codes_by_text(ctx, "Warplanes pounded a Damascan suburb town on Saturday.", "2016-07-02")
    assert codes["Damascan"] == "SYR"


def test_actors_city_adjective_in_an_idiom_places_nothing(ctx):
    codes = codes_by_text(ctx, "The minister underwent a Damascene conversion on taxes.", "2016-07-02")
    assert codes.get("Damascene") is None
