"""Halted military strikes, observers sent abroad and meetings called (own sentences).

* Ending, halting or suspending air strikes, shelling, an offensive or a military operation de-escalates
  (087, RETREAT), as does "a pause in / a halt to" them; "strikes on X" are raids, not a labour strike, so
  they are not 082 (ease dissent), and the halted strikes are not coded as carried out. Workers ending their
  strike stay 082. A pause that "will end" is under way (asserted), not planned.
* Election or ceasefire observers and monitors deployed or sent to a country are aid to it (070); heart or
  blood monitors are equipment.
* What a present-tense "until" clause tells is a condition still to be met (hypothetical): "sanctions stay
  until X ends its offensive"; a past one happened ("held them until X released the ship").
* "Called a meeting with X" convenes the meeting, as "convened" does: it is held (040, asserted), not asked
  for; "called for a meeting" still asks for it (hypothetical).
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize(("example", "expected"), [
    ("{Moscow:RUS} ended its strikes on {the rebel enclave:SYRREB} on Tuesday.", ("087", "RUS", "SYRREB")),
    ("{The coalition:SAUMIL} halted its air strikes on {Hodeidah:YEM} during the talks.", ("087", "SAUMIL", "YEM")),
    ("{Ankara:TUR} suspended its offensive against {the Kurdish militia:SYRREB} for five days.",
     ("087", "TUR", "SYRREB")),
    ("{The air force:USAMIL} wound down its bombing campaign in {the north:IRQ}.", ("087", "USAMIL", "IRQ")),
])
def test_events_halted_military_strikes_are_deescalation(ctx, example, expected):
    found = coded_moods(ctx, example)
    assert any(e[:3] == expected and e[3] == "asserted" for e in found), found
    assert not any(e[0] == "082" or e[0][:2] in ("18", "19") for e in found), found


@pytest.mark.parametrize(("example", "modality"), [
    ("{The army:THAMIL} announced a two-day pause in air strikes on {the border villages:KHM}.", "asserted"),
    ("{The generals:MMRMIL} ordered a halt to the bombing of {the rebel districts:MMRREB}.", "asserted"),
    ("{The Thai army's:THAMIL} pause in air strikes on {the border villages:KHM} will end at dawn.", "asserted"),
])
def test_events_pause_in_strikes_is_deescalation(ctx, example, modality):
    found = coded_moods(ctx, example)
    assert any(e[0] == "087" and e[3] == modality for e in found), found
    assert not any(e[0][:2] in ("18", "19") for e in found), found


@pytest.mark.parametrize("example", [
    "{The dockworkers' union:GBRLAB} ended its strike on Monday after the pay offer.",
    "{The nurses:KENLAB} suspended their strike against {the county government:KENGOV}.",
    "{Hundreds of detainees:ISRREB} ended their hunger strike on the tenth day.",
])
def test_events_ended_labour_strike_stays_eased_dissent(ctx, example):
    found = coded_moods(ctx, example)
    assert not any(e[0].startswith("087") for e in found), found


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Commonwealth:IGOCWN} deployed election observers in {Guyana:GUY} last week.",
     ("070", "IGOCWN", "GUY")),
    ("{Sweden:SWE} sent twenty truce monitors to {Aceh:IDN}.", ("070", "SWE", "IDN")),
])
def test_events_observers_sent_abroad_are_aid(ctx, example, expected):
    assert (*expected, "asserted") in coded_moods(ctx, example)


def test_events_heart_monitors_sent_are_no_observers(ctx):
    found = coded_moods(ctx, "{The charity:GBRNGO} sent heart monitors to {Gaza:PSEGZA} in May.")
    assert not any(e[0] == "070" for e in found), found


@pytest.mark.parametrize("example", [
    "{The prime minister:ITAGOV} called a meeting with {the Libyan envoy:LBYGOV} on Friday.",
    "{The governor:NGAGOV} called an urgent meeting with {the army chief:NGAMIL} after the raid.",
])
def test_events_called_meeting_is_held(ctx, example):
    meetings = [e for e in coded_moods(ctx, example) if e[0].startswith("04")]
    assert meetings and all(e[3] == "asserted" for e in meetings), meetings


def test_events_called_for_meeting_is_still_asked_for(ctx):
    found = coded_moods(ctx, "{The prime minister:ITAGOV} called for a meeting with {the Libyan envoy:LBYGOV}.")
    meetings = [e for e in found if e[0].startswith("04")]
    assert meetings and all(e[3] == "hypothetical" for e in meetings), found


def test_events_act_in_present_until_clause_is_not_done(ctx):
    found = coded_moods(ctx, "{The senators:USALEG} want penalties on the firms until {Ankara:TUR} halts its air "
                         "strikes on {the border towns:SYR}.")
    assert any(e[0] == "087" and e[1] == "TUR" and e[3] == "hypothetical" for e in found), found


def test_events_act_in_past_until_clause_was_done(ctx):
    found = coded_moods(ctx, "{The coast guard:IRNMIL} held the crew until {London:GBR} released {the tanker:IRNBUS}.")
    assert any(e[0] == "0841" and e[1] == "GBR" and e[3] == "asserted" for e in found), found
