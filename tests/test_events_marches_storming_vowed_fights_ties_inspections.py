"""Code classes that hand-judged news audits found miscoded, checked against the CAMEO 1.1b3 manual.

``posture.troops_march`` (150): troops who march show force, no protest (141 stays for crowds).
``riots.crowd_violence``: civilians or the opposition who storm a place riot (145); armed men still attack (190);
storming out of a room is no assault. ``struggles.pledged_struggle``: a vow to keep up the fight is a threat
(1384), not a cooperative intent (030), unless the fight is against a social ill. ``cooperate.economic_ties``
(061): economic ties opened are economic cooperation, not recognition (054). ``investigate.inspect``: a leader
inspecting troops or a school investigates no one.
``yield.grant_clemency``: a tax, immigration or gun amnesty releases no one held (0841 stays for prisoners).
``protest.demonstrate`` / ``protest.protest_noun``: a campaign rally is no protest (141).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


def codes(ctx, sentence: str) -> set[str]:
    _, found = code_example(ctx, sentence)
    return {e.cameo for e in found}


@pytest.mark.parametrize("sentence", [
    "{Hundreds of Chinese soldiers:CHNMIL} marched through {Hong Kong:HKG} on Sunday.",
    "{Turkish troops:TURMIL} marched into the border town on Friday.",
])
def test_events_troops_who_march_show_force_not_protest(ctx, sentence):
    found = codes(ctx, sentence)
    assert "150" in found and "141" not in found


def test_events_crowds_who_march_still_protest(ctx):
    assert "141" in codes(ctx, "{Thousands of students:CHLEDU} marched against {the government:CHLGOV} on Monday.")


@pytest.mark.parametrize("sentence", [
    "{Opposition supporters:VENOPP} stormed {the National Assembly:VENLEG} in Caracas.",
    "{Angry villagers:NGACVL} stormed {the police station:NGACOP} after the killing.",
])
def test_events_unarmed_people_storming_a_place_riot(ctx, sentence):
    found = codes(ctx, sentence)
    assert "145" in found and "190" not in found


def test_events_armed_men_storming_a_place_still_attack(ctx):
    assert "190" in codes(ctx, "{Gunmen:UAF} stormed {the army barracks:NGAMIL} at dawn.")


def test_events_storming_out_of_a_room_is_no_assault(ctx):
    assert not codes(ctx, "{The opposition deputies:KENOPP} stormed out of the assembly hall on Tuesday.") & {
        "190", "145"}


@pytest.mark.parametrize("sentence", [
    "{The rebels:SYRREB} vowed to keep up the fight.",
    "{Hamas:PSEREBHMS} pledged to continue the struggle against the occupation.",
])
def test_events_a_vow_to_keep_fighting_is_a_threat(ctx, sentence):
    found = codes(ctx, sentence)
    assert "1384" in found and "030" not in found


def test_events_a_vow_to_fight_a_social_ill_is_no_threat(ctx):
    assert "1384" not in codes(ctx, "{The minister:KENGOV} vowed to keep up the fight against poverty.")


def test_events_economic_ties_opened_are_economic_cooperation(ctx):
    _, found = code_example(ctx, "{Vietnam:VNM} restored trade ties with {Cambodia:KHM} after a decade.")
    assert ("VNM", "KHM", "061") in dyads(found) and "054" not in {e.cameo for e in found}


def test_events_diplomatic_relations_established_stay_recognition(ctx):
    _, found = code_example(ctx, "{Israel:ISR} established diplomatic relations with {Morocco:MAR} in December.")
    assert ("ISR", "MAR", "054") in dyads(found)


@pytest.mark.parametrize("sentence", [
    "{The Egyptian president:EGYGOV} inspected {the troops:EGYMIL} on Tuesday.",
    "{The governor:SYRGOV} inspected {the village school:SYREDU} and ordered repairs.",
])
def test_events_a_leader_inspecting_troops_or_works_investigates_no_one(ctx, sentence):
    assert "090" not in codes(ctx, sentence)


def test_events_inspectors_inspecting_a_state_still_investigate(ctx):
    _, found = code_example(ctx, "{IAEA inspectors:IGOUNOIAEA} inspected {Iran:IRN}'s nuclear sites on Monday.")
    assert ("IGOUNOIAEA", "IRN", "090") in dyads(found)



def test_events_an_amnesty_for_prisoners_releases_them(ctx):
    _, found = code_example(ctx, "{The Colombian government:COLGOV} granted an amnesty to {the rebels:COLREB}.")
    assert ("COLGOV", "COLREB", "0841") in dyads(found)


@pytest.mark.parametrize("sentence", [
    "{The Italian government:ITAGOV} offered a tax amnesty to {evaders:ITABUS}.",
    "{The president:USAGOV} granted an amnesty to {undocumented immigrants:USACVL}.",
])
def test_events_a_tax_or_immigration_amnesty_frees_no_one(ctx, sentence):
    assert "0841" not in codes(ctx, sentence)


@pytest.mark.parametrize("sentence", [
    "{The Ugandan president:UGAGOV} held a campaign rally in Kampala on Friday.",
    "{The Labour leader:GBRPTY} held a reelection rally in Manchester.",
])
def test_events_a_campaign_rally_is_no_protest(ctx, sentence):
    assert "141" not in codes(ctx, sentence)


def test_events_a_rally_against_the_government_is_a_protest(ctx):
    _, found = code_example(
        ctx, "{Thousands of opposition supporters:UGAOPP} held a rally against {the government:UGAGOV}.")
    assert ("UGAOPP", "UGAGOV", "141") in dyads(found)


def test_events_a_protest_against_election_results_is_a_protest(ctx):
    assert "141" in codes(ctx, "{Thousands of people:USACVL} staged a protest against the election results.")
