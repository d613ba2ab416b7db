"""A country cut down by a direction word before an act of violence ("a central Syria attack") is where it
happened, not its doer; a bare state before the act ("a Syria attack"), or a name whose direction word is
its own ("South Korea"), still is."""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example", [
    "More than fifty people died in a northern {Syria:SYR} attack on Thursday.",
    "{Militants:IMGMUSISI} kill over fifty in Central {Syria:SYR} Attack",
])
def test_events_region_before_an_act_is_no_doer(ctx, example):
    assert not [m for m in coded_moods(ctx, example, "19") if m[1] == "SYR"]


def test_events_state_named_with_its_own_direction_word_stays_the_doer(ctx):
    found = coded_moods(ctx, "A {South Korea:KOR} attack on {the North:PRK} was reported on Monday.", "1")
    assert any(m[1] == "KOR" for m in found)
