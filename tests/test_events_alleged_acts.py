"""Reported acts whose speech verb the tagger read as a noun, purpose infinitives hung on
a noun, and crowds that take to the streets.

1. "Police allege X opened fire": after a plural subject the tagger often reads a present-tense speech verb
   ("allege") as a noun; the police then land beside the doer as a second subject, or inside the doer's
   phrase, or as the noun the reported clause hangs on. The doer is X; the police are the attribution
   (``topics.misparsed_frame``, ``voice.subject_past_dateline``, ``attribution``).
2. "took to the streets in a general strike to protest X": the parser hangs the purpose infinitive on the
   noun of an "in" phrase or on the object of a verb of joining ("joined a strike to protest"); its doer is
   the clause's subject (``subjects._undertaker_verb``), unless the noun names its own owner.
3. "took to the streets" / "poured into the streets" is a demonstration (141, ``protest.take_to_streets``);
   a crowd out to celebrate is not (``misreadings.a_celebration``).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{Canadian police:CANCOP} allege a {man:CANCVL} opened fire at a restaurant on Friday.", "CANCVL"),
    ("{Police:CANCOP} allege {Peter Novak:CANCVL}, 41, opened fire at a Winnipeg bar on Friday.", "CANCVL"),
    ("{Australian police:AUSCOP} allege a {teenager:AUSCVL} shot two guards at a mall.", "AUSCVL"),
])
def test_events_alleged_act_is_done_by_the_one_named_not_the_police(ctx, example, expected):
    _, found = code_example(ctx, example)
    sources = {e.source.code for e in found if e.cameo[:2] in ("18", "19")}
    assert sources == {expected}


@pytest.mark.parametrize(("example", "speaker"), [
    ("{Canadian police:CANCOP} allege a {man:CANCVL} opened fire at a restaurant on Friday.", "Canadian police"),
    ("{Police:CANCOP} allege {Peter Novak:CANCVL}, 41, opened fire at a Winnipeg bar on Friday.", "Police"),
])
def test_events_alleged_act_is_attributed_to_the_police(ctx, example, speaker):
    _, found = code_example(ctx, example)
    shots = [e for e in found if e.cameo[:2] == "19"]
    assert shots and all(e.attribution == speaker for e in shots)
    assert all(e.attribution_code for e in shots)


@pytest.mark.parametrize("example", [
    "{Canadian police:CANCOP} said a {man:CANCVL} opened fire at a restaurant on Friday.",  # tagged right
    "{Police:CANCOP} opened fire on {protesters:CANCVL} in the capital.",  # the police do it
])
def test_events_speech_guards(ctx, example):
    _, found = code_example(ctx, example)
    # one man opening fire is 180; police firing on protesters violent repression (175)
    shots = [e for e in found if e.cameo[:2] in ("18", "19") or e.cameo == "175"]
    assert shots
    assert ("said" in example) == (shots[0].source.code == "CANCVL")


@pytest.mark.parametrize(("example", "expected"), [
    ("{Thousands of nurses:ESPMED} took to the streets in a general strike to protest against "
     "{the government:ESPGOV}.", ("ESPMED", "ESPGOV", "141")),
    ("{Dock workers:GRCLAB} joined a nationwide strike to protest against {the government:GRCGOV}.",
     ("GRCLAB", "GRCGOV", "141")),
    ("{Hundreds of students:CHLEDU} gathered in the capital in an effort to protest against "
     "{the government:CHLGOV}.", ("CHLEDU", "CHLGOV", "141")),
])
def test_events_purpose_infinitive_on_a_noun_is_done_by_the_subject(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


def test_events_purpose_on_an_owned_noun_is_the_owners(ctx):
    _, found = code_example(ctx, "{Students:CHLEDU} marched in support of the {US:USA} plan to attack {Iran:IRN}.")
    assert not [e for e in found if e.source.code == "CHLEDU" and e.cameo[:2] == "19"]


@pytest.mark.parametrize(("example", "expected"), [
    ("{Thousands of nurses:ESPMED} took to the streets of Madrid against {the government:ESPGOV} on Sunday.",
     ("ESPMED", "ESPGOV", "141")),
    ("{Thousands of people:PRTCVL} took to the streets of {Porto:PRT} on Saturday.", ("PRTCVL", None, "141")),
    ("{Protesters:HKGCVL} poured into the streets of the city on Sunday.", ("HKGCVL", None, "141")),
])
def test_events_taking_to_the_streets_is_a_demonstration(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


@pytest.mark.parametrize("example", [
    "{Football fans:ARGCVL} took to the streets to celebrate the victory.",
    "{Football fans:ARGCVL} took to the streets in celebration.",
    "{The police:USACOP} took the suspect to the street.",
])
def test_events_streets_guards(ctx, example):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.root == "14"]


@pytest.mark.parametrize(("example", "forbidden"), [
    # the subject of "in a bid to halt/break" is no doer of the fire or siege it would end
    ("{Rebels:SYRREB} fought {government forces:SYRMIL} in a bid to break the siege of {Aleppo:SYR}.", "191"),
    ("{Rebels:SYRREB} fought {government forces:SYRMIL} in a bid to halt rocket fire on {Aleppo:SYR}.", "19"),
    # one urged "in a statement to investigate" is only asked to act
    ("{The Arab League chief:IGOARBARL} urged {the UN inspectors:IGOUNO} in a statement to investigate the "
     "killings.", "09"),
])
def test_events_purpose_guards(ctx, example, forbidden):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.cameo.startswith(forbidden) and e.cameo != "190"]


def test_events_going_to_a_place_is_no_leaving_office(ctx):
    _, found = code_example(ctx, "{The Arab League chief:IGOARBARL} urged the inspectors to go to the camp.")
    assert not [e for e in found if e.cameo == "1041"]
    _, found = code_example(ctx, "{The Arab League chief:IGOARBARL} urged {President Assad:SYRGOV} to go.")
    assert ("IGOARBARL", "SYRGOV", "1041") in dyads(found)


@pytest.mark.parametrize(("example", "forbidden"), [
    # a judged decision or plan is someone else's: the judge does not lift or deploy (``subjects.JUDGING_VERBS``)
    ("{Iran:IRN} welcomed the decision to lift sanctions on {Iraq:IRQ}.", "08"),
    ("{Russia:RUS} condemned the plan to send troops to {Ukraine:UKR}.", "07"),
])
def test_events_a_judged_decision_is_not_the_judges_act(ctx, example, forbidden):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.cameo.startswith(forbidden)]


def test_events_a_stated_need_is_still_the_speakers(ctx):
    _, found = code_example(ctx, "{Trump:USAGOV} stressed the need to impose sanctions on {Iran:IRN}.")
    assert ("USAGOV", "IRN", "163") in dyads(found)
