"""One stance of one organ told under two verbal conflict roots by two reports of one story is one incident.

"The assembly dealt the premier a sharp rebuke" (111, disapprove) and "the assembly rejected the
premier's budget on Tuesday" (120, reject) tell one vote; CAMEO's roots 10/11/12 tell the wording
apart, not the happening (:mod:`eventwire.link.one_stance`).
Guards: the same two in one report, in two stories, with no target on either, with a named person as
the doer, with a country alone as the doer, with two organs as doers; a threat (13); a plain statement
(01) and a rebuke.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from eventwire.link import link_incidents
from eventwire.link.incidents import candidate_roots, compatible_root, same_incident
from eventwire.link.keys import EventKey, key_of
from eventwire.model import Actor, Article, Event, Span
from link_support import told_event

DAY = "2031-03-11"
STORY = "sty_budget"


def _actor(text: str, code: str) -> Actor:
    return Actor(Span(0, 1), text, code=code)


ASSEMBLY, PREMIER = _actor("The assembly", "ESTLEG"), _actor("the premier", "ESTGOV")
_event = partial(told_event, source=ASSEMBLY, date=DAY)
REBUKE = _event("e1", "111", "a sharp rebuke", "The assembly dealt the premier a sharp rebuke.", "a1",
                target=PREMIER)
REJECTION = _event("e2", "120", "rejected", "The assembly rejected the premier's budget on Tuesday.", "a2")


def _key(event: Event, story: str = STORY) -> EventKey:
    return replace(key_of(event, DAY), story_id=story)


def test_link_rebuke_and_rejection_of_one_organ_are_one_incident():
    assert compatible_root(_key(REBUKE), _key(REJECTION))
    assert same_incident(_key(REBUKE), _key(REJECTION))


def test_link_demand_and_rebuke_of_one_organ_are_one_incident():
    demand = _event("e3", "100", "demanded", "The assembly demanded the premier withdraw the budget.", "a3")
    assert same_incident(_key(demand), _key(REBUKE))


def test_link_rebuke_and_rejection_give_one_incident():
    rebuke, rejection = replace(REBUKE), replace(REJECTION)
    first = Article(id="a1", text=rebuke.sentence, published=DAY, story_id=STORY, events=[rebuke])
    second = Article(id="a2", text=rejection.sentence, published=DAY, story_id=STORY, events=[rejection])
    link_incidents([first, second])
    assert rebuke.incident_id is not None and rebuke.incident_id == rejection.incident_id


def test_link_stored_rejection_is_a_candidate_for_a_new_rebuke():
    assert {"10", "11", "12"} <= set(candidate_roots([_key(REBUKE)]))


# Guards.
def test_link_rebuke_and_rejection_in_one_report_stay_apart():
    assert not same_incident(_key(REBUKE), _key(replace(REJECTION, article_id="a1")))


def test_link_rebuke_and_rejection_in_two_stories_stay_apart():
    assert not same_incident(_key(REBUKE), _key(REJECTION, "sty_other"))


def test_link_one_sided_rebuke_and_rejection_stay_apart():
    assert not same_incident(_key(replace(REBUKE, target=None)), _key(REJECTION))


def test_link_one_persons_rebuke_and_rejection_stay_apart():
    speaker = _actor("Speaker Tamm", "ESTLEG")
    rebuke = replace(REBUKE, source=replace(speaker, entity_id="person:mart_tamm"))
    rejection = replace(REJECTION, source=replace(speaker, entity_id="person:mart_tamm"))
    assert not same_incident(_key(rebuke), _key(rejection))


def test_link_country_alone_rebuke_and_rejection_stay_apart():
    country = _actor("Estonia", "EST")
    assert not same_incident(_key(replace(REBUKE, source=country)), _key(replace(REJECTION, source=country)))


def test_link_two_organs_rebuke_and_rejection_stay_apart():
    assert not same_incident(_key(REBUKE), _key(replace(REJECTION, source=_actor("The cabinet", "ESTGOV"))))


def test_link_threat_and_rebuke_stay_apart():
    threat = _event("e4", "130", "threatened", "The assembly threatened the premier with a vote.", "a4",
                    target=PREMIER)
    assert not compatible_root(_key(threat), _key(REBUKE))


def test_link_statement_and_rebuke_stay_apart():
    said = _event("e5", "010", "said", "The assembly said the premier would speak.", "a5", target=PREMIER)
    assert not compatible_root(_key(said), _key(REBUKE))
