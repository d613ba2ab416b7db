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
        "{Russia:RUS} condemned the decision.",  # CAMEO needs a target for 111
        "Police arrested {a man:USACVL} in Ohio.",  # no coded source
        "The talks between the two sides resumed.",  # no actors at all
        "{The president:USAGOV} met {the vice president:USAGOV} on Monday.",  # same actor code on both sides
        "{Trump:USAGOV} called the investigations of {Russia:RUS} a hoax.",  # naming, not a phone call
        "Sign up for our newsletter. Copyright 2017 {The Associated Press:USAMED}. All rights reserved.",
        "{The army:SYRMIL} foiled an attack on {the airport:SYRMIL} by {rebels:SYRREB}.".replace(
            "{the airport:SYRMIL}", "the airport"),  # the foiler is not the attacker
        "{Hyundai:KORBUS} plans to build a plant in {India:IND} to meet the demand.",  # meeting a demand
        "{Officials:BGDGOV} said it killed {nine villagers:BGDCVL}.",  # "it" is not the officials
        "The call was seconded by {Merkel:DEUGOV} and {Johnson:GBRGOV}.",  # an appeal, not a phone call
    ],
)
def test_events_coding_no_event_without_pattern_and_actors(ctx, example):
    _, events = code_example(ctx, example)
    assert events == []


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

    assert code_doc(article, doc, pattern_index(ctx), cameo_table(ctx)) == []


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
