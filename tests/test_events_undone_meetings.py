"""A meeting that is cancelled, called off, postponed or shelved is not held (own sentences).

* An event noun that is the direct object of an undoing verb (cancel, call off, put off, postpone, scrap,
  shelve, delay, abort; drop and suspend only for a meeting) or the "of" object of an undoing noun ("the
  cancellation of the summit") is negated, as its passive subject already was ("the visit was postponed").
  The undoing itself is 125 (``reject.cancel_visit``, ``reject.call_off_visit``).
* "called off" asks for nothing: the request reading of "call" does not apply to it, and "called a meeting"
  (convened it) is no cancellation.
* Held: "resumed the talks", "held the postponed meeting"; "dropped its demand" keeps the demand's own mood.
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _events(ctx, example, prefix=None):
    _, found = code_example(ctx, example)
    return [(e.cameo, e.source.code, e.target.code if e.target else None, e.modality, e.negated) for e in found
            if prefix is None or e.cameo.startswith(prefix)]


@pytest.mark.parametrize("example", [
    "{The president:USAGOV} cancelled his meeting with {the North Korean leader:PRKGOV}.",
    "{The president:USAGOV} called off his summit with {the North Korean leader:PRKGOV}.",
    "{The president:USAGOV} scrapped the summit with {the North Korean leader:PRKGOV}.",
    "{The minister:FRAGOV} put off her visit to {Algeria:DZA} until the spring.",
    "{The minister:FRAGOV} aborted her visit to {Algeria:DZA} after the protests.",
    "{The minister:FRAGOV} dropped her visit to {Algeria:DZA} after the protests.",
    "{The two governments:JPNGOV} shelved the talks with {Seoul:KORGOV} in March.",
    "{Tokyo:JPNGOV} delayed the talks with {Seoul:KORGOV} by a week.",
    "{The president:USAGOV} announced the cancellation of his summit with {the North Korean leader:PRKGOV}.",
    "{The minister:FRAGOV} announced the postponement of her visit to {Algeria:DZA}.",
    "The summit between {the president:USAGOV} and {the North Korean leader:PRKGOV} was called off.",
])
def test_events_an_undone_meeting_is_negated(ctx, example):
    meetings = _events(ctx, example, "04")
    assert meetings, example
    assert all(negated for *_, negated in meetings), meetings


@pytest.mark.parametrize("example", [
    "{The president:USAGOV} called off his summit with {the North Korean leader:PRKGOV}.",
    "{The minister:FRAGOV} put off her visit to {Algeria:DZA} until the spring.",
    "{The two governments:JPNGOV} shelved the talks with {Seoul:KORGOV} in March.",
])
def test_events_the_undoing_is_a_cancellation(ctx, example):
    assert any(cameo == "125" and modality == "asserted" for cameo, _, _, modality, _ in _events(ctx, example))


def test_events_a_requested_call_off_asks_for_the_cancellation_not_the_meeting(ctx):
    found = _events(ctx, "{Democrats:USALEG} urged {the president:USAGOV} to call off his summit with "
                         "{the Russian leader:RUSGOV}.")
    assert ("020", "USALEG", "USAGOV", "asserted", False) in found
    assert ("125", "USAGOV", "RUSGOV", "hypothetical", False) in found
    assert all(negated for cameo, *_, negated in found if cameo.startswith("04"))


def test_events_calling_a_meeting_cancels_nothing(ctx):
    found = _events(ctx, "{The president:USAGOV} called a meeting with {the North Korean leader:PRKGOV}.")
    assert not any(cameo == "125" for cameo, *_ in found)
    assert not any(negated for *_, negated in found)


@pytest.mark.parametrize("example", [
    "{The two governments:JPNGOV} resumed the talks with {Seoul:KORGOV} in March.",
    "{The president:USAGOV} held the postponed meeting with {the North Korean leader:PRKGOV} in June.",
])
def test_events_a_resumed_or_postponed_then_held_meeting_is_held(ctx, example):
    meetings = _events(ctx, example, "04")
    assert meetings and all(modality == "asserted" for _, _, _, modality, _ in meetings), meetings


def test_events_a_dropped_demand_is_not_undone(ctx):
    found = _events(ctx, "{Pyongyang:PRKGOV} has dropped its demand that {Washington:USAGOV} withdraw its troops.",
                    "10")
    assert found and not any(negated for *_, negated in found), found
