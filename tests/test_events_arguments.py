"""Arguments read off the parse: datelines, topics of event nouns, and the words around them."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a dateline the parser makes a second subject gives way to the real subject
        ("{BERLIN:DEU} -- A {court:DEUJUD} in Bavaria has convicted {two Afghan men:AFGCVL} of fraud.",
         {("DEUJUD", "AFGCVL", "116")}),
        # ... or to the subject it hangs on the dateline as a conjunct
        ("{OSLO:NOR}, Norway - {Police:NORCOP} have arrested {three Swedish reporters:SWEMED} at a rally.",
         {("NORCOP", "SWEMED", "173")}),
        # ... also as the antecedent of a pronoun
        ("{RABAT:MAR} -- {Moroccan Prime Minister Aziz Alami:MARGOV} said on Monday that he has turned down a "
         "request from his Spanish counterpart {Luis Ortega:ESPGOV} to allow Spanish police to question suspects.",
         {("MARGOV", "ESPGOV", "120")}),
        # guard: a capitalised subject with no dash or colon after it is no dateline
        ("{EGYPT:EGY} condemned {Israel:ISR} on Sunday.", {("EGY", "ISR", "111")}),
    ],
)
def test_events_dateline_is_no_actor(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a state's name before a thing names its topic: criticising the inquiry criticises no Russian actor
        ("{Trump:USAGOV} criticized the {Russia:RUS} investigation on Monday.", {("USAGOV", None, "111")}),
        ("{The opposition:GRCOPP} condemned the {Ukraine:UKR} deal.", {("GRCOPP", None, "111")}),
        # guards: an adjective (even one the parser tags as a name) and a possessive name the owner
        ("{Merkel:DEUGOV} criticized the {Kuwaiti:KWT} decision.", {("DEUGOV", "KWT", "111")}),
        ("{Merkel:DEUGOV} criticized {Kuwait's:KWT} decision.", {("DEUGOV", "KWT", "111")}),
        # guard: before a place noun the name says where the thing is
        ("{Iraqi troops:IRQMIL} attacked the {Syria:SYR} border crossing.", {("IRQMIL", "SYR", "190")}),
    ],
)
def test_events_country_name_before_a_thing_is_its_topic(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # attacking a plan, a decision or remarks is criticism (111), not force
        ("{The German chancellor:DEUGOV} attacked the bailout plan on Monday.", {("DEUGOV", None, "111")}),
        ("{The senator:USALEG} savaged {the president's:USAGOV} budget plan.", {("USALEG", "USAGOV", "111")}),
        # guard: attacking people or positions is still an attack
        ("{Rebels:SYRREB} attacked {an army post:SYRMIL} near Homs.", {("SYRREB", "SYRMIL", "190")}),
    ],
)
def test_events_attacking_a_plan_is_criticism(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # "he" in words told before their frame, or inside quotes, is not the speaker
        ("He shot {one woman:CANCVL}, said {police spokesman Tom Baker:CANCOP}.", set()),
        ('"He shot {two customers:CANCVL}," said {police spokesman Tom Baker:CANCOP}.', set()),
        ('{Police spokesman Tom Baker:CANCOP} said: "He shot {two customers:CANCVL} in the shop."', set()),
        # guard: reported speech after its frame may speak of the speaker
        ("{Police spokesman Tom Baker:CANCOP} said he shot {the gunman:CANCRM} at the door.",
         {("CANCOP", "CANCRM", "193")}),
    ],
)
def test_events_quoted_he_is_not_the_speaker(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a speech verb the parser swallowed into the name's noun phrase: the speakers are not the gunmen
        ("{Police:CANCOP} allege Martin Olds, 52, shot {two men:CANCVL} at a party.", set()),
        # guard: a role before a name still names the person's side
        ("{Kremlin spokesman:RUSGOV} Dmitry Peskov criticized {Ukraine:UKR} on Monday.", {("RUSGOV", "UKR", "111")}),
    ],
)
def test_events_misparsed_speech_frame_is_not_the_doer(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # killing people in a market or on a road is an attack ("hit the market" is not)
        ("{A suicide bomber:IRQREB} killed {twelve shoppers:IRQCVL} in a market in Baghdad.",
         {("IRQREB", "IRQCVL", "1831")}),  # a suicide bomber's killing is a suicide bombing
        ("{Gunmen:AFGREB} killed {four travellers:AFGCVL} on a road near Kandahar.", {("AFGREB", "AFGCVL", "190")}),
        # killing a bill or a deal is no attack
        ("{The Senate:USALEG} killed the bill on Tuesday.", set()),
        # guard: the figurative "hit" stays out
        ("{The Chinese carmaker:CHNBUS} hit the market with {a cheaper model:CHNBUS}.", set()),
    ],
)
def test_events_killing_is_an_attack_wherever_it_happens(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def test_events_coordinated_verb_with_its_own_subject_is_its_own_act(ctx):
    """Two doers with the same code are still two acts; a participle with no subject of its own is not."""
    _, events = code_example(ctx, "{Gunmen:IRQREB} shot {a provincial governor:IRQGOV} on Monday, and {a suicide "
                                  "bomber:IRQREB} killed {ten people:IRQCVL} near the market.")
    assert dyads(events) == {("IRQREB", "IRQGOV", "193"), ("IRQREB", "IRQCVL", "1831")}
    _, events = code_example(ctx, "{Insurgents:SYRREB} shelled {the city:SYR} overnight, killing {eight "
                                  "civilians:SYRCVL}.")
    assert dyads(events) == {("SYRREB", "SYR", "194")}


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # attacks on an inquiry, the press or a ruling are words (111), and the inquiry's topic is no target
        ("{The prime minister:HUNGOV} stepped up his attacks on the press this week.", {("HUNGOV", None, "111")}),
        ("{The president:USAGOV} rebutted {the senator's:USALEG} attacks on the {Russia:RUS} inquiry.",
         {("USALEG", None, "111")}),
        # guard: an attack on an army post is force
        ("{Rebels:SYRREB} launched an attack on {an army post:SYRMIL} near Homs.", {("SYRREB", "SYRMIL", "190")}),
    ],
)
def test_events_attacks_on_words_are_criticism(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # violence with no codable victim takes the state of the place it happened in (CAMEO: "shelled the city")
        ("{Gunmen:AFGREB} opened fire in a crowded market in {Kabul:AFG} on Monday.", {("AFGREB", "AFG", "193")}),
        ("{Syrian troops:SYRMIL} shelled positions in {Aleppo:SYR}.", {("SYRMIL", "SYR", "194")}),
        # a named victim stays the target
        ("{Gunmen:AFGREB} opened fire at {the embassy:USAGOV} in Kabul.", {("AFGREB", "USAGOV", "193")}),
        # guards: an adjective names no place; a clash needs its other side, not a place
        ("{Islamic State jihadists:IMGMUSISI} seized 60 villages near the {Turkish:TUR} border.",
         {("IMGMUSISI", None, "192")}),
        ("{Rebels:SYRREB} fought in {Aleppo:SYR} for weeks.", set()),
    ],
)
def test_events_violence_with_unnamed_victims_targets_the_place(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # the official received is the target, not the country inside the official's title
        ("{The Omani foreign minister:OMNGOV} received {the Qatari ambassador:QATGOV} to {Oman:OMN}, Ahmed Khalil, "
         "on Monday.", {("OMNGOV", "QATGOV", "043"), ("QATGOV", "OMNGOV", "042")}),
        # guard: what is sent is no recipient; the "to" phrase is
        ("{Estonia:EST} sent {troops:ESTMIL} to {Mali:MLI} last year.", {("EST", "MLI", "072")}),
    ],
)
def test_events_required_object_acted_on_comes_before_its_inner_phrases(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # saying someone was responsible accuses them (112), aimed at the clause's subject
        ("Hours after the blasts, {the Afghan government:AFGGOV} said {Taliban militants:AFGINSTAL} were responsible "
         "for the bombing.", {("AFGGOV", "AFGINSTAL", "112")}),
        # guards: owning up blames no one else; being ready is no blame
        ("{The minister:FRAGOV} said he was responsible for the failure.", set()),
        ("{The ministry:RUSGOV} said {the rebels:UKRREB} were ready to talk.", set()),
    ],
)
def test_events_saying_someone_was_responsible_accuses_them(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # calling someone a liar or a stupid guy denounces them (111), it is no phone call
        ("{The Brazilian president:BRAGOV} called {the French leader:FRAGOV} a liar on Friday.",
         {("BRAGOV", "FRAGOV", "111")}),
        ("{The US president:USAGOV} on Tuesday called {Britain's ambassador:GBRGOV} a very stupid guy.",
         {("USAGOV", "GBRGOV", "111")}),
        # guards: a kind name is no event; a plain call is a phone call
        ("{The prime minister:GBRGOV} called {the German chancellor:DEUGOV} a close friend.", set()),
        # ... also when the parser hangs the name on the object as an apposition
        ("{The US president:USAGOV} on Tuesday called {Britain's ambassador:GBRGOV} a great guy.", set()),
        ("{The president:USAGOV} called {the Kremlin:RUSGOV} on Friday.", {("USAGOV", "RUSGOV", "041")}),
    ],
)
def test_events_name_calling_is_criticism(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def test_events_second_statement_is_not_the_first_ones_target(ctx):
    """Only acts of force have consequences; a coordinated statement is its own event with its own code."""
    _, events = code_example(ctx, "{Britain:GBR} criticized the raids and accused {Iran:IRN} of lying.")
    assert dyads(events) == {("GBR", "IRN", "112")}
    # guard: a purpose clause of the same meeting is no second meeting between the co-subjects
    _, events = code_example(ctx, "{The senators:USALEG} and {industry representatives:USABUS} met with {State "
                                  "Department officials:USAGOV} to discuss trade.")
    assert dyads(events) == {("USALEG", "USAGOV", "040"), ("USABUS", "USAGOV", "040")}


def test_events_who_is_sent_does_the_errand(ctx):
    """ "dispatched X to meet Y": X meets Y (the sender does not); "sent aid to help Y" stays the sender's."""
    _, events = code_example(ctx, "{President Trump:USAGOV} dispatched {the C.I.A. director Mike Pompeo:USASPY} to "
                                  "North Korea to meet with {its leader:PRKGOV}.")
    assert ("USASPY", "PRKGOV", "040") in dyads(events)
    assert ("USAGOV", "PRKGOV", "040") not in dyads(events)
    _, events = code_example(ctx, "{Japan:JPN} sent aid to help {the Philippines:PHL}.")
    assert dyads(events) == {("JPN", "PHL", "070")}


def test_events_marching_to_protest_is_one_protest(ctx):
    """A purpose clause of a protest is the same protest: the march keeps its trigger and gets the target."""
    _, events = code_example(ctx, "More than {10,000 people:GRCCVL} marched through central Athens to protest "
                                  "{the government's:GRCGOV} economic policies.")
    assert [(e.source.code, e.target.code if e.target else None, e.cameo, e.trigger_text) for e in events] == [
        ("GRCCVL", "GRCGOV", "141", "marched")]


def test_events_possessor_of_a_country_name_is_no_part_of_it(ctx):
    """ "[Mueller's] Russia investigation": the name is "Russia", so it is still the inquiry's topic."""
    _, events = code_example(ctx, "{Trump:USAGOV} criticized {Mueller's:USAJUD} {Russia:RUS} investigation.")
    assert all(e.target is None or e.target.code != "RUS" for e in events)
    assert all(e.source.code != "RUS" for e in events)
