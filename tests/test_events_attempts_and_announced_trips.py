"""Attempts at force or protest are the act, however the attempt is told; announced trips are still to come.

CAMEO codes an attempted assault as the assault: "tried to storm", "have tried to storm", "were trying to
storm" and "in an attempt to seize" all tell of an attempt that was made, so the act is coded asserted.
An attempt still to come or denied ("will try", "did not try") is not. A visit or meeting whose
announcement is told of has not been made yet: it is an intent to meet (036), intended.
"""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize(
    "example",
    [
        "{The rebels:SYRREB} tried to seize {the airport:SYRMIL} on Monday.",
        "{The rebels:SYRREB} have tried to seize {the airport:SYRMIL} for months.",
        "{The rebels:SYRREB} were trying to seize {the airport:SYRMIL} when the storm began.",
        "{The rebels:SYRREB} massed fighters in the north in an attempt to seize {the airport:SYRMIL}.",
    ],
)
def test_events_attempts_made_are_the_act_asserted(ctx, example):
    _, events = code_example(ctx, example)
    moods = {e.modality for e in events if e.root in ("17", "18", "19")}
    assert moods == {"asserted"}, [(e.cameo, e.modality, e.pattern) for e in events]


@pytest.mark.parametrize(
    "example",
    [
        "{The rebels:SYRREB} will try to seize {the airport:SYRMIL} next week.",
        "{The rebels:SYRREB} did not try to seize {the airport:SYRMIL} on Monday.",
    ],
)
def test_events_attempts_to_come_or_denied_are_not_asserted(ctx, example):
    _, events = code_example(ctx, example)
    assert all(e.modality != "asserted" for e in events if e.root in ("17", "18", "19"))


@pytest.mark.parametrize(
    "example",
    [
        "The announcement of {the Dutch prime minister's:NLDGOV} visit to {Japan:JPN} drew mixed reactions.",
        "The announcement of {Mr. Garcia's:MEXGOV} trip came after weeks of speculation.",
    ],
)
def test_events_announced_trip_is_intended(ctx, example):
    _, events = code_example(ctx, example)
    assert {(e.cameo, e.modality) for e in events} == {("036", "intended")}, [
        (e.cameo, e.modality, e.pattern) for e in events]


def test_events_trip_made_stays_a_visit(ctx):
    _, events = code_example(ctx, "{The Dutch prime minister's:NLDGOV} visit to {Japan:JPN} drew mixed reactions.")
    assert {(e.cameo, e.modality) for e in events} == {("042", "asserted")}
