"""Code classes from hand-judged news audits, round two, checked against the CAMEO 1.1b3 manual.

``repression.repressed_crowd``: police or troops who fire on, clash with or kill protesters use violent
repression (175), not force against an army (190); rebels who attack protesters still attack.
``verbal_attacks.said_attack``: a person who attacks another "for" deaths or killings criticises (111): what the
target is blamed for is the charge, not force. ``explosives.explosive_code``: a vehicle blown up or an
explosive set off by hand is a bombing (183; 1831 suicide, 1832 car); a military vehicle blown up and an
attack with barrel bombs stay force. ``favoured_talks``: talks an actor favours or backs are its intent to
negotiate (036), and the fellow subjects of the verb are not each other's counterpart.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


def codes(ctx, sentence: str) -> set[str]:
    _, found = code_example(ctx, sentence)
    return {e.cameo for e in found}


@pytest.mark.parametrize("sentence", [
    "{Riot police:GRCCOP} fired tear gas at {the protesters:GRCOPP} outside parliament.",
    "{Troops:BLRMIL} clashed with {demonstrators:BLROPP} in the capital on Sunday.",
    "{Security forces:SYRMIL} killed at least forty {protesters:SYROPP} in the city.",
])
def test_events_state_force_on_protesters_is_violent_repression(ctx, sentence):
    found = codes(ctx, sentence)
    assert "175" in found and not found & {"190", "193"}


def test_events_rebels_attacking_protesters_still_attack(ctx):
    _, found = code_example(ctx, "{Rebels:SYRREB} attacked {the protesters:SYROPP} near the square.")
    assert "175" not in {e.cameo for e in found} and "190" in {e.cameo for e in found}


def test_events_police_fighting_gunmen_is_still_force(ctx):
    assert "175" not in codes(ctx, "{Police:PAKCOP} clashed with {gunmen:PAKUAF} near the border.")


@pytest.mark.parametrize("sentence", [
    "{Senator Warren:USALEG} attacked {the president:USAGOV} for the 200,000 deaths from the virus.",
    "{Jeremy Corbyn:GBROPP} attacked {Theresa May:GBRGOV} for the killings in the north.",
])
def test_events_attacking_someone_for_deaths_is_criticism(ctx, sentence):
    found = codes(ctx, sentence)
    assert "111" in found and "190" not in found


def test_events_a_gunman_attacking_guards_for_their_weapons_is_force(ctx):
    assert "190" in codes(ctx, "{A gunman:NGAUAF} attacked {the guards:NGAMIL} for their weapons.")


@pytest.mark.parametrize(("sentence", "code"), [
    ("{Militants:IRQUAF} blew up a car and a bus in {the market town:IRQ} on Friday.", "183"),
    ("{The militants:IRQUAF} detonated a car bomb outside {the ministry:IRQGOV}, killing nine people.", "1832"),
    ("{The rebels:SYRREB} attacked {government forces:SYRMIL} with two suicide car bombs.", "1831"),
])
def test_events_planted_or_carried_explosives_are_a_bombing(ctx, sentence, code):
    found = codes(ctx, sentence)
    assert code in found and "190" not in found


@pytest.mark.parametrize("sentence", [
    "{Rebels:COLREB} blew up {an army truck:COLMIL} near the border.",
    "{Syrian warplanes:SYRMIL} attacked {the town:SYR} with barrel bombs.",
])
def test_events_a_military_vehicle_blown_up_or_dropped_bombs_stay_force(ctx, sentence):
    assert not codes(ctx, sentence) & {"183", "1831", "1832", "1833"}


def test_events_favoured_talks_are_an_intent_without_a_fellow_as_counterpart(ctx):
    _, found = code_example(ctx, "{Italy:ITA} and {Germany:DEU} also favour an early start to talks.")
    assert "046" not in {e.cameo for e in found}
    assert not {("ITA", "DEU"), ("DEU", "ITA")} & {(s, t) for s, t, _ in dyads(found)}


def test_events_favoured_talks_with_a_named_partner_keep_the_partner(ctx):
    _, found = code_example(ctx, "{Italy:ITA} favours an early start to talks with {Turkey:TUR}.")
    assert ("ITA", "TUR", "036") in dyads(found)


def test_events_talks_held_by_two_states_stay_talks_both_ways(ctx):
    _, found = code_example(ctx, "{Italy:ITA} and {Germany:DEU} held talks in Rome on Monday.")
    assert {("ITA", "DEU", "046"), ("DEU", "ITA", "046")} <= dyads(found)


def test_events_talks_a_third_party_supports_are_no_intent_of_the_parties(ctx):
    _, found = code_example(
        ctx, "{The United States:USA} supports talks between {Israel:ISR} and {the Palestinians:PSE}.")
    assert ("ISR", "PSE", "036") not in dyads(found)
