"""A gun's magazine is no news outlet: "magazines" written with arms (a weapon in one list with it, a
modifier such as "high-capacity" or "loaded", a "10-round" limit it hangs on) is no actor, while a magazine
that reports stays one."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text

STORY = "The United States is divided over guns. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The president urged new restrictions on assault weapons and magazines as part of the plan.",
        "Congress debated a ban on high-capacity magazines.",
        "The navy seized six rifles, 12 magazines and 300 rounds of ammunition from the pirates.",
        "Police found two pistols and three loaded magazines in the car.",
    ],
)
def test_magazines_written_with_arms_are_no_outlet(ctx, sentence):
    codes = codes_by_text(ctx, STORY + sentence, "2013-01-16", "ammunition-magazines")
    assert not any("magazine" in name.lower() for name in codes)


def test_magazines_that_report_stay_outlets(ctx):
    text = STORY + "American magazines criticised the senator over his rifles."
    codes = codes_by_text(ctx, text, "2013-01-16", "reporting-magazines")
    assert codes.get("American magazines") == "USAMED"
