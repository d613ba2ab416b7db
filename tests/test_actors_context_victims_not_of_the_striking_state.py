"""Victims harmed by a state named as the striker are not that state's people, even where the sentence names
no other country: "Washington killed 17 civilians" gives the civilians no country rather than an American
one. Forces named by sector may be fighting at home and still lend theirs."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(
    ("text", "victims", "striker"),
    [
        ("Washington killed 17 civilians in a drone strike on Tuesday.", "civilians", "USACVL"),
        ("Russian air strikes on Friday night killed 9 people, including four children.", "people", "RUSCVL"),
        ("Officials said the raids carried out by London and its allies had killed 22 civilians.", "civilians",
         "GBRCVL"),
    ],
)
def test_victims_do_not_take_the_striking_states_country(ctx, text, victims, striker):
    codes = codes_by_text(ctx, text, "2019-03-15", "victims-of-a-striking-state")
    assert codes.get(victims) != striker


def test_victims_of_forces_named_by_sector_keep_their_country(ctx):
    codes = codes_by_text(ctx, "Syrian government forces killed 12 civilians on Monday.", "2019-03-15",
                          "victims-of-sector-forces")
    assert codes.get("civilians") == "SYRCVL"
