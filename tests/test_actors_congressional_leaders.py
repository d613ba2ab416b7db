"""Congressional leaders are members of a house of Congress (USALEG) whatever floor office they hold: "Speaker
Nancy Pelosi", "Mitch McConnell", "Chuck Schumer, the Senate minority leader" are the legislature, not the
government nor the bare state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "mention", "published"), [
    ("House Speaker Nancy Pelosi accused the president of ignoring the facts.", "House Speaker Nancy Pelosi",
     "2020-08-28"),
    ("Nancy Pelosi rejected the offer on Saturday.", "Nancy Pelosi", "2016-11-28"),
    ("Mitch McConnell said the Senate would hold the trial.", "Mitch McConnell", "2019-11-01"),
    ("Chuck Schumer, the Senate minority leader, called the proposal one-sided.", "Chuck Schumer", "2019-01-20"),
])
def test_actors_congressional_leaders_are_the_legislature(ctx, text, mention, published):
    codes = codes_by_text(ctx, text, published)
    assert codes.get(mention) == "USALEG", codes
