"""Plots, pleas in court and deadlines (own sentences).

* Attacks someone plots have not been made, and a secret plot announces nothing: the plotted act is
  hypothetical, not asserted and not an intent (036 / 138x).
* "Pleaded guilty to misusing funds" is a plea in court, no appeal for aid (023); a lawyer "pleading a case"
  argues it and appeals to no one.
* A deadline is an ultimatum (139) only when set to someone; "the May deadline for a decision" is a date.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{The rebels:MLIREB} were plotting attacks on {the French embassy:FRAGOV}.",
     ("190", "MLIREB", "FRAGOV", "hypothetical")),
])
def test_events_plotted_attack_is_hypothetical(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


@pytest.mark.parametrize("example", [
    "{The French mayor:FRAGOV} pleaded guilty on Monday to using campaign funds for personal travel.",
    "{The French lawyer:FRAJUD} was pleading the union's case in the high court.",
])
def test_events_plea_in_court_is_no_appeal(ctx, example):
    assert not coded_moods(ctx, example, "02")


@pytest.mark.parametrize("example", [
    "{The French president:FRAGOV} missed the May deadline for naming a new prime minister.",
])
def test_events_deadline_without_an_addressee_is_no_ultimatum(ctx, example):
    assert not coded_moods(ctx, example, "13")


def test_events_deadline_set_to_someone_is_an_ultimatum(ctx):
    example = "{The Arab League:IGOARBARL} issued a final deadline to {Damascus:SYR} on Sunday."
    assert ("139", "IGOARBARL", "SYR", "asserted") in coded_moods(ctx, example)
