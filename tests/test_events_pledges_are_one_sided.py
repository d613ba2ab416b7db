"""A pledge binds the one who makes it; an agreement binds both sides.

``03_intent.yaml``: ``intent.pledge_generic`` (pledge, promise, vow) is not symmetric, so allies who "vowed to
keep up the fight" give one event each (a threat, 1384: ``struggles.py``), not promises to one another;
``intent.agree_generic`` still pairs the sides of an agreement.
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_allies_who_vow_make_no_promise_to_each_other(ctx):
    _, found = code_example(
        ctx, "{The Syrian regime:SYRGOV} and its {Russian:RUS} and {Iranian:IRN} backers vowed to keep up the fight."
    )
    assert dyads(found) == {("SYRGOV", None, "1384"), ("RUS", None, "1384"), ("IRN", None, "1384")}


def test_events_sides_that_agree_are_paired(ctx):
    _, found = code_example(ctx, "{Colombia:COL} and {Ecuador:ECU} agreed to reopen the border.")
    assert {("COL", "ECU", "030"), ("ECU", "COL", "030")} <= dyads(found)


def test_events_a_pledge_to_a_named_party_keeps_its_recipient(ctx):
    _, found = code_example(ctx, "{France:FRA} pledged to open its markets to {Germany:DEU}.")
    assert ("FRA", "DEU", "030") in dyads(found)
