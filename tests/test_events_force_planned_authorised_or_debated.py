"""Strikes that are only prepared, planned as a noun, authorised or debated are not made, nor threatened.

A threat of force (138x) is announced to someone; force that armed men are preparing or will try, a plan of
force told as a noun, or strikes a legislature votes to authorise, approves or debates, announce nothing:
they are the act of force with modality ``intended`` (authorised, prepared) or ``hypothetical`` (debated),
never an asserted attack. An announced plan, and a verb of planning, stay threats. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example", [
    "{The militia:LBYREB} was preparing to attack {the airport:LBY} from the south.",
    "{The commander:IRNMIL} was developing plans to attack {American troops:USAMIL} in the region.",
    # an attempt still to come; one made ("were trying to attack") is the attack, as CAMEO codes attempts
    "{The gunmen:NGAREB} will try to attack {the barracks:NGAMIL} at dawn.",
])
def test_events_prepared_force_is_intended_not_a_threat(ctx, example):
    moods = coded_moods(ctx, example)
    assert any(cameo.startswith("19") and mood == "intended" for cameo, _, _, mood in moods)
    assert not any(cameo.startswith("138") for cameo, _, _, _ in moods)


@pytest.mark.parametrize("example, mood", [
    ("{The senators:USALEG} voted to authorize strikes against {the militia:LBYREB}.", "intended"),
    ("{The parliament:GBRLEG} approved air strikes against {the militants:IMGMUSISI} on Tuesday.", "intended"),
    ("{Congress:USALEG} debated strikes on {the militia:LBYREB} for a week.", "hypothetical"),
])
def test_events_authorised_or_debated_strikes_are_not_made(ctx, example, mood):
    moods = coded_moods(ctx, example)
    assert any(cameo.startswith("19") and m == mood for cameo, _, _, m in moods)
    assert not any(cameo.startswith("138") or m == "asserted" for cameo, _, _, m in moods)


def test_events_asking_for_authorised_strikes_is_a_supposition(ctx):
    moods = coded_moods(
        ctx, "{The president:USAGOV} asked {Congress:USALEG} to authorize strikes against {the militia:LBYREB}.")
    assert moods and all(m == "hypothetical" for cameo, _, _, m in moods if cameo.startswith("19"))


def test_events_approving_the_attacks_made_keeps_them_made(ctx):
    moods = coded_moods(ctx, "{The general:IRNMIL} approved the attacks on {the embassy:USAGOV} last week.")
    assert any(cameo.startswith("19") and mood == "asserted" for cameo, _, _, mood in moods)


@pytest.mark.parametrize("example", [
    "{The rebels:SYRREB} announced that they would attack {the city:SYR} next week.",
    "{Iran:IRN} plans to attack {Israel:ISR} soon.",
])
def test_events_announced_or_planned_force_stays_a_threat(ctx, example):
    moods = coded_moods(ctx, example)
    assert any(cameo.startswith("138") for cameo, _, _, _ in moods)
