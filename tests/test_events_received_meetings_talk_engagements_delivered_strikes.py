"""Meeting, engaging and delivering in their other senses; suicide bombers' attacks and a lone gunman's shots.

``events/misreadings.meets_with_a_reaction``: "the plan met with [criticism]" tells how a plan was received;
no one met anyone. ``events/misreadings.engages_in_talk``: "engaged the rebels in [talks]" draws a party into
talk, no armed engagement. ``07_aid.yaml`` / ``19_fight.yaml``: a strike "delivered" is carried out (195), not
military aid (072). ``18_assault.yaml``: suicide bombers who conduct an attack carry out a suicide bombing (1831),
and one gunman who shoots people commits unconventional violence (180), not a small-arms fight (193).
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_a_plan_met_with_criticism_is_no_meeting(ctx):
    _, found = code_example(ctx, "The {ministry:FRAGOV}'s plan has met with criticism from {unions:FRALAB}.")
    assert all(e.cameo[:2] != "04" for e in found)


def test_events_met_with_union_leaders_is_still_a_meeting(ctx):
    _, found = code_example(ctx, "{The minister:FRAGOV} met with {union leaders:FRALAB} on Monday.")
    assert ("FRAGOV", "FRALAB", "040") in dyads(found)


def test_events_engaging_a_caucus_in_a_debate_is_no_fighting(ctx):
    _, found = code_example(ctx, "{The senator:USALEG} hoped to engage {the caucus:USALEG} in a debate about taxes.")
    assert all(e.root != "19" for e in found)


def test_events_engaging_rebels_in_talks_is_no_fighting(ctx):
    _, found = code_example(ctx, "{The president:USAGOV} engaged {the rebels:COLREB} in talks on Monday.")
    assert all(e.root != "19" for e in found)


def test_events_engaging_insurgents_in_fighting_is_still_fighting(ctx):
    _, found = code_example(ctx, "{The army:USAMIL} engaged {the insurgents:AFGINS} in heavy fighting near the border.")
    assert any(e.root == "19" for e in found)


def test_events_a_delivered_missile_strike_is_a_strike_not_aid(ctx):
    _, found = code_example(ctx, "{Jets:ISRMIL} delivered a missile strike on {militia depots:LBNREB} at dawn.")
    assert ("ISRMIL", "LBNREB", "195") in dyads(found)
    assert all(e.cameo != "072" for e in found)


def test_events_delivered_missiles_are_still_military_aid(ctx):
    _, found = code_example(ctx, "{Iran:IRN} delivered missiles to {the Houthi rebels:YEMREB} last year.")
    assert ("IRN", "YEMREB", "072") in dyads(found)


def test_events_suicide_bombers_conducting_an_attack_is_a_suicide_bombing(ctx):
    _, found = code_example(ctx, "{Two suicide bombers:IRQREB} conducted an attack on {a checkpoint:IRQCOP} at noon.")
    assert ("IRQREB", "IRQCOP", "1831") in dyads(found)
    assert all(e.cameo != "190" for e in found)


def test_events_an_air_force_conducting_an_attack_is_still_force(ctx):
    _, found = code_example(ctx, "{The air force:USAMIL} conducted an attack on {militant camps:AFGINS} on Monday.")
    assert ("USAMIL", "AFGINS", "190") in dyads(found)


def test_events_a_lone_gunman_shooting_is_unconventional_violence(ctx):
    _, found = code_example(ctx, "{The gunman:USACVL} shot {a bank teller:USACVL} twice and drove away.")
    assert any(e.cameo == "180" for e in found)
    assert all(e.cameo != "193" for e in found)


def test_events_gunmen_shooting_policemen_are_still_small_arms_fire(ctx):
    _, found = code_example(ctx, "{Gunmen:PAKREB} shot {two policemen:PAKCOP} in Quetta.")
    assert ("PAKREB", "PAKCOP", "193") in dyads(found)
