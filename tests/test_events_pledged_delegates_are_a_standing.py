"""Delegates "pledged" to a candidate are a standing, not a pledge made (own sentences).

A participle that describes its noun with no subject and no "by" agent ("delegates pledged to X", "40
pledged delegates") tells what the noun is bound to; "the senator pledged to cut taxes" is still 030.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example", [
    "{The governor:USAGOV} was nominated with some {delegates:USALEG} pledged to {the senator:USALEG}.",
    "{The senator:USALEG} won forty pledged delegates in the primary.",
])
def test_events_pledged_delegates_make_no_pledge(ctx, example):
    assert not any(cameo.startswith("03") for _, _, cameo in dyads(code_example(ctx, example)[1]))


def test_events_a_pledge_made_is_still_030(ctx):
    found = dyads(code_example(ctx, "{The senator:USALEG} pledged to cut taxes for families.")[1])
    assert ("USALEG", None, "030") in found
