"""Acts not done, rhetoric that is no force, and pledges of support (own sentences).

* A request verb's infinitive hung beside it after the one asked ("called [upon] the Council [to] conduct an
  inquiry", "pleaded [with] X [to] halt") is asked for, not done (``requested.split_request``); a phone call's
  object or a day asks nobody ("called Erdogan on Friday to convey support").
* The purpose of a preparation ("mobilising its forces [to storm]", "massed troops [to invade]") is intended; a
  crowd that "massed in the square to demand" gathered and demanded (``prepared.prepared_for``).
* What a right or power allows ("had the right [to declare]") is hypothetical, unless the right is used
  ("used its power to block": done) (``prepared.only_a_right``).
* Attacking an abstract thing ("human life", "our democracy") is rhetoric: no 190 (``fight.attack`` not_object).
* A person's attacks that someone answers are criticism (111); an army's answer to a warlord's attacks stays force
  (``verbal_attacks``).
* Pledges of support follow CAMEO 1.1b3: a promise to support is 032, support given or endorsement 051.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, cameo", [
    ("{The rebels:SYRREB} called upon {the Security Council:IGOUNO} to conduct an immediate investigation into "
     "the shelling.", "09"),
    ("{The rebels:SYRREB} called upon {the Security Council:IGOUNO} to convene a session and conduct an "
     "investigation into it.", "09"),
    ("{The minister:FRAGOV} pleaded with {Russia:RUS} to halt the bombing of the city.", "087"),
    ("{The senator:USALEG} challenged {the minister:USAGOV} to deny the reports.", "016"),
])
def test_events_an_act_asked_after_the_one_asked_is_hypothetical(ctx, example, cameo):
    found = coded_moods(ctx, example, cameo)
    assert found and all(m == "hypothetical" for *_, m in found), found


def test_events_a_phone_call_on_a_day_asks_nothing(ctx):
    found = coded_moods(ctx, "{The prime minister:PAKGOV} called {the Turkish president:TURGOV} on Friday to convey "
                         "his support.", "05")
    assert found and all(m == "asserted" for *_, m in found), found


@pytest.mark.parametrize("example", [
    "{The police:GRCCOP} is mobilising its forces to storm {the squat:GRCCVL}.",
    "{The army:SYRMIL} massed troops on the border to attack {the rebels:SYRREB}.",
    "{The army:SYRMIL} has built up forces to attack {the rebels:SYRREB} in the north.",
])
def test_events_the_purpose_of_a_preparation_is_intended(ctx, example):
    found = coded_moods(ctx, example, "1384")
    assert found and all(m == "intended" for *_, m in found), found
    assert not coded_moods(ctx, example, "190"), "the attack is not coded as done"


@pytest.mark.parametrize("example, cameo", [
    ("Thousands of {protesters:SYROPP} massed in the square to demand that {the president:SYRGOV} step down.",
     "10"),
    ("{Putin:RUSGOV} went to Ankara to meet {Erdogan:TURGOV}.", "04"),
])
def test_events_a_gathering_or_a_trip_for_a_purpose_did_it(ctx, example, cameo):
    found = coded_moods(ctx, example, cameo)
    assert found and all(m == "asserted" for *_, m in found), found


@pytest.mark.parametrize("example, cameo", [
    ("{The president:USAGOV} said he had the absolute right to declare a national emergency.", "172"),
    ("{The council:IGOUNO} has the power to impose sanctions on {Iran:IRN}.", "16"),
    ("{The Russian military:RUSMIL} said it had asked for authorisation to resume its air strikes on "
     "{the rebels:SYRREB}.", "19"),
    ("{The army:TURMIL} won approval to attack {the militants:SYRREB} across the border.", "19"),
])
def test_events_what_a_right_allows_is_hypothetical(ctx, example, cameo):
    found = coded_moods(ctx, example, cameo)
    assert found and all(m == "hypothetical" for *_, m in found), found


@pytest.mark.parametrize("example, cameo", [
    ("{Russia:RUS} used its veto power to block the resolution against {Syria:SYR}.", "12"),
    ("{Russia:RUS} exercised its right to expel {the British diplomats:GBRGOV}.", "16"),
])
def test_events_a_right_used_is_done(ctx, example, cameo):
    found = coded_moods(ctx, example, cameo)
    assert found and all(m == "asserted" for *_, m in found), found


@pytest.mark.parametrize("example", [
    "{The government:GRCGOV} has been attacking human life by all means possible.",
    "{The regime:SYRGOV} attacks our democracy and our values every day.",
])
def test_events_attacking_an_abstract_thing_is_no_force(ctx, example):
    assert not coded_moods(ctx, example, "19"), coded_moods(ctx, example)


def test_events_attacking_positions_is_still_force(ctx):
    found = coded_moods(ctx, "{Government forces:SYRMIL} attacked {rebel positions:SYRREB} near Hama.", "19")
    assert ("190", "SYRMIL", "SYRREB", "asserted") in found, found


@pytest.mark.parametrize("example, expected", [
    ("{Mr. Trump:USAGOV} responded to {Mr. Fox:MEXGOV}'s attacks, noting on Twitter that he had been invited.",
     ("111", "MEXGOV", None, "asserted")),
    ("In response to {Mr. Obama:USAGOV}'s attacks, {the senator:USALEG} said the plan was sound.",
     ("111", "USAGOV", None, "asserted")),
])
def test_events_a_persons_attacks_answered_are_criticism(ctx, example, expected):
    found = coded_moods(ctx, example)
    assert expected in found and not [e for e in found if e[0].startswith("19")], found


@pytest.mark.parametrize("example", [
    "{The army:LBYMIL} responded to {Haftar:LBYREB}'s attacks with artillery fire.",
    "{The army:SYRMIL} responded to {the rebels:SYRREB}'s attacks on the town.",
])
def test_events_attacks_answered_by_force_or_by_a_group_stay_force(ctx, example):
    found = coded_moods(ctx, example)
    assert [e for e in found if e[0] == "190"] and not [e for e in found if e[0] == "111"], found


@pytest.mark.parametrize("example, expected", [
    ("{Hungary:HUN} said it will support {the Security Council:IGOUNO} resolution.",
     ("032", "HUN", "IGOUNO", "intended")),
    ("{The senator:USALEG} pledged to support {the governor:USAGOV}.", ("032", "USALEG", "USAGOV", "intended")),
    ("{The senator:USALEG} endorsed {the governor:USAGOV} on Monday.", ("051", "USALEG", "USAGOV", "asserted")),
    ("{The senator:USALEG} backs {the governor:USAGOV}.", ("051", "USALEG", "USAGOV", "asserted")),
])
def test_events_a_pledge_of_support_is_032_and_support_given_051(ctx, example, expected):
    assert expected in coded_moods(ctx, example)
