"""A mediation's "between X and Y" names the sides it is aimed at, never who mediates: "a truce brokered
between X and Y" with no broker named is no event, while "talks between X and Y" are still both sides'
talks and a named broker still mediates between them."""

from __future__ import annotations

from events_support import code_example, dyads


def test_agentless_brokering_between_two_sides_is_no_mediation(ctx):
    _, events = code_example(ctx, "A truce brokered between {Armenia:ARM} and {Azerbaijan:AZE} took effect on "
                                  "Saturday.")
    assert not any(code.startswith("045") for _, _, code in dyads(events))


def test_named_broker_mediates_between_the_sides(ctx):
    _, events = code_example(ctx, "{Russia:RUS} brokered a truce between {Armenia:ARM} and {Azerbaijan:AZE}.")
    assert {("RUS", "ARM"), ("RUS", "AZE")} <= {(s, t) for s, t, code in dyads(events) if code == "045"}
