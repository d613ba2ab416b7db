"""A town written after "the town of" is a place, coded from the gazetteer's towns of 15,000 people.

"killed 30 civilians in the town of Saraqib", "the Damascus suburb of Harasta": the words before the name
say it is a place, whatever the tagger's label, so it gives the victims their country. A town the
gazetteer files under a country the story names nowhere ("the besieged town of Madaya": the only Madaya it
holds is in Myanmar) is dropped.
"""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "town"), [
    ("Air strikes killed 30 civilians in the town of Saraqib in Syria on Saturday.", "Saraqib"),
    ("Air strikes killed 30 civilians in the Damascus suburb of Harasta on Saturday.", "Harasta"),
])
def test_actors_town_after_a_place_word_codes_its_country(ctx, text, town):
    codes = codes_by_text(ctx, text, "2016-05-02")
    assert codes[town] == "SYR"
    assert codes["civilians"] == "SYRCVL"


def test_actors_town_of_an_unnamed_country_is_dropped(ctx):
    codes = codes_by_text(ctx, "Food reached the besieged town of Madaya in Syria on Monday.", "2016-01-11")
    assert codes.get("Madaya") != "MMR"
