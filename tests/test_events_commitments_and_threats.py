"""Commitments and threats.

"Commit" promises only with "to" ("committed itself to reform"; "is committed to opening"): "committed a crime"
and "the massacre the army committed" tell of the deed. "Undertake" promises only with a clause ("undertook to
repay"), not with an object ("undertook a mission").
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example", [
    "Observers said {the Malian army:MLIMIL} committed a crime in the town on Friday.",
    "{Canada:CAN} condemned the massacre {the Burmese army:MMRMIL} committed in the village.",
    "{Rebel fighters:COLREB} have committed dozens of abuses against {villagers:COLCVL}.",
    "{The Chadian army:TCDMIL} committed ceasefire violations near the border.",
    "{Ghanaian soldiers:GHAMIL} undertook a long mission in {Mali:MLI}.",
])
def test_events_committed_deed_is_no_intent(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.root == "03"]


@pytest.mark.parametrize(("example", "expected"), [
    # guards and rules: a commitment "to" something stays an intent, also as a present passive
    ("{Peru:PER} committed itself to closer trade ties with {Chile:CHL}.", {("PER", "CHL", "030")}),
    ("{The Kenyan government:KENGOV} is committed to opening its ports.", {("KENGOV", None, "030")}),
    ("{The Kenyan government:KENGOV} is committed to reforming.", {("KENGOV", None, "030")}),
    ("{Kenya:KEN} is committed to peace with {Somalia:SOM}.", {("KEN", "SOM", "030")}),
    ("{The minister:KENGOV} said {the Kenyan government:KENGOV} is committed to reforming the police.",
     {("KENGOV", None, "030")}),
    ("{Mozambican rebels:MOZREB} committed to a truce with {the government:MOZGOV} on Sunday.",
     {("MOZREB", "MOZGOV", "0356")}),
    ("{Ghana:GHA} undertook to repay its loans to {China:CHN} within five years.", {("GHA", "CHN", "030")}),
    ("{The EU:IGOEUREEC} committed 5 billion euros to {Ukraine:UKR}.", {("IGOEUREEC", "UKR", "033")}),
])
def test_events_commitment_to_act_is_an_intent(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


def test_events_past_committal_to_trial_is_no_intent(ctx):
    _, found = code_example(ctx, "{The Kenyan opposition leader:KENOPP} was committed to trial on Monday.")
    assert not found


def test_events_threats_by_someone_are_his_threats(ctx):
    _, found = code_example(
        ctx, "Talks collapsed after weeks of threats by {the Bolivian president:BOLGOV} that he would seize the mines.")
    assert ("BOLGOV", None, "130") in dyads(found)


@pytest.mark.parametrize(("example", "expected"), [
    # a "that" clause with its own subject is a clause, even when the tagger reads its bare verb as a noun
    ("{Peru's army chiefs:PERMIL} have demanded that {the president:PERGOV} resign.", {("PERMIL", "PERGOV", "1041")}),
    ("{Peru's military top brass:PERMIL} has demanded that {the president:PERGOV} resign.",
     {("PERMIL", "PERGOV", "1041")}),
    # guards: already coded before
    ("{Kenyan protesters:KENOPP} demanded that {the governor:KENGOV} step down.", {("KENOPP", "KENGOV", "1041")}),
    ("{The Bolivian opposition:BOLOPP} demanded that {the interior minister:BOLGOV} resign immediately.",
     {("BOLOPP", "BOLGOV", "1041")}),
])
def test_events_demand_that_someone_resign(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


@pytest.mark.parametrize("example", [
    # guards: a naming verb's predicate is still no event of its own ("called the plan a disaster")
    "{The Bolivian president:BOLGOV} called the talks a waste of time.",
    "{The Kenyan minister:KENGOV} termed the strike illegal.",
])
def test_events_naming_predicate_still_names(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.root in ("04", "14")]


@pytest.mark.parametrize(("example", "expected"), [
    # people who work for a body are its people: "inspectors for the UN agency" are the agency's
    ("Three inspectors for the {UN atomic agency:IGOUNO} were expelled from {Iran:IRN} on Monday.",
     {("IRN", "IGOUNO", "1662")}),
    ("{Iran:IRN} expelled three inspectors for the {UN atomic agency:IGOUNO}.", {("IRN", "IGOUNO", "1662")}),
    # guard: a "for" phrase of anything else names no owner ("troops for Lebanon" are not Lebanon's)
    ("{Iran:IRN} sent troops for {Lebanon:LBN}.", {("IRN", "LBN", "072")}),
])
def test_events_staff_for_a_body_are_its_people(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


@pytest.mark.parametrize(("example", "expected"), [
    # "[UK] and EU negotiators": the parser hangs both names on the head without a conj; both are members
    ("{UK:GBR} and {EU negotiators:IGOEUREEC} have agreed a landmark fisheries agreement.",
     {("GBR", "IGOEUREEC", "057"), ("IGOEUREEC", "GBR", "057")}),
    ("{UK:GBR} and {EU negotiators:IGOEUREEC} reached an agreement on fisheries.",
     {("GBR", "IGOEUREEC", "057"), ("IGOEUREEC", "GBR", "057")}),
    ("Talks stalled after the first public meeting between {Egyptian:EGY} and {Syrian security chiefs:SYRSPY}.",
     {("EGY", "SYRSPY", "040"), ("SYRSPY", "EGY", "040")}),
    ("{Zambia:ZMB} will complete negotiations with the {IMF:IGOUNODEVIMF} and {World Bank:IGOUNODEVWBK} next week.",
     {("ZMB", "IGOUNODEVIMF", "036"), ("ZMB", "IGOUNODEVWBK", "036")}),
    # guards: coordinated adjectives that are no names, and a proper conj, as before
    ("Senior and junior {Kenyan officials:KENGOV} met {the Ugandan envoy:UGAGOV}.", {("KENGOV", "UGAGOV", "040")}),
    ("{British:GBR} and {French negotiators:FRAGOV} have agreed a new fisheries deal.",
     {("GBR", "FRAGOV", "057"), ("FRAGOV", "GBR", "057")}),
])
def test_events_coordinated_name_modifiers_are_members(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


@pytest.mark.parametrize(("example", "expected"), [
    # coordinated doers of one code are one side: they act as one doer would, not not at all
    ("{The Kenyan president:KENGOV} and {his finance minister:KENGOV} attended the summit in Nairobi.",
     {("KENGOV", None, "040")}),
    ("{The Kenyan president:KENGOV} and {his finance minister:KENGOV} agreed to cut fuel taxes.",
     {("KENGOV", None, "030")}),
    # guard: two sides still pair
    ("{Kenya:KEN} and {Uganda:UGA} agreed to reopen the border.", {("KEN", "UGA", "030"), ("UGA", "KEN", "030")}),
])
def test_events_coordinated_doers_of_one_code_act_as_one(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


@pytest.mark.parametrize("example", [
    # money and permits awarded are court or business matters, no honour (051)
    "{Kenyan regulators:KENGOV} awarded {the Chinese firm:CHNBUS} permits to build a port.",
    "{A Kenyan court:KENJUD} awarded {the families:KENCVL} 5 million dollars.",
])
def test_events_awarded_money_or_permits_is_no_praise(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.cameo == "051"]


def test_events_awarded_medal_is_still_praise(ctx):
    _, found = code_example(ctx, "{Kosovo:XKX} awarded its highest medal to {the Albanian president:ALBGOV}.")
    assert dyads(found) == {("XKX", "ALBGOV", "051")}


@pytest.mark.parametrize("example", [
    # a plea in court is no appeal to anyone (020)
    "{The former Kenyan minister:KENGOV} pleaded guilty to fraud on Monday.",
    "{The Kenyan opposition leader:KENOPP} pleaded not guilty to the charges.",
])
def test_events_plea_in_court_is_no_appeal(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.root == "02"]


def test_events_pleading_with_someone_is_still_an_appeal(ctx):
    _, found = code_example(ctx, "{The Kenyan president:KENGOV} pleaded with {Uganda:UGA} to reopen the border.")
    assert dyads(found) == {("KENGOV", "UGA", "020")}


def test_events_forecast_calls_for_nothing(ctx):
    # a forecast "calls for" rain: a text, like an agreement or a plan, is no one who demands
    _, found = code_example(ctx, "{The Kenyan weather service:KENGOV}'s forecast calls for heavy rain in the west.")
    assert not found
    _, found = code_example(ctx, "{The Kenyan weather service:KENGOV} calls for calm in the west.")
    assert dyads(found) == {("KENGOV", None, "0256")}  # guard: the body itself still does
