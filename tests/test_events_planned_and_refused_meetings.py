"""Meetings that are planned or refused are not coded as held.

* A noun of intention governs the act it plans: "announced [plans] to meet X", "plans for a meeting with X",
  "an offer of talks" make the meeting intended, so it is coded as 036 (express intent to meet), not as a held
  040. "The intentions of the raids" plans nothing: the raids took place.
* "Looking forward to a meeting with X" speaks of a meeting still to come (036, intended).
* Refusing the trip refuses what it was for: "will not go to X to meet Y" is a refusal to meet (125, asserted),
  not a negated meeting.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example", [
    "{The Kenyan president:KENGOV} announced plans to meet with {the Ugandan president:UGAGOV}.",
    "{The Kenyan president:KENGOV} announced plans for a meeting with {the Ugandan president:UGAGOV}.",
    "{The Kenyan president:KENGOV} made an offer of talks with {the Ugandan president:UGAGOV}.",
    "{The Kenyan president:KENGOV} is looking forward to a meeting with {the Ugandan president:UGAGOV}.",
])
def test_events_planned_meeting_is_an_intent_to_meet(ctx, example):
    _, found = code_example(ctx, example)
    assert dyads(found) == {("KENGOV", "UGAGOV", "036")}
    assert {e.modality for e in found} == {"intended"}


def test_events_intentions_of_a_deed_done_plan_nothing(ctx):
    _, found = code_example(ctx, "{Chile:CHL} doubted the real intentions of the {Peruvian:PER} raids on the border.")
    assert all(e.modality != "intended" for e in found)


@pytest.mark.parametrize("example", [
    "{The Greek premier:GRCGOV} said he will not go to Ankara to meet {the Turkish president:TURGOV}.",
    "{The Greek premier:GRCGOV} will not travel to Ankara to meet {the Turkish president:TURGOV}.",
])
def test_events_refused_trip_to_meet_is_a_refusal_to_meet(ctx, example):
    _, found = code_example(ctx, example)
    assert dyads(found) == {("GRCGOV", "TURGOV", "125")}
    assert {e.modality for e in found} == {"asserted"}


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Greek premier:GRCGOV} will go to Ankara to meet {the Turkish president:TURGOV}.", "036"),
    ("{The Greek premier:GRCGOV} went to Ankara to meet {the Turkish president:TURGOV}.", "040"),
])
def test_events_trip_to_meet_that_is_not_refused(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == {("GRCGOV", "TURGOV", expected)}
