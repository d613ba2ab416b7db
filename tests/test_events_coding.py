"""Arguments, coordination, passives, evidence spans, ids and the stage itself."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads, marked_article
from eventwire import events as events_stage
from eventwire.model import Actor, Article, Span
from eventwire.pipeline import ARTICLE_STAGES


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # passive: the "by" agent is the source, the subject the target
        ("{The village:SYR} was attacked by {Islamic State fighters:IMGMUSISI} on Sunday.",
         {("IMGMUSISI", "SYR", "190")}),
        ("{Two opposition leaders:RUSOPP} were detained by {the police:RUSCOP} on Saturday.",
         {("RUSCOP", "RUSOPP", "173")}),
        # coordinated sources and targets give one event each
        ("{The US:USA} and {France:FRA} accused {Russia:RUS} of lying.",
         {("USA", "RUS", "112"), ("FRA", "RUS", "112")}),
        ("{Russia:RUS} criticized {Britain:GBR} and {France:FRA} on Monday.",
         {("RUS", "GBR", "111"), ("RUS", "FRA", "111")}),
        # symmetric meeting without a target: the reciprocal pair
        ("{Trump:USAGOV} and {Putin:RUSGOV} spoke by phone on Tuesday.",
         {("USAGOV", "RUSGOV", "041"), ("RUSGOV", "USAGOV", "041")}),
        # possessor of an event noun is its source
        ("{Putin's:RUSGOV} continued support for {Assad:SYRGOV} angered Washington.", {("RUSGOV", "SYRGOV", "051")}),
        # light verb: the subject of "had" is the source of the noun
        ("{Trump:USAGOV} had a phone discussion with {Putin:RUSGOV}.", {("USAGOV", "RUSGOV", "041")}),
        # object control: "urged Russia to rein in" -> the demand targets Russia
        ("{Trump:USAGOV} called for {Russia:RUS} to rein in {Assad:SYRGOV}.", {("USAGOV", "RUS", "1056")}),
        # a meeting in one side's seat of government is hosted by that side
        ("{Trump:USAGOV} met with {Lavrov:RUSGOV} at {the White House:USAGOV}.", {("USAGOV", "RUSGOV", "043")}),
        ("{Merkel:DEUGOV} met {Putin:RUSGOV} in {Sochi:RUS} on Tuesday.", {("DEUGOV", "RUSGOV", "042")}),
        ("{The U.S.:USA} launched missiles at {a Syrian air base:SYRMIL} in April.", {("USA", "SYRMIL", "195")}),
        # one-sided codes need no target
        ("{The Somali group al-Shabab:SOMREB} claimed responsibility for the bombing.", {("SOMREB", None, "015")}),
        # a threatened act is coded as the threat; a "must" statement as a demand on the clause's subject
        ("{Iran:IRN} has threatened to close all borders with {Iraqi Kurdistan:IRQKRD}.", {("IRN", "IRQKRD", "1381")}),
        ("{Russia:RUS} says {Israel:ISR} must end its raids on {Syria:SYR}.",  # "its" is Israel's
         {("RUS", "ISR", "100"), ("ISR", "SYR", "190")}),
        # the author of a resolution/report does what its participle says
        ("{Albania's parliament:ALBLEG} passed a resolution criticizing {President Ilir Meta:ALBGOV}.",
         {("ALBLEG", "ALBGOV", "111")}),
        # the subject of "responded with"/"engaged X in" does the event noun; an onlooker does not
        ("{The president:USAGOV} responded with a missile attack against {a Syrian air base:SYRMIL}.",
         {("USAGOV", "SYRMIL", "195")}),
        ("{Police:IDNCOP} identified the bomber in an attack on {the Australian embassy:AUSGOV}.", set()),
        # a participle continuing the same act is its consequence; a different act is its own event
        ("{Insurgents:SYRREB} shelled {the city:SYR} overnight, killing {eight civilians:SYRCVL}.",
         {("SYRREB", "SYR", "194")}),
        ("{The army:NGAMIL} attacked {the village:NGA} and arrested {ten men:NGACVL}.",
         {("NGAMIL", "NGA", "190"), ("NGAMIL", "NGACVL", "173")}),
        # coordinated nouns share the light verb's subject
        ("{The OIC:IGOMOSOIC} expressed its rejection and condemnation of {the Israeli declaration:ISRGOV}.",
         {("IGOMOSOIC", "ISRGOV", "111")}),
    ],
)
def test_events_coding_dyads(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    "example",
    [
        "{Russia:RUS} said on Monday that it was studying the report.",  # a plain statement is no event
        "Police arrested {a man:USACVL} in Ohio.",  # no coded source
        "The talks between the two sides resumed.",  # no actors at all
        "{The president:USAGOV} met {the vice president:USAGOV} on Monday.",  # same actor code on both sides
        "{Trump:USAGOV} called the investigations of {Russia:RUS} a hoax.",  # naming, not a phone call
        "Sign up for our newsletter. Copyright 2017 {The Associated Press:USAMED}. All rights reserved.",
        "{Hyundai:KORBUS} plans to build a plant in {India:IND} to meet the demand.",  # meeting a demand
        "{Officials:BGDGOV} said it killed {nine villagers:BGDCVL}.",  # "it" is not the officials
        "The call was seconded by {Merkel:DEUGOV} and {Johnson:GBRGOV}.",  # an appeal, not a phone call
    ],
)
def test_events_coding_no_event_without_pattern_and_actors(ctx, example):
    _, events = code_example(ctx, example)
    assert events == []


@pytest.mark.parametrize("sentence", [
    '{Merkel:DEUGOV} praised the deal, calling it "a sensible step for both countries."',
    "{Merkel:DEUGOV} praised the deal, calling it a sensible step.",
])
def test_events_coding_calling_something_a_name_is_no_demand(ctx, sentence):
    _, events = code_example(ctx, sentence)  # "step" is also a word of "step down" (demand resignation, 1041)
    assert not [e for e in events if e.root == "10"]


def test_events_coding_finite_verb_after_an_infinitive_keeps_the_main_subject(ctx):
    _, events = code_example(
        ctx, "{Opposition leaders:KENOPP} urged {the government:KENGOV} to release the detained demonstrators "
        "and called for talks.")
    assert {e.source.code for e in events} == {"KENOPP"}


def test_events_coding_the_leaders_refers_to_the_last_pair(ctx):
    _, events = code_example(
        ctx, "{Trump:USAGOV} and {Putin:RUSGOV} spoke by phone on Tuesday. "
        "{The Kremlin:RUSGOV} said the leaders also agreed to set up a meeting in July.")
    intent = {(e.source.code, e.target.code) for e in events if e.cameo == "036"}
    assert intent == {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")}
    assert all(e.attribution == "The Kremlin" for e in events if e.cameo == "036")


def test_events_coding_evidence_spans_slice_back(ctx):
    article, events = code_example(ctx, "{Trump:USAGOV} had a phone discussion with {Putin:RUSGOV} on Tuesday.")
    (event,) = events
    text = article.text
    assert event.trigger.slice(text) == event.trigger_text == "phone discussion"
    assert event.span.slice(text) == "Trump had a phone discussion with Putin"
    assert event.sentence_span.slice(text) == event.sentence
    assert event.source.span.slice(text) == "Trump" and event.target.span.slice(text) == "Putin"
    assert (event.root, event.quad_class, event.goldstein, event.plover) == ("04", 1, 1.0, "CONSULT")
    assert event.pattern == "consult.phone_call_noun"
    assert 0.0 < event.confidence <= 1.0


def test_events_coding_ids_are_deterministic_and_distinct(ctx):
    example = "{The US:USA} and {France:FRA} accused {Russia:RUS} of lying."
    _, first = code_example(ctx, example, article_id="a1")
    _, again = code_example(ctx, example, article_id="a1")
    _, other = code_example(ctx, example, article_id="a2")
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first)
    assert not {e.id for e in first} & {e.id for e in other}


def test_events_stage_is_registered_after_actors():
    assert "events" in ARTICLE_STAGES
    if "actors" in ARTICLE_STAGES:
        assert ARTICLE_STAGES.index("actors") < ARTICLE_STAGES.index("events")


def test_events_stage_run_fills_article_events_and_roundtrips(ctx):
    article = marked_article("{Ukraine:UKR} blamed {Russia:RUS} for the failure of the talks.", "run1")
    ctx.docs[article.id] = ctx.nlp(article.text)
    try:
        (done,) = events_stage.run([article], ctx)
    finally:
        ctx.docs.clear()
    assert [(e.source.code, e.target.code, e.cameo) for e in done.events] == [("UKR", "RUS", "112")]
    assert Article.from_dict(done.to_dict()).events == done.events


def test_events_stage_skips_articles_without_parse_or_actors(ctx):
    unparsed = marked_article("{Russia:RUS} condemned {Ukraine:UKR}.", "noparse")
    no_actors = Article(id="noactors", text="Russia condemned Ukraine.")
    ctx.docs[no_actors.id] = ctx.nlp(no_actors.text)
    try:
        out = events_stage.run([unparsed, no_actors], ctx)
    finally:
        ctx.docs.clear()
    assert [a.events for a in out] == [[], []]


def test_events_uncoded_actor_mentions_are_ignored(ctx):
    article = marked_article("{Russia:RUS} condemned {Ukraine:UKR}.")
    article.actors[1] = Actor(Span(article.actors[1].span.start, article.actors[1].span.end), "Ukraine", None)
    doc = ctx.nlp(article.text)
    from eventwire.events import code_doc
    from eventwire.events.ontology import cameo_table
    from eventwire.events.patterns import pattern_index

    events = code_doc(article, doc, pattern_index(ctx), cameo_table(ctx))
    assert [(e.source.code, e.target) for e in events] == [("RUS", None)]  # one-sided, not RUS -> Ukraine
    assert code_doc(article, doc, pattern_index(ctx), cameo_table(ctx), optional_recipient=False) == []


def test_events_foiled_attack_is_the_attackers_and_negated(ctx):
    """ "The army foiled an attack by rebels": the rebels' attack, which did not take place; never the army's."""
    _, events = code_example(ctx, "{The army:SYRMIL} foiled an attack on the airport by {rebels:SYRREB}.")
    assert [(e.source.code, e.cameo, e.modality, e.negated) for e in events] == [("SYRREB", "190", "negated", True)]


@pytest.mark.parametrize(
    "example",
    [
        "{The president:USAGOV} met {the vice president:USAGOV} on Monday.",  # a target, ruled out: not one-sided
        "{Ukraine:UKR} blamed {Russia:RUS} for the failure of the talks.",  # the talks' holders are not named
        "{Hyundai:KORBUS} plans to build a plant in {India:IND} to meet the demand.",  # "meet" needs its demander
        "{The Council:IRNELI} is due to close its discussions on June 12.",  # talks with nobody named
        "Speaking on {ABC:USAMED}, the senator defended the bill.",
        "{The Kremlin:RUSGOV} characterized the call as constructive.",  # describing a call is not making one
        "{The government:CHNGOV} has always claimed it has public support.",  # having support is not giving it
        "{The US firm:USABUS} agreed to pay $2bn to exit the agreement.",  # a firm's one-sided act is business news
    ],
)
def test_events_one_sided_only_when_no_target_is_named_or_needed(ctx, example):
    _, events = code_example(ctx, example)
    assert [(e.source.code, e.cameo) for e in events if e.target is None] == []


def test_events_optional_recipient_option_follows_plover(ctx):
    from eventwire.events import code_doc
    from eventwire.events.ontology import cameo_table
    from eventwire.events.patterns import pattern_index

    def coded(example: str, optional: bool) -> set:
        article = marked_article(example)
        return dyads(code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx), optional))

    assert coded("{Russia:RUS} condemned the decision.", False) == set()
    assert coded("{Russia:RUS} condemned the decision.", True) == {("RUS", None, "111")}
    # AID requires a recipient in PLOVER, so it stays dyadic even with the option
    assert coded("{Japan:JPN} sent aid after the storm.", True) == set()


@pytest.mark.parametrize(
    "example",
    [
        "{The Israeli:ISR} discovery could provide cover or supporting evidence.",  # a participle as an adjective
        "{Indian:IND} software firms and call centres said they would expand.",  # a word used as a modifier
        "{Syria:SYR} bought {Russian:RUS} attack helicopters.",
        "{Russian-backed:RUS} rebels attacked the town.",  # the sponsor is not the attacker
        "{The U.S. Congress:USALEG} is free to give money to any charity.",  # "free to": no release
        "{The company:AUSBUS} warned it may cut 7,000 jobs.",  # a forecast, not a threat to anyone
        "{The minister:GBRGOV} insisted that smoke-free areas will save lives.",  # a claim, not a demand
        "{A ministry spokesman:EGYGOV} declined to comment.",  # no comment is not a rejection
        "{Ministry officials:JPNGOV} declined to say when the rules would change.",
        "{The senator:USALEG} spent 15 years fighting for a national holiday.",  # advocacy, not a clash
        "{The Newcastle star:GBRCVL} takes over from the retired captain.",  # a succession, not a seizure
        "{The Lisbon:PRT} targets were never met.",  # no object: no attack
        "The quakes in {Indonesia:IDN} killed one person.",  # a natural event has no doer
        "{AFG:USABUS} offered to buy the firm but withdrew the offer.",  # a business offer, not troops
        "Residents of {Aleppo:SYR} inspected the damage after the raid.",  # inspecting things is no probe
        "{The two companies:DEUBUS} charge foreign operators high tariffs.",  # prices, not legal charges
        "{Exports:CHNBUS} hit a record high in May.",
        "{The navy:INDMIL} got a distress call from {the tanker:ETHBUS} at dawn.",  # a plea for rescue, no talks
        "{The ministry:USAGOV} plans to meet demand in {China:CHN}.",  # supply and demand: the market is no actor
    ],
)
def test_events_no_event_from_non_event_uses(ctx, example):
    _, events = code_example(ctx, example)
    assert [(e.cameo, e.trigger_text) for e in events] == []


def test_events_declined_comment_on_an_actor_is_cameo_011(ctx):
    _, events = code_example(ctx, "{The Kremlin:RUSGOV} declined to comment on {Ukraine:UKR}'s claims.")
    assert dyads(events) == {("RUSGOV", "UKR", "011")}


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # the parser splits "his counterpart X" into two objects: the named one is the target
        ("{Erdogan:TURGOV} will meet his counterpart {Italian President Sergio Mattarella:ITAGOV} in Rome.",
         ("TURGOV", "ITAGOV", "036")),
        # a target preposition inside another preposition of the verb
        ("{The US:USA} will provide ammunition alongside humanitarian assistance to {Turkey:TUR} in Idlib.",
         ("USA", "TUR", "0332")),
        # aid: the beneficiary of a purpose clause, or the place the aid goes to
        ("{The U.S. government:USAGOV} has donated 250 ventilators to assist {Ethiopia:ETH} with its response.",
         ("USAGOV", "ETH", "070")),
        ("{The Foreign Office:GBRGOV} has provided 28 million euros to pay for food aid for those affected in "
         "{Yemen:YEM}.", ("GBRGOV", "YEM", "070")),
    ],
)
def test_events_target_found_beyond_the_first_object(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{The minister:INDGOV} held a meeting with local traders on Tuesday.", ("INDGOV", None, "040")),
        ("{Buhari:NGAGOV} attended an anti-corruption summit in May.", ("NGAGOV", None, "040")),
        ("{Russia:RUS} condemned the decision.", ("RUS", None, "111")),
        ("{Palestinian factions:PSEREB} have agreed to lay down their weapons.", ("PSEREB", None, "0356")),
        # AID needs a recipient: one named but not coded will do; "sent aid after the storm" will not
        ("{Ecuador:ECU} has granted political asylum to Julian Assange.", ("ECU", None, "075")),
    ],
)
def test_events_one_sided_events_follow_plover(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Obama:USAGOV} is scheduled to meet {Putin:RUSGOV} in Zurich.", ("USAGOV", "RUSGOV", "036")),
        ("{Erdogan:TURGOV} is expected to visit {Moscow:RUS} next week.", ("TURGOV", "RUS", "036")),
    ],
)
def test_events_passive_raising_verb_keeps_its_subject_as_the_doer(ctx, example, expected):
    """ "X is scheduled/expected to meet Y": X will meet Y; X is not the target of the plan."""
    _, events = code_example(ctx, example)
    assert expected in dyads(events)


def test_events_topic_of_a_planned_meeting_is_not_its_target(ctx):
    _, events = code_example(ctx, "{Obama:USAGOV} is scheduled to attend a summit on the unrest in {Iran:IRN}.")
    assert [e.target for e in events if e.cameo == "036"] == [None]


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("Evidence against {Russia:RUS} was presented by {the US:USA}.", ("USA", "RUS", "112")),
        ("Sanctions on {Iran:IRN} were imposed by {the EU:IGOEUREEC} in 2012.", ("IGOEUREEC", "IRN", "163")),
    ],
)
def test_events_passive_subject_phrase_names_the_target(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events)


@pytest.mark.parametrize(
    "example",
    [
        "The {Minsk:BLR} agreements, which call for an end to the hostilities, were signed in 2015.",
        "{Clinton:USAELI} blamed the {WikiLeaks:NGOMED} release of hacked emails.",
    ],
)
def test_events_documents_and_releases_of_texts_are_no_actors_or_acts(ctx, example):
    _, events = code_example(ctx, example)
    assert [(e.cameo, e.source.code) for e in events if e.cameo[:2] in ("02", "08", "10")] == []


def test_events_any_object_pattern_takes_the_object_as_target(ctx):
    """ "airstrikes killed 25 children ... UNICEF said": the victims, not an actor further on."""
    _, events = code_example(
        ctx, "Russian and {Syrian regime:SYRGOV} airstrikes killed 25 {children:SYRCVL} on Saturday in a crowded town "
        "in eastern Syria, {the United Nations children's agency (UNICEF):IGOUNO} has said.")
    assert ("SYRGOV", "SYRCVL", "190") in dyads(events)
    assert not [e for e in events if e.target is not None and e.target.code == "IGOUNO"]


def test_events_trigger_inside_a_name_is_no_event(ctx):
    """ "The Organization of Islamic Cooperation": a name, not a cooperation event."""
    _, events = code_example(
        ctx, "{The Organization of Islamic Cooperation:IGOMOSOIC}, {NATO:IGOWSTNAT} and {Iran:IRN} condemned the "
        "attack on {a government building in Kabul:AFGGOV}.")
    assert not [e for e in events if e.root == "06"]
    assert ("IRN", "AFGGOV", "111") in dyads(events)


def test_events_what_is_sent_is_not_the_recipient(ctx):
    """ "sent Israeli Air Force jets to destroy the reactor" is no military aid to the air force."""
    _, events = code_example(
        ctx, "{Prime minister Ehud Olmert:ISRGOV} sent {Israeli Air Force fighter jets:ISRMIL} to destroy "
        "{Syria:SYR}'s reactor.")
    assert not [e for e in events if e.root == "07"]


def test_events_blockade_in_a_place_targets_the_place(ctx):
    _, events = code_example(ctx, "{The Sudanese government:SDNGOV} imposed blockades in {west Darfur:SDN}.")
    assert ("SDNGOV", "SDN", "191") in dyads(events)


def test_events_continuation_that_names_the_victim_is_kept(ctx):
    """ "shot and killed a man": one event with the victim, not a one-sided shooting."""
    _, events = code_example(ctx, "A former {employee:CANLAB} walked into a party and shot and killed {a man:CANCVL}.")
    assert [(e.source.code, e.target.code if e.target else None) for e in events] == [("CANLAB", "CANCVL")]


def test_events_meeting_noun_heading_an_actor_mention_is_still_an_event(ctx):
    """The actors stage may code "a cabinet meeting" as the government; the meeting is still held."""
    _, events = code_example(
        ctx, "{Jared Kushner:USAGOV} attended {a cabinet meeting:USAGOV} with {Saudi officials:SAUGOV}.")
    assert ("USAGOV", "SAUGOV", "040") in dyads(events)


def test_events_claim_of_responsibility_targets_the_attacks_target(ctx):
    _, events = code_example(
        ctx, "{The militant group:SOMREB} is claiming responsibility for a deadly attack targeting shoppers at a mall "
        "in {Kenya:KEN}'s capital.")
    assert ("SOMREB", "KEN", "015") in dyads(events)


def test_events_they_stands_for_a_coordinated_subject(ctx):
    """ "Obama and Putin said they will attack Iraq": both threaten (announced attack, CAMEO 1384)."""
    _, events = code_example(ctx, "{Obama:USAGOV} and {Putin:RUSGOV} said they will attack {Iraq:IRQ}.")
    assert {("USAGOV", "IRQ", "1384"), ("RUSGOV", "IRQ", "1384")} <= dyads(events)


def test_events_consequence_gives_its_victims_to_the_first_act(ctx):
    """ "conducted air raids ..., killing seven people": one air strike (195) on the victims."""
    _, events = code_example(
        ctx, "{Regime forces:SYRMIL} also conducted air raids on the town of Zamalka killing seven {people:SYRCVL}.")
    assert dyads(events) == {("SYRMIL", "SYRCVL", "195")}


@pytest.mark.parametrize(
    "example",
    [
        "In the meantime, {Congress:USALEG} cannot back away from the goals.",  # "in" is no particle of "back"
        "{A London court:GBRJUD} on Tuesday backed demands for an inquiry in a test case.",
    ],
)
def test_events_back_down_needs_its_particle(ctx, example):
    _, events = code_example(ctx, example)
    assert [e.cameo for e in events if e.cameo == "080"] == []


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # "between X and Y" names both sides, over a source borrowed from another clause
        ("{Pompeo:USAGOV} travelled to Pyongyang to prepare for direct talks between {President Trump:USAGOV} and "
         "{Kim:PRKGOV}.", {("USAGOV", "PRKGOV", "036"), ("PRKGOV", "USAGOV", "036")}),
        # a state does not meet its own government: the source was misread
        ("{Trump:USAGOV} would challenge the threats that {North Korea:PRK} poses during any meeting with "
         "{Kim:PRKGOV}.", set()),
        # talks among one group: a source borrowed through another verb's preposition is no party to them
        ("{The Kenyan minister:KENGOV} reaffirmed her country's backing for the talks among {Somali clans:SOM}.",
         set()),
        # ... but the host of talks among others stays their source
        ("{Qatar:QAT} hosted talks among {Afghan factions:AFG}.", {("QAT", "AFG", "046")}),
    ],
)
def test_events_meeting_sides(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert {d for d in dyads(events) if d[2][:2] in ("03", "04")} == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # the subject receives, faces or draws the act; the "from" phrase does it (CAMEO codes doer -> recipient)
        ("{Egypt:EGY} received military aid from {the United States:USA} last year.", {("USA", "EGY", "072")}),
        ("{The Iranian government:IRNGOV} faces sharp criticism from {the UN:IGOUNO} over the arrests.",
         {("IGOUNO", "IRNGOV", "111")}),
        ("{Kenya:KEN} won strong support from {China:CHN} for its bid.", {("CHN", "KEN", "051")}),
        ("{The convoy:USAMIL} came under attack from {Taliban fighters:AFGINSTAL} near Kandahar.",
         {("AFGINSTAL", "USAMIL", "190")}),
        # a giver named by a modifier: the receiver is still the target
        ("{Jordan:JOR} received {U.S.:USA} assistance in May.", {("USA", "JOR", "070")}),
        ("{The Indian president:INDGOV} received a call from {the Chinese premier:CHNGOV}.",
         {("CHNGOV", "INDGOV", "041")}),
    ],
)
def test_events_received_act_goes_from_the_giver_to_the_receiver(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # CAMEO 161/166/174: a passive expulsion is done by the state or body the people are sent away from
        ("{Two journalists:USAMED} were deported from {Egypt:EGY} on Monday.", {("EGY", "USAMED", "174")}),
        ("{Four UN inspectors:IGOUNO} have been expelled from {North Korea:PRK}.", {("PRK", "IGOUNO", "1662")}),
        # withdrawing is done by the sender, not the place left
        ("{The peacekeepers:IGOUNO} were withdrawn from {Rwanda:RWA} in April.", set()),
    ],
)
def test_events_passive_expulsion_from_a_state_is_that_states(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a passive deployment with no agent: the troops' own code is the sending side (CAMEO 074, 154)
        ("About 500 {Irish soldiers:IRLMIL} were deployed as peacekeepers in {Lebanon:LBN}.",
         {("IRLMIL", "LBN", "074")}),
        ("{Russian troops:RUSMIL} were deployed to {the Ukrainian border:UKR} in March.", {("RUSMIL", "UKR", "154")}),
        # the target preposition of a passive verb; what was sent is no recipient, with or without an agent
        ("{Turkish troops:TURMIL} were sent to {Libya:LBY} by {the parliament:TURLEG}.", {("TURLEG", "LBY", "072")}),
        # receiving is not sending: the subject of a passive supply verb is no doer
        ("{Kurdish fighters:IRQKRD} were supplied with weapons in May.", set()),
    ],
)
def test_events_passive_deployment_is_the_senders(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Kabul:AFG} held {the Taliban:AFGINSTAL} responsible for the blast.", {("AFG", "AFGINSTAL", "112")}),
        # the one held responsible must be named: a participle ("a leader held responsible") accuses no one
        ("{Israel:ISR} arrested {a West Bank leader:PSEGOV} held responsible for a bus bombing.", set()),
    ],
)
def test_events_holding_responsible_needs_the_accused(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert {d for d in dyads(events) if d[2] == "112"} == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # CAMEO 173 is done by the state's authorities: a passive arrest in a named country is that state's act
        ("{An opposition leader:RWAOPP} was arrested in {Rwanda:RWA} in 2010.", {("RWA", "RWAOPP", "173")}),
        ("{A US citizen:USACVL} has been detained in {Iran:IRN}.", {("IRN", "USACVL", "173")}),
        # only a state: an organ or a building where it happened is no arrester
        ("{The suspect:GBRCVL} was arrested in {the embassy:ECUGOV}.", set()),
        # an agent still wins
        ("{Two journalists:TURMED} were detained in {Istanbul:TUR} by {police:TURCOP}.", {("TURCOP", "TURMED", "173")}),
    ],
)
def test_events_passive_arrest_in_a_state_is_that_states(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # an economic figure is no doer: falling exports refuse nothing, rising prices attack no one
        ("{Chile's:CHL} copper exports declined sharply in the first quarter.", set()),
        # nor the target of a coercive act: aiming at growth or inflation is economic policy, not an attack
        ("{The Chinese government:CHNGOV} targeted economic growth of 7.5 percent for next year.", set()),
        ("{The finance ministry:JPNGOV} has targeted inflation of two percent.", set()),
        # the compounds of a reduction are what is reduced: announcing a tariff cut imposes no tariff
        ("{The Japanese government:JPNGOV} announced a tariff cut on imported beef.", set()),
        # a pattern that names the figure keeps it, and force against a real target stays
        ("{The United States:USA} imposed tariffs on {Chinese steel:CHN}.", {("USA", "CHN", "163")}),
        ("{Russia:RUS} banned imports from {Turkey:TUR} in 2015.", {("RUS", "TUR", "163")}),
        ("{The army:SYRMIL} targeted rebel positions near Aleppo.", {("SYRMIL", None, "190")}),
    ],
)
def test_events_economic_figures_are_neither_doers_nor_targets(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # labour strikes (CAMEO 143), not military strikes (190): warning strikes and strikes over pay or wages
        ("{Dock workers:DEULAB} held warning strikes at three ports on Friday.", {("DEULAB", None, "143")}),
        ("{Nurses:GBRMED} held strikes over pay in Leeds on Friday.", {("GBRMED", None, "143")}),
        ("{Israeli jets:ISRMIL} carried out strikes on {Gaza:PSE} on Friday.", {("ISRMIL", "PSE", "195")}),
    ],
)
def test_events_labour_strikes_are_strikes_not_attacks(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # assent to a statement of how things are is no intent to cooperate (CAMEO 03 is about the future)
        ("{Finance ministry officials:JPNGOV} agreed the recovery now stands on firmer ground.", set()),
        ("{The minister:FRAGOV} agreed that the reform had been a mistake.", set()),
        # a complement with an auxiliary of commitment, an infinitive or a partner stays an agreement
        ("{Colombia:COL} agreed that it would reopen the border.", {("COL", None, "030")}),
        ("{France:FRA} and {Germany:DEU} agreed that the crisis had lasted too long and that both sides should end it.",
         {("FRA", "DEU", "030"), ("DEU", "FRA", "030")}),
        ("{Kazakhstan:KAZ} agreed with {China:CHN} on a new pipeline route.", {("KAZ", "CHN", "030")}),
    ],
)
def test_events_agreeing_with_a_statement_is_no_intent(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # mediation is aimed at the parties it mediates between, however deep the parser hangs them
        ("{Egypt:EGY} launched a mediation effort to end the rift between {Qatar:QAT} and {Bahrain:BHR}.",
         {("EGY", "QAT", "045"), ("EGY", "BHR", "045")}),
        ("{Kuwait:KWT} mediated to settle the quarrel between {Qatar:QAT} and {Bahrain:BHR}.",
         {("KWT", "QAT", "045"), ("KWT", "BHR", "045")}),
    ],
)
def test_events_mediation_targets_the_disputing_sides(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a show of force is aimed at whom the troops are readied against (CAMEO 15)
        ("{India:IND} mobilized its army for a possible ground offensive against {Pakistan:PAK}.",
         {("IND", "PAK", "154")}),
        ("{Turkey:TUR} reinforced its military presence for an operation against {Syria:SYR}.",
         {("TUR", "SYR", "154")}),
    ],
)
def test_events_show_of_force_targets_whom_it_is_against(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # for conflictual codes the "against" phrase is the target, not the body a complaint is lodged "with"
        ("{Iran:IRN} filed a complaint with {the UN:IGOUNO} against {Israel:ISR}.", {("IRN", "ISR", "114")}),
        ("{Greece:GRC} lodged a protest with {the European Union:IGOEUREEC} against {Turkey:TUR}.",
         {("GRC", "TUR", "114")}),
        # cooperative codes keep their partner: "agreed with X against Y" is an agreement with X
        ("{Kazakhstan:KAZ} agreed with {China:CHN} on joint action against {the rebels:KAZREB}.",
         {("KAZ", "CHN", "030")}),
    ],
)
def test_events_conflict_is_aimed_against(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # the infinitive's "to" is no "protested to X": a street protest is 141, not an official complaint (114)
        ("{Greek workers:GRCLAB} took to the streets to protest new taxes on Friday.", {("GRCLAB", None, "141")}),
        ("{Japan:JPN} protested to {China:CHN} over the ship.", {("JPN", "CHN", "114")}),
        # "demonstrated" a quality is showing it, not a demonstration
        ("{Riot police:GRCCOP} demonstrated a staunch attitude in the square.", set()),
    ],
)
def test_events_street_protest_and_showing(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # peacekeepers arriving or serving somewhere protect it (074); plain soldiers arriving do not
        ("{Japanese peacekeepers:JPNMIL} arrived at the airport in {South Sudan:SSD} on Monday.",
         {("JPNMIL", "SSD", "074")}),
        ("{Japanese soldiers:JPNMIL} arrived in {South Sudan:SSD} on Monday.", set()),
    ],
)
def test_events_peacekeepers_as_subject(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def test_events_requested_act_is_done_by_whom_it_is_asked_of(ctx):
    """ "called for campaigners to protest": the campaigners would protest, not the caller (uncoded here: no event)."""
    _, events = code_example(ctx, "{The British foreign minister:GBRGOV} called for anti-war campaigners to protest "
                                  "outside {the Russian embassy:RUSGOV} in London.")
    assert not any(e.cameo.startswith("14") for e in events)


def test_events_a_for_phrase_away_from_the_infinitive_names_no_doer(ctx):
    _, events = code_example(ctx, "For the first time in {American:USA} history {a president:USAGOV} was forced to "
                                  "resign.")
    assert all(e.source.code != "USA" for e in events)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a country's full name before an inquiry noun is what is investigated, never the investigator
        ("The {Russia:RUS} investigation has cost millions.", set()),
        ("{Mueller:USAJUD} led the {Russia:RUS} investigation for two years.", {("USAJUD", "RUS", "090")}),
        # one who only speaks of the inquiry does not investigate
        ("{Trump:USAGOV} mocked the {Russia:RUS} investigation on Monday.", set()),
        # guards: an agency, an abbreviation and a possessor still investigate
        ("The {FBI:USACOP} investigation into {Flynn:USAGOV} began in January.", {("USACOP", "USAGOV", "090")}),
        ("A {U.S.:USA} investigation into {Iran:IRN} began.", {("USA", "IRN", "090")}),
        ("{Mueller's:USAJUD} probe into {Russia:RUS} continues.", {("USAJUD", "RUS", "090")}),
    ],
)
def test_events_inquiry_names_its_subject_by_a_country_noun(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected
