"""A refused invitation to meet, and "force" as what something will be.

A meeting offered in "an invitation/offer/request/proposal to meet" and then turned down, declined or rejected
did not happen: the refusal is the event (125, reject a proposal to meet or negotiate), the meeting is not
asserted. "warned that the speech will be a destructive force" says what the speech is, not that force is
threatened (no 138).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Bolivian president:BOLGOV} turned down an invitation to meet {the Chilean president:CHLGOV}.",
     {("BOLGOV", "CHLGOV", "125")}),
    ("{The Kenyan president:KENGOV} declined an offer to meet {the Somali opposition leader:SOMOPP} in Nairobi.",
     {("KENGOV", "SOMOPP", "125")}),
    ("{The opposition:VENOPP} refused an offer to meet with {the Venezuelan government:VENGOV}.",
     {("VENOPP", "VENGOV", "125")}),
    ("{Peru:PER} rejected a {Chilean:CHL} request to hold talks on the border.", {("PER", "CHL", "125")}),
])
def test_events_refused_invitation_to_meet_is_a_rejection(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected
    assert not [e for e in found if e.root == "04"]


def test_events_turned_down_meeting_is_not_asserted(ctx):
    _, found = code_example(
        ctx, "{The Malawian president:MWIGOV} turned down an invitation to meet privately with "
             "{Zambian lawmakers:ZMBLEG} during his trip to Lusaka.")
    assert ("MWIGOV", "ZMBLEG", "125") in dyads(found)
    assert not [e for e in found if e.cameo in ("040", "043", "036")]


def test_events_accepted_invitation_is_no_rejection(ctx):
    _, found = code_example(ctx, "{The Nigerian president:NGAGOV} accepted an invitation to meet "
                                 "{the Ghanaian leader:GHAGOV}.")
    assert not [e for e in found if e.root == "12"]


@pytest.mark.parametrize("example", [
    "{The Danish foreign minister:DNKGOV} warned that {the Swedish premier:SWEGOV}'s new law will be a "
    "destructive force in Nordic relations.",
    "{The Turkish foreign minister:TURGOV} warned that {the Greek:GRC} plan would be a dangerous force for "
    "division.",
])
def test_events_figurative_force_is_no_military_threat(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.cameo == "138"]


def test_events_threat_to_use_force_stays(ctx):
    _, found = code_example(ctx, "{Kenya:KEN} threatened to use force against {the Somali militants:SOMREB}.")
    assert ("KEN", "SOMREB", "138") in dyads(found)
