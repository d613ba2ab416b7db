"""One-sided talk of one code needs the same words or the same named person to be one incident.

With no target, the dyad test compares one state and little else, and within one story many people of
one state welcome, back, reject or decline something in the same days: "farmers welcomed the plan" and
"a senator who backed the dam" are both 051 of one country, and the full code alone made them one
incident. Now a one-sided pair of verbal roots passes the trigger test only through its words (stems
or a family) or the same named person. Hand-built events, our own sentences, all in one story and on
one day, so only the trigger test can keep them apart. Guards (pass with and without the rule): the
same words, the same named person, a two-sided pair, a one-sided arrest told in other words, and a
denial told as "refuted the allegations".
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pytest

from eventwire.link import link_incidents
from eventwire.link.incidents import same_incident, similar_trigger
from eventwire.link.keys import EventKey, key_of
from eventwire.model import Actor, Article, Event, Span
from link_support import told_event

STORY = "sty_dam"
_event = partial(told_event, date="2031-06-18")


def _actor(text: str, code: str, person: str | None = None) -> Actor:
    return Actor(Span(0, 1), text, code=code, entity_id=person)


def _key(event: Event) -> EventKey:
    return replace(key_of(event), story_id=STORY)


FARMERS = _event("e1", "051", "welcomed", "Farmers' unions welcomed the new dam plan on Tuesday.", "a1",
                 source=_actor("Farmers' unions", "NZLAGR"))
SENATOR = _event("e2", "051", "backed", "The late senator, who backed the first dam, was remembered.", "a2",
                 source=_actor("The late senator", "NZLLEG"))
MINISTRY = _event("e3", "120", "declined", "The ministry declined to change the dam's route.", "a1",
                  source=_actor("The ministry", "NZLGOV"))
CABINET = _event("e4", "120", "rejected", "Critics said the cabinet has rejected every such route.", "a2",
                 source=_actor("the cabinet", "NZLGOV"))
UNION = _event("e5", "051", "applauded", "Union leaders applauded the minister's decision.", "a2",
               source=_actor("Union leaders", "NZLLAB"), target=_actor("the minister", "NZLGOV"))


@pytest.mark.parametrize(
    ("first", "second"),
    [(FARMERS, SENATOR), (MINISTRY, CABINET), (FARMERS, UNION)],
    ids=["welcomed-backed", "declined-rejected", "welcomed-applauded-with-target"],
)
def test_link_one_sided_words_same_code_alone_is_not_one_incident(first, second):
    assert not similar_trigger(_key(first), _key(second))
    assert not same_incident(_key(first), _key(second))


def test_link_one_sided_words_same_article_needs_words_too():
    other = replace(SENATOR, id="e6", article_id=FARMERS.article_id)
    assert not same_incident(_key(FARMERS), _key(other))


def test_link_one_sided_words_a_missing_source_counts_as_one_sided():
    judge = _event("e16", "051", "commended", "A judge commended the union for its restraint.", "a1",
                   source=_actor("A judge", "JUD"), target=_actor("the union", "NZLLAB"))
    minister = _event("e17", "051", "praised", "The minister praised the union's restraint.", "a2",
                      source=_actor("The minister", "NZLGOV"), target=_actor("the union", "NZLLAB"))
    assert key_of(judge).source is None
    assert not same_incident(_key(judge), _key(minister))


def test_link_one_sided_words_link_incidents_keeps_them_apart():
    farmers, senator = replace(FARMERS), replace(SENATOR)
    first = Article(id="a1", text=farmers.sentence, published="2031-06-18", story_id=STORY, events=[farmers])
    second = Article(id="a2", text=senator.sentence, published="2031-06-18", story_id=STORY, events=[senator])
    link_incidents([first, second])
    assert farmers.incident_id != senator.incident_id


# Guards: these hold with and without the rule.

def test_link_one_sided_words_same_words_link():
    growers = _event("e7", "051", "welcome", "Growers said they welcome the dam plan.", "a2",
                     source=_actor("Growers", "NZLAGR"))
    assert same_incident(_key(FARMERS), _key(growers))


def test_link_one_sided_words_same_named_person_links():
    praised = _event("e8", "051", "praised", "Mayor Ruth Kendall praised the dam plan.", "a1",
                     source=_actor("Mayor Ruth Kendall", "NZLGOV", "person:ruth_kendall"))
    hailed = _event("e9", "051", "hailed", "Kendall hailed the plan as overdue.", "a2",
                    source=_actor("Kendall", "NZLGOV", "a2#person:kendall"))
    assert same_incident(_key(praised), _key(hailed))


def test_link_one_sided_words_two_sided_pair_keeps_the_code_test():
    praised = _event("e10", "051", "praised", "The minister praised the farmers' unions.", "a1",
                     source=_actor("The minister", "NZLGOV"), target=_actor("the farmers' unions", "NZLAGR"))
    hailed = _event("e11", "051", "hailed", "The government hailed the unions.", "a2",
                    source=_actor("The government", "NZLGOV"), target=_actor("the unions", "NZLAGR"))
    assert same_incident(_key(praised), _key(hailed))


def test_link_one_sided_words_an_arrest_keeps_the_code_test():
    picked = _event("e12", "173", "picked up", "Police picked up two men near the dam on Tuesday.", "a1",
                    source=_actor("Police", "NZLCOP"))
    held = _event("e13", "173", "held", "Two men are held by police after the dam protest.", "a2",
                  source=_actor("police", "NZLCOP"))
    assert same_incident(_key(picked), _key(held))


def test_link_one_sided_words_a_denial_told_as_refuting_links():
    denied = _event("e14", "016", "denied", "The army denied the attack on the dam.", "a1",
                    source=_actor("The army", "NZLMIL"))
    refuted = _event("e15", "016", "refuted", "The government refuted these allegations against the army.", "a2",
                     source=_actor("The government", "NZL"), target=_actor("the army", "NZLMIL"))
    assert same_incident(_key(denied), _key(refuted))
