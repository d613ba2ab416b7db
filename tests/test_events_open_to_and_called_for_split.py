"""Willingness told with "open to", and acts asked for with a "for X" phrase the parser splits off.

1. "X is open to a meeting with Y" says X is willing to meet, like "ready for" or "willing to": the meeting
   is intended (036), not held (040). The verb "opened" ("opened talks", "opened the meeting") starts
   something that takes place, so it stays held (``modality._open_to``).
2. "called Friday for X to cancel the visit": with a word between the verb and "for", the parser hangs
   "for X" on the verb and the infinitive beside it; the cancellation is still only asked for, so it is
   hypothetical (``modality._asked_with_for``).
"""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize("example", [
    "{Chancellor Weber:DEUGOV} is open to a meeting with {President Orlov:RUSGOV}.",
    "{Lisbon:PRTGOV} said it was open to talks with {Rabat:MARGOV} next month.",
])
def test_events_open_to_a_meeting_is_an_intent_to_meet(ctx, example):
    _, found = code_example(ctx, example)
    roots = {(e.cameo, e.modality) for e in found if e.cameo[:2] in ("03", "04")}
    assert ("036", "intended") in roots
    assert not any(e.cameo[:2] == "04" for e in found)


@pytest.mark.parametrize("example", [
    "{Chancellor Weber:DEUGOV} opened talks with {President Orlov:RUSGOV} on Monday.",
    "{Chancellor Weber:DEUGOV} opened the meeting with {President Orlov:RUSGOV} on Monday.",
])
def test_events_opened_talks_stay_held(ctx, example):
    _, found = code_example(ctx, example)
    held = [e for e in found if e.cameo[:2] == "04"]
    assert held and all(e.modality == "asserted" for e in held)
    assert not any(e.cameo == "036" for e in found)


def test_events_cancellation_called_for_after_a_date_is_hypothetical(ctx):
    example = ("Leading {Democrats:USALEG} called Friday for {President Ward:USAGOV} to cancel his upcoming "
               "meeting with {President Orlov:RUSGOV}.")
    _, found = code_example(ctx, example)
    cancels = [e for e in found if e.cameo == "125"]
    assert cancels and all(e.modality == "hypothetical" for e in cancels)
    assert any(e.cameo[:2] in ("02", "10") and e.source.code == "USALEG" for e in found)


def test_events_urged_cancellation_codes_the_appeal_and_a_hypothetical_cancel(ctx):
    _, found = code_example(ctx, "{Senators:USALEG} urged {President Ward:USAGOV} to cancel the summit with "
                                 "{Moldova:MDA}.")
    assert any(e.cameo[:2] in ("02", "10") and e.source.code == "USALEG" and e.target is not None
               and e.target.code == "USAGOV" for e in found)
    assert all(e.modality == "hypothetical" for e in found if e.cameo == "125")
