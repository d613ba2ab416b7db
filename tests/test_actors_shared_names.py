"""City names several countries share yield to the article's own country where its namesake weighs more."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text
from eventwire import actors


def codes(ctx, text: str) -> dict[str, str | None]:
    return codes_by_text(ctx, text, "2015-03-14", "shared-name-test")


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a small capital (Seychelles) yields to a large city of the story's country
    ("Canadian police arrested two men in Vancouver on Monday. A Victoria reporter said both were released.",
     "Victoria", "CAN"),
    ("Hundreds of nurses rallied in Victoria and Ottawa on Monday, Canadian unions said.", "Victoria", "CAN"),
    # the largest namesake (the USA's) yields too
    ("Two men were stabbed in Richmond on Friday. Canadian police said officers from Vancouver helped.",
     "Richmond", "CAN"),
    # a world capital keeps its country in a story of another country that has a small town of its name
    ("U.S. officials flew to Paris on Monday. American diplomats met French ministers there.", "Paris", "FRA"),
    # a story that names the namesake's own country keeps it
    ("SAN JOSE (COSTA RICA) -- U.S. officials said American troops would arrive on Monday.", "SAN JOSE", "CRI"),
    # a digest's later story of another country says nothing of whose the name is
    ("Vancouver police said a man opened fire at an office party on Friday. One guest was hurt. The suspect "
     "surrendered an hour later. In other news, a bank in Portland, Oregon, was robbed. Oregon state police said "
     "the robber fled. Seattle officers arrested him.", "Vancouver police", "CANCOP"),  # the city's own police
    # the story's country may come after the name, in the sentences that follow it
    ("Police in Victoria arrested a teacher on Monday. Colleagues were stunned. The Canadian school board "
     "closed the school.", "Victoria", "CAN"),
    # and with no country of the story's own, the usual namesake stands
    ("Police in Victoria arrested two men on Monday. Seychelles officials said both were released.",
     "Victoria", "SYC"),
])
def test_actors_shared_city_name_yields_to_the_story_country(ctx, text, name, expected):
    assert codes(ctx, text)[name] == expected


def test_actors_shared_city_name_carries_its_country_to_its_people(ctx):
    found = codes(ctx, "Canadian police arrested two men in Vancouver on Monday. A Victoria reporter said both "
                       "were released.")
    assert not any(code and code.startswith("SYC") for code in found.values())


def test_actors_shared_city_names_index_holds_only_names_of_several_countries(ctx):
    shared = actors.resources(ctx).shared_names
    assert {"CAN", "USA"} <= set(shared["richmond"])
    assert "winnipeg" not in shared  # one country only
