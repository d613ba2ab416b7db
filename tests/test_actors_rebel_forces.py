"""A rebel modifier makes armed men rebels: "rebel forces" are no state's army."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_rebel_forces_are_rebels_not_the_army(ctx):
    codes = codes_by_text(ctx, "Chilean rebel forces shelled a border post.", "2015-01-02")
    assert codes.get("Chilean rebel forces") == "CHLREB", codes
