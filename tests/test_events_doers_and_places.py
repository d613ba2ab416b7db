"""The place of an act is no doer, a passive's agent phrase holds no target, and a bare
sector noun after "of" ("date of publication") names no actor."""

from __future__ import annotations

import pytest

from actors_support import coded_article
from events_support import code_example, dyads, marked_article
from eventwire.events import code_doc
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import pattern_index
from eventwire.model import Article


@pytest.mark.parametrize(("example", "source"), [
    # the place of an act in the subject is where it happened: with no doer named, there is no event
    ("Mass shootings in {France:FRA} on Sunday killed four {people:FRACVL}.", "FRA"),
    ("A bombing in {Iraq:IRQ} killed seven {soldiers:IRQMIL} on Tuesday.", "IRQ"),
    ("Clashes in {Yemen:YEM} killed 30 {fighters:YEMUAF}.", "YEM"),
    ("Ten {civilians:SYRCVL} were killed by airstrikes in {Aleppo:SYR} on Monday.", "SYR"),
])
def test_events_place_of_an_act_is_not_its_doer(ctx, example, source):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.source.code == source]


@pytest.mark.parametrize(("example", "expected"), [
    # guards: the act's own "by" phrase still names the doer, and an act that is an object keeps its place
    ("Attacks by {the Taliban:AFGINSTAL} in {Kabul:AFG} killed nine {soldiers:AFGMIL}.",
     {("AFGINSTAL", "AFGMIL", "190")}),
    ("{President Obama:USAGOV} expressed sorrow for the shootings in {South Carolina:USA}.",
     {("USAGOV", "USA", "018")}),
])
def test_events_doer_phrase_of_an_act_is_kept(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


def test_events_agent_phrase_holds_no_target(ctx):
    # "Senator Smith of Ohio" is where the senator comes from, not whom he pressed
    example = ("Pressed by {the president:USAGOV} and {Senator Smith:USALEG} of {Ohio:USA}, the lawmakers "
               "refused to support the deal.")
    _, found = code_example(ctx, example)
    assert [e for e in found if e.cameo == "100"]
    assert not [e for e in found if e.target is not None and e.target.code == "USA"]


def _run(ctx, text: str) -> Article:
    article = coded_article(ctx, text, "2016-08-11", "doers-test")
    return article


@pytest.mark.parametrize(("text", "word"), [
    # a bare singular sector noun after "of" is an activity or a field: a label line is no news outlet
    ("Date of publication 11 August 2016 A helicopter dropped a barrel bomb over Homs on Monday killing five.",
     "publication"),
    ("A change of government in Rome worried investors on Monday.", "government"),
])
def test_actors_bare_sector_noun_after_of_is_no_actor(ctx, text, word):
    article = _run(ctx, text)
    assert word not in {a.text for a in article.actors}
    assert not [e for e in article.events if article.text[e.source.span.start:e.source.span.end] == word]


@pytest.mark.parametrize(("text", "word", "code"), [
    # guards: with a determiner, or plural, the noun still refers to a body
    ("The role of the government in Rome was criticised.", "government", "ITAGOV"),
    ("A team of doctors from Kenya arrived in Somalia.", "doctors", "KENHLH"),
])
def test_actors_sector_noun_after_of_that_refers_is_kept(ctx, text, word, code):
    article = _run(ctx, text)
    assert {a.text: a.code for a in article.actors}.get(word) == code


@pytest.mark.parametrize(("example", "expected"), [
    # what is met rather than whom: concerns, needs and deadlines are no meeting with their owners
    ("{The government:GBRGOV} will take steps to meet the concerns of {British firms:GBRBUS}.", set()),
    ("{The minister:KENGOV} said the plan would meet the needs of {Kenyan farmers:KENAGR}.", set()),
    # guards: a person met is still a meeting
    ("{The French president:FRAGOV} will meet {the German chancellor:DEUGOV} on Monday.",
     {("FRAGOV", "DEUGOV", "036")}),
    ("{Kenya's president:KENGOV} met {opposition leaders:KENOPP} in Nairobi.", {("KENGOV", "KENOPP", "040")}),
])
def test_events_meeting_a_need_is_no_meeting(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert {d for d in dyads(found) if d[2][:2] in ("03", "04")} == expected


@pytest.mark.parametrize(("text", "place", "kept"), [
    # where a body is based is not the body: no state acts for "the Paris-based exchange"
    ("The Paris-based exchange agreed to raise funds for a bid.", "Paris", None),
    ("The Geneva-based organisation criticised Russia on Monday.", "Geneva", "Russia"),
])
def test_events_place_a_body_is_based_in_is_no_source(ctx, text, place, kept):
    article = _run(ctx, text)
    texts = {a.text for a in article.actors}
    assert kept is None or kept in texts
    assert all("based_in" in a.flags for a in article.actors if a.text == place)  # kept for the country
    assert not [e for e in article.events if article.text[e.source.span.start:e.source.span.end] == place]


def test_actors_based_place_still_gives_a_known_body_its_country(ctx):
    # guard: composition keeps the place as the country of a kind of body it knows
    article = _run(ctx, "A London-based rights group accused Egypt of torturing prisoners.")
    assert {a.text: a.code for a in article.actors}.get("London-based rights group") == "GBRHRI"


@pytest.mark.parametrize(("example", "expected"), [
    # coordinated subjects acting "with" a third party are one side, not partners of each other
    ("{Peru:PER} and {Chile:CHL} pledged to cooperate with the Andean Fishing Association.",
     {("PER", None, "030"), ("CHL", None, "030")}),
    # guard: a "with" phrase before the trigger names no partner
    ("With three weeks left, {President Obama:USAGOV} and {Speaker Boehner:USALEG} met privately on Sunday.",
     {("USAGOV", "USALEG", "040"), ("USALEG", "USAGOV", "040")}),
    # guard: with no third party they are each other's partners
    ("{Peru:PER} and {Chile:CHL} pledged to cooperate.", {("PER", "CHL", "030"), ("CHL", "PER", "030")}),
])
def test_events_coordinated_subjects_with_a_third_party_are_one_side(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


def _city(ctx, example: str, cities: set[str]):
    """Code ``example`` with the named marks flagged as cities, as the actors stage flags them."""
    article = marked_article(example)
    for actor in article.actors:
        actor.flags = ["city"] if actor.text in cities else []
    return code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))


@pytest.mark.parametrize(("example", "city", "expected"), [
    # a city named before an act of violence is where it happened, not who did it
    ("The {Lahore:PAK} bombings trial resumed on Monday.", "Lahore", set()),
    ("The {Lahore:PAK} attacks killed 30 {people:PAKCVL} in March.", "Lahore", set()),
    # guards: a nationality or a state before the act is its doer
    ("{Israeli:ISR} raids killed ten {Syrian soldiers:SYRMIL}.", "", {("ISR", "SYRMIL", "190")}),
])
def test_events_city_before_an_act_is_where_not_who(ctx, example, city, expected):
    assert dyads(_city(ctx, example, {city})) == expected


@pytest.mark.parametrize(("example", "expected"), [
    # the backer of an act is not its doer: the clause's subject is
    ("{The Syrian army:SYRMIL} launched an {Iranian:IRN}-backed offensive against {the rebels:SYRREB}.",
     {("SYRMIL", "SYRREB", "190")}),
    # guard: the leader of an act is its doer
    ("A {Saudi:SAU}-led offensive pushed {the Houthi rebels:YEMREB} out of Aden.", {("SAU", None, "190")}),
])
def test_events_backer_of_an_act_is_not_its_doer(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert {d for d in dyads(found) if d[2] == "190"} == expected
