"""A refused meeting (CAMEO 125) is a mention of the meeting it refuses, and links as that meeting.

"The envoy would not visit Norway unless Oslo dropped its tariffs" (a report of 12 March, coded 125,
reject a proposal to meet) and "the envoy will visit Oslo on 2 May" (036) are about one visit, as a
denied mention is about the happening it denies. The refusal links under root 04, the way an intent
to meet does; across codes it needs the same words, since "he will not meet the premier during his
visit" refuses a meeting, not the visit.
Against the store, the stored events read for a new report include the roots its events link
under: a refusal meets a stored visit, and a held visit a stored intent to visit (03, linked as 04).
Guards (pass with and without the rule): that refused meeting with the visit; two refusals of one
code; a visit cancelled months before another visit.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from eventwire.link import link_incidents
from eventwire.link.incidents import compatible_root, same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Article, Span
from link_support import linked_through_store, told_event

REPORT = "2031-03-12"


def _actor(text: str, code: str) -> Actor:
    return Actor(Span(0, 1), text, code=code)


ENVOY, NORWAY = _actor("The envoy", "SWEGOV"), _actor("Oslo", "NOR")
_event = partial(told_event, source=ENVOY, target=NORWAY)
REFUSAL = replace(
    _event("e1", "125", "visit", "The envoy would not visit Norway unless Oslo dropped its tariffs.", "a1",
           date=REPORT),
    date_basis="after_publication",
)
PLANNED = replace(_event("e2", "036", "visit", "The envoy will visit Oslo on 2 May.", "a2", date="2031-05-02"),
                  modality="intended")
HELD = _event("e3", "042", "visited", "The envoy visited Oslo on 2 May.", "a3", date="2031-05-02")


def test_link_refused_meeting_joins_the_announced_visit():
    assert same_incident(key_of(REFUSAL, REPORT), key_of(PLANNED, "2031-03-10"))


def test_link_refused_meeting_root_is_the_meeting():
    assert compatible_root(key_of(REFUSAL, REPORT), key_of(HELD, "2031-05-03"))


def test_link_refused_meeting_joins_the_held_visit():
    assert same_incident(key_of(REFUSAL, REPORT), key_of(HELD, "2031-05-03"))


def test_link_refused_meeting_cancelled_visit_joins_it():
    cancelled = replace(
        _event("e4", "125", "called off his visit", "The envoy called off his visit to Oslo.", "a4", date=REPORT),
        date_basis="after_publication",
    )
    assert same_incident(key_of(cancelled, REPORT), key_of(PLANNED, "2031-03-10"))


def test_link_refused_meeting_link_incidents_gives_one_incident():
    refusal, planned = replace(REFUSAL), replace(PLANNED)
    first = Article(id="a1", text=refusal.sentence, published=REPORT, story_id="sty_visit", events=[refusal])
    second = Article(id="a2", text=planned.sentence, published="2031-03-10", story_id="sty_visit",
                     events=[planned])
    link_incidents([first, second])
    assert refusal.incident_id == planned.incident_id


# Guards.
def test_link_refused_meeting_during_a_visit_is_not_the_visit():
    no_meeting = replace(
        _event("e7", "125", "meet", "The envoy will not meet the premier during his visit to Oslo.", "a7",
               date=REPORT),
        date_basis="after_publication",
    )
    assert not same_incident(key_of(no_meeting, REPORT), key_of(PLANNED, "2031-03-10"))


def test_link_refused_meeting_two_refusals_of_one_code_still_link():
    other = replace(REFUSAL, id="e8", article_id="a8", trigger_text="trip",
                    sentence="The envoy ruled out a trip to Norway while the tariffs stood.")
    assert same_incident(key_of(REFUSAL, REPORT), key_of(other, REPORT))


def test_link_refused_meeting_cancelled_months_before_is_not_a_later_visit():
    january = _event("e9", "125", "cancelled a visit", "In January the envoy cancelled a visit to Oslo.", "a9",
                     date="2031-01-15")
    assert not same_incident(key_of(january, REPORT), key_of(HELD, "2031-05-03"))


# Against the store: stored events are read by the roots the new ones may link with.


def test_link_refused_meeting_in_a_new_report_meets_the_stored_visit(tmp_path):
    planned, refusal = replace(PLANNED), replace(REFUSAL)
    stored = Article(id="a2", text=planned.sentence, published="2031-03-10", events=[planned])
    new = Article(id="a1", text=refusal.sentence, published=REPORT, events=[refusal])
    linked_through_store(tmp_path, stored, new)
    assert refusal.incident_id == planned.incident_id


def test_link_refused_meeting_store_reads_an_intent_for_a_held_visit(tmp_path):
    planned, held = replace(PLANNED), replace(HELD)
    stored = Article(id="a2", text=planned.sentence, published="2031-03-10", events=[planned])
    new = Article(id="a3", text=held.sentence, published="2031-05-03", events=[held])
    linked_through_store(tmp_path, stored, new)
    assert held.incident_id == planned.incident_id
