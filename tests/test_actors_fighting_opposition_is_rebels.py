"""An opposition that fights is armed rebels: "opposition fighters", "rebel fighters" and "the armed
opposition" are REB, not the political opposition (OPP) nor unidentified armed men (UAF, as bare "fighters"
are). The political opposition stays OPP. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Opposition fighters shelled a town in Syria on Monday.", "Opposition fighters", "SYRREB"),
    ("Rebel fighters shelled a town in Syria on Monday.", "Rebel fighters", "SYRREB"),
    ("A rebel fighter was killed in Syria on Monday.", "rebel fighter", "SYRREB"),
    ("The armed opposition shelled a town in Syria on Monday.", "armed opposition", "SYRREB"),
    ("Armed opposition groups shelled a town in Syria on Monday.", "Armed opposition groups", "SYRREB"),
    ("The opposition called for talks in Syria on Monday.", "opposition", "SYROPP"),
])
def test_actors_fighting_opposition_is_rebels(ctx, text, mention, code):
    codes = codes_by_text(ctx, text, "2017-06-01")
    assert codes.get(mention) == code, codes


@pytest.mark.parametrize(("text", "mention"), [
    ("Syrian opposition forces said Russian jets hit an outpost on Sunday.", "Syrian opposition forces"),
    ("Opposition forces shelled a town in Syria on Monday.", "Opposition forces"),
])
def test_actors_opposition_forces_are_rebels(ctx, text, mention):
    codes = codes_by_text(ctx, text, "2017-04-02")
    assert codes.get(mention) == "SYRREB", codes


def test_actors_rebels_of_unknown_country_are_coded_by_their_sector(ctx):
    # no state written anywhere: the rebel word still says which side the armed men are on
    codes = codes_by_text(ctx, "Rebel fighters agreed to leave the besieged town on Sunday.", "2016-05-01")
    assert codes.get("Rebel fighters") == "REB", codes
