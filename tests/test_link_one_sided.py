"""A one-sided event links across articles only within its story.

With no target the dyad test compares one side only, and the generic verbal codes such events carry
(120 reject, 110 oppose, 051 praise) pass the trigger test by code alone, so two unrelated stories'
"rejected" in one week became one incident (16 of ecbplus_dev3's 20 false links). A one-sided verbal
event now links across articles only when the two articles are in one story (``link.stories``).
Hand-built events, our own sentences. Guards (pass with and without the rule): two-sided events, force
acts, an international body's lasting investigation and events with no known story link as before. A
state's investigation with no target is story-bound too: its organs run many at once, and "several
government investigations" met the prosecutors' inquiry of another story (basil_s7).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.link import link_incidents, store_io
from eventwire.link.incidents import same_incident
from eventwire.link.keys import EventKey, key_of
from eventwire.model import Actor, Article, Event, Span


def _event(eid: str, article: str, cameo: str, trigger: str, sentence: str, source: str,
           target: str | None = None) -> Event:
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger, sentence=sentence,
        source=Actor(Span(0, 1), "them", code=source),
        target=Actor(Span(0, 1), "others", code=target) if target else None,
        date="2031-03-12", date_precision="day", date_basis="expression",
    )


def _key(event: Event, story: str | None) -> EventKey:
    key = key_of(event)
    return replace(key, story_id=story) if story and hasattr(key, "story_id") else key


COUNCIL = _event("e1", "a1", "120", "rejected", "The city council rejected the harbour plan on Wednesday.", "NZLGOV")
MINISTRY = _event("e2", "a2", "120", "rejected", "The ministry rejected any delay to the school reform.", "NZLGOV")


def test_link_one_sided_reject_in_two_stories_is_two_incidents():
    assert not same_incident(_key(COUNCIL, "sty_harbour"), _key(MINISTRY, "sty_schools"))


def test_link_one_sided_reject_in_one_story_is_one_incident():
    assert same_incident(_key(COUNCIL, "sty_harbour"), _key(MINISTRY, "sty_harbour"))


def test_link_one_sided_link_incidents_reads_the_article_story():
    first = Article(id="a1", text=COUNCIL.sentence, published="2031-03-12", story_id="sty_harbour",
                    events=[COUNCIL])
    second = Article(id="a2", text=MINISTRY.sentence, published="2031-03-12", story_id="sty_schools",
                     events=[MINISTRY])
    link_incidents([first, second])
    assert COUNCIL.incident_id != MINISTRY.incident_id


def test_link_one_sided_stored_row_carries_its_story():
    row = ("e2", "a2", "120", "12", "NZLGOV", None, None, None, "2031-03-12", "day", "expression", None,
           "rejected", "inc1", None, None, None, "asserted", False, MINISTRY.sentence, "sty_schools")
    assert not same_incident(_key(COUNCIL, "sty_harbour"), store_io._row_key(row))


# Guards: these hold with and without the rule.

def test_link_one_sided_two_sided_events_link_across_stories():
    council = _event("e1", "a1", "120", "rejected", "The council rejected the union's offer.", "NZLGOV", "NZLLAB")
    ministry = _event("e2", "a2", "120", "rejected", "The ministry rejected the union's offer.", "NZLGOV", "NZLLAB")
    assert same_incident(_key(council, "sty_a"), _key(ministry, "sty_b"))


def test_link_one_sided_force_with_no_target_links_across_stories():
    first = _event("e1", "a1", "190", "shelled", "Army guns shelled the valley on Wednesday.", "ARMMIL")
    second = _event("e2", "a2", "190", "shelling", "Heavy shelling by the army hit the valley.", "ARMMIL")
    assert same_incident(_key(first, "sty_a"), _key(second, "sty_b"))


def test_link_one_sided_international_investigation_links_across_stories():
    first = _event("e1", "a1", "090", "investigating", "UN experts are investigating the dam collapse.", "IGOUNO")
    second = _event("e2", "a2", "090", "investigation", "The UN investigation goes on.", "IGOUNO")
    assert same_incident(_key(first, "sty_a"), _key(second, "sty_b"))


def test_link_one_sided_state_investigation_with_both_sides_links_across_stories():
    first = _event("e1", "a1", "090", "investigating", "Prosecutors are investigating the mayor.", "NZLJUD",
                   "NZLGOV")
    second = _event("e2", "a2", "090", "investigation", "The prosecutors' investigation of the mayor goes on.",
                    "NZLJUD", "NZLGOV")
    assert same_incident(_key(first, "sty_a"), _key(second, "sty_b"))


# A state's organs run many inquiries at once: one told with no target meets another state inquiry
# only within its story (``link.incidents.state_inquiry``).

PORT = _event("e1", "a1", "090", "investigating", "Prosecutors are investigating the port deal.", "NZLJUD")
AUDITS = _event("e2", "a2", "090", "investigations", "Several government investigations cleared the bank.",
                "NZLGOV")


def test_link_one_sided_state_investigations_in_two_stories_are_two_incidents():
    assert not same_incident(_key(PORT, "sty_port"), _key(AUDITS, "sty_bank"))


def test_link_one_sided_state_investigation_in_one_story_is_one_incident():
    later = _event("e3", "a2", "090", "investigation", "The prosecutors' investigation goes on.", "NZLJUD")
    assert same_incident(_key(PORT, "sty_port"), _key(later, "sty_port"))


def test_link_one_sided_state_investigations_of_two_stories_stay_apart_when_linked():
    first = Article(id="a1", text=PORT.sentence, published="2031-03-12", story_id="sty_port", events=[PORT])
    second = Article(id="a2", text=AUDITS.sentence, published="2031-03-12", story_id="sty_bank", events=[AUDITS])
    link_incidents([first, second])
    assert PORT.incident_id != AUDITS.incident_id


def test_link_one_sided_unknown_story_links_as_before():
    assert same_incident(_key(COUNCIL, None), _key(MINISTRY, "sty_schools"))
    assert same_incident(key_of(COUNCIL), key_of(MINISTRY))


def test_link_one_sided_same_article_needs_no_story():
    again = replace(MINISTRY, id="e3", article_id="a1")
    assert same_incident(_key(COUNCIL, "sty_harbour"), _key(again, "sty_schools"))
