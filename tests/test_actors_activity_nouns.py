"""A bare "publication" is the act of publishing ("ordered the paper to suspend publication"), not an outlet;
with a determiner it is still a news outlet."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_bare_publication_is_no_outlet(ctx):
    codes = codes_by_text(ctx, "A Cairo court ordered the Egyptian weekly to suspend publication.", "2015-01-02")
    assert "publication" not in codes, codes


def test_actors_the_publication_is_an_outlet(ctx):
    codes = codes_by_text(ctx, "The Egyptian publication said a Cairo court had fined it.", "2015-01-02")
    assert any(code and code.endswith("MED") for code in codes.values()), codes


def test_actors_sector_word_as_an_infinitive_is_no_actor(ctx):
    codes = codes_by_text(ctx, "Chile agreed with Peru to repatriate the migrants.", "2015-01-02")
    assert "repatriate" not in codes, codes
