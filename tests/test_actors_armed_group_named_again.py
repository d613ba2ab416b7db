""""The militant group" written after a named armed group is that group, not rebels of the country its own
clause names."""

from __future__ import annotations

from actors_support import codes_by_text


def test_actors_militant_group_after_islamic_state_is_islamic_state(ctx):
    text = ("Jordan bombed an Islamic State depot on Friday, widening its campaign against the militant group "
            "that holds parts of Iraq.")
    codes = codes_by_text(ctx, text, "2015-06-09")
    assert codes.get("militant") == "IMGMUSISI", codes


def test_actors_militant_group_with_two_named_groups_stays_with_the_usual_rules(ctx):
    text = ("Hamas and Hezbollah traded accusations as the militant group that holds parts of Iraq "
            "advanced.")
    codes = codes_by_text(ctx, text, "2015-06-09")
    assert codes.get("militant") not in ("PSEREBHMS", "LBNREBHEZ"), codes
