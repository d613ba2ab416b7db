"""Strikes from work, criminal charges and halted weapons tests (own sentences).

* A strike noun whose doer is a body of workers or protesters is a stoppage (143), not force
  (``events.strikes``); a state's or an army's strike stays force.
* "charged with murder" is legal action (173, ``coerce.arrest``), not a verbal accusation (1121); "charged that
  X ..." is still an accusation (112).
* Halting nuclear or missile tests de-escalates (087, ``yield.halt_weapons_tests``); "will stop" them is the
  intent (0356), intended.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, source", [
    ("{Trade unions:GBRLAB} carried out strikes that brought the country to a standstill.", "GBRLAB"),
    ("{The unions:FRALAB} launched a strike against {the government:FRAGOV}.", "FRALAB"),
])
def test_events_a_workers_strike_is_a_stoppage(ctx, example, source):
    found = coded_moods(ctx, example)
    assert [c for c, s, _, _ in found if s == source] == ["143"], found


def test_events_an_armys_strike_stays_force(ctx):
    found = coded_moods(ctx, "{The army:SYRMIL} launched a strike against {the rebels:SYRREB}.")
    assert [c[:2] for c, *_ in found] == ["19"], found


def test_events_charged_with_murder_is_legal_action(ctx):
    found = coded_moods(ctx, "{Prosecutors:USAJUD} charged {the officer:USACOP} with murder.")
    assert ("173", "USAJUD", "USACOP", "asserted") in found and not any(c.startswith("112") for c, *_ in found)


def test_events_charged_that_is_an_accusation(ctx):
    found = coded_moods(ctx, "{The opposition:INDOPP} charged that {the ruling party:INDPTY} had rigged the vote.")
    assert any(c == "112" for c, *_ in found), found


def test_events_will_stop_nuclear_tests_is_an_intent(ctx):
    assert coded_moods(ctx, "{North Korea:PRK} will stop nuclear tests.") == [("0356", "PRK", None, "intended")]


def test_events_halted_missile_tests_de_escalate(ctx):
    assert ("087", "PRK", None, "asserted") in coded_moods(ctx, "{Pyongyang:PRK} has halted its missile tests.")


def test_events_halted_drug_tests_are_no_event(ctx):
    assert coded_moods(ctx, "{The company:FRABUS} halted tests of the new drug.") == []
