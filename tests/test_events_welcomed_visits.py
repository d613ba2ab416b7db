"""Welcoming a visit or talks approves of them (051); welcoming a visitor hosts him (043)."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{A Canadian lawmaker:CANLEG} also welcomed the visit, calling it good news.", ("CANLEG", None, "051")),
    ("{Japan:JPN} welcomed the talks between the two Koreas.", ("JPN", None, "051")),
    ("{Peru:PER} welcomed the arrival of the UN mission.", ("PER", None, "051")),
])
def test_events_welcomed_visit_is_approval(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)
    assert not [e for e in found if e.cameo == "043"]


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Egyptian president:EGYGOV} welcomed {the Jordanian king:JORGOV} at the palace on Sunday.",
     ("EGYGOV", "JORGOV", "043")),
    ("{The Kenyan president:KENGOV} welcomed {the Ugandan president:UGAGOV} on his first visit to Nairobi.",
     ("KENGOV", "UGAGOV", "043")),
    ("{The Egyptian president:EGYGOV} received a visit from {the Jordanian king:JORGOV} on Sunday.",
     ("EGYGOV", "JORGOV", "043")),
])
def test_events_welcomed_visitor_is_hosted(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)
