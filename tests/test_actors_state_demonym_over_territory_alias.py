"""A state's own demonym names that state, not a territory a legacy file filed it under: "the Samoan
government" is Samoa's (WSM), not American Samoa's (USAASM), which keeps its own name. Sentences written
for these tests."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_samoan_is_samoa(ctx):
    codes = codes_by_text(ctx, "The Samoan government declared a state of emergency on Friday.", "2019-11-20")
    assert codes.get("Samoan government") == "WSMGOV", codes


def test_actors_american_samoa_keeps_its_name(ctx):
    codes = codes_by_text(ctx, "The governor of American Samoa declared a state of emergency on Friday.",
                          "2019-11-20")
    assert codes.get("American Samoa") == "USAASM", codes
