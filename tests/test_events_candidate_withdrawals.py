"""A candidate who withdraws before the primaries leaves a race; troops who withdraw retreat (087).

``08_yield.yaml``: ``yield.withdraw_intransitive`` leaves out primaries and caucuses.
"""

from __future__ import annotations

from events_support import code_example


def test_events_a_candidate_withdrawing_before_the_primaries_is_no_retreat(ctx):
    _, found = code_example(ctx, "{The senator:USALEG} sought the nomination but withdrew before the primaries.")
    assert all(e.cameo != "087" for e in found)


def test_events_troops_withdrawing_from_a_town_still_retreat(ctx):
    _, found = code_example(ctx, "{Syrian troops:SYRMIL} withdrew from {the town:SYR} on Monday.")
    assert any(e.cameo == "087" for e in found)
