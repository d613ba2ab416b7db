"""Syrian rebel coalitions are Syria's rebels, not the Palestinian faction whose name ("Fateh") one of them
holds: "Jaysh al-Fateh" (the Army of Conquest) is SYRREB."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_army_of_conquest_is_a_syrian_rebel_coalition(ctx):
    codes = codes_by_text(ctx, "Fighters of Jaysh al-Fateh shelled an army post near the town.", "2016-11-17",
                          "coalition-1")
    assert codes.get("Fighters of Jaysh al-Fateh") == "SYRREB", codes  # the fighters are the coalition's


def test_actors_fateh_alone_is_still_the_palestinian_faction(ctx):
    codes = codes_by_text(ctx, "Fateh officials met Hamas leaders in Cairo.", "2016-11-17", "coalition-2")
    assert codes.get("Fateh") != "SYRREB", codes
