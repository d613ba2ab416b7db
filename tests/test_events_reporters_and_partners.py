"""Who takes no part in an event: the reporter in an "according to" phrase, a state named as the possessor
of its partners or allies, and the place where a bomb went off."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "absent"), [
    # the project that published the survey is no recipient of the drones
    ("{China:CHN} has supplied most of the drones the army has bought since 2019, according to a survey "
     "released by the {Geneva:CHE} Small Arms Project.", "CHE"),
])
def test_events_according_to_phrase_is_no_party(ctx, example, absent):
    _, events = code_example(ctx, example)
    assert all(absent not in (source, target) for source, target, _ in dyads(events))


@pytest.mark.parametrize(("example", "absent"), [
    # a state's partners, allies and neighbours are other states
    ("{Berlin:DEU}'s closest European partners rejected the proposal on Tuesday.", "DEU"),
    ("{France:FRA} criticized {Moscow:RUS}'s allies in the region.", "RUS"),
    ("{Syria:SYR}'s neighbours condemned the attack on the border town.", "SYR"),
])
def test_events_partners_of_a_state_are_not_that_state(ctx, example, absent):
    _, events = code_example(ctx, example)
    assert all(absent not in (source, target) for source, target, _ in dyads(events))


@pytest.mark.parametrize(("example", "expected"), [
    # guards: the state's own organs, and a state itself beside an "according to" phrase, keep their code
    ("{Russia:RUS}'s foreign ministry rejected the proposal.", {("RUS", None)}),
    ("{Turkey:TUR} accused {Iran:IRN} of spying, according to the {Turkish foreign ministry:TURGOV}.",
     {("TUR", "IRN")}),
])
def test_events_owners_and_reported_acts_keep_their_parties(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert {(source, target) for source, target, _ in dyads(events)} == expected


@pytest.mark.parametrize(("example", "absent"), [
    # where a bomb or rocket went off is not who set or fired it
    ("A roadside bomb in {Kandahar:AFG} killed three {Afghan soldiers:AFGMIL} on Sunday.", "AFG"),
    ("Last month a car bomb in {Odessa:UKR} killed a {Georgian volunteer:GEOCVL}.", "UKR"),
])
def test_events_place_of_a_weapon_is_not_its_doer(ctx, example, absent):
    _, events = code_example(ctx, example)
    assert all(source != absent for source, _, _ in dyads(events))


def test_events_weapon_fired_from_a_place_keeps_its_doer(ctx):
    _, events = code_example(ctx, "Rockets from {Gaza:PSEGZA} hit the {Israeli:ISR} town of Sderot.")
    assert {(source, target) for source, target, _ in dyads(events)} == {("PSEGZA", "ISR")}
