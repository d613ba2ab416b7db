"""A meeting named by a noun takes the day its report dates the meeting of the same two people on.

"President Lind and Speaker Ortiz met at the palace on Sunday … Aides gave no details of the talks between
Ms. Lind and Mr. Ortiz": the noun has no time of its own, so it used to stay around its report (basis
``around_publication``) and join the pair's next meeting, four days later, in another report. It refers
back to the meeting its report dated. Guards: a report that dates two meetings of the pair, a noun with
one side not a named person, and a meeting of other people keep the old dating. Hand-built records.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Event, Span
from eventwire.time.named_meeting import date_named_meetings

REPORT = "2031-03-10"


def _side(code: str, person: str | None) -> Actor:
    return Actor(Span(0, 1), person or code, code=code, entity_id=f"a1#person:{person}" if person else None)


LIND, ORTIZ, AIDE = _side("ARMGOV", "ana_lind"), _side("ARMLEG", "rui_ortiz"), _side("ARMGOV", None)


def _meeting(eid: str, trigger: str, source: Actor, target: Actor, date: str, basis: str,
             article: str = "a1") -> Event:
    return Event(id=eid, article_id=article, cameo="040", root="04", trigger=Span(0, 1), span=Span(0, 1),
                 trigger_text=trigger, sentence=trigger, source=source, target=target,
                 date=date, date_precision="day", date_basis=basis)


def _report() -> list[Event]:
    return [_meeting("e1", "met", LIND, ORTIZ, "2031-03-09", "expression"),
            _meeting("e2", "the talks", ORTIZ, LIND, REPORT, "around_publication")]


def test_time_named_meetings_noun_takes_the_dated_meeting_day():
    events = _report()
    date_named_meetings(events)
    assert (events[1].date, events[1].date_basis) == ("2031-03-09", "anchor")


def test_time_named_meetings_noun_no_longer_joins_a_later_meeting():
    events = _report()
    date_named_meetings(events)
    later = _meeting("e3", "met", LIND, ORTIZ, "2031-03-13", "publication", article="a2")
    assert not same_incident(key_of(events[1], REPORT), key_of(later, "2031-03-13"))


# Guards: these hold with and without the rule.

def test_time_named_meetings_two_dated_meetings_say_nothing():
    events = [*_report(), _meeting("e4", "met again", LIND, ORTIZ, "2031-03-06", "expression")]
    date_named_meetings(events)
    assert events[1].date_basis == "around_publication"


def test_time_named_meetings_need_a_person_on_both_sides():
    events = _report()
    events[1] = replace(events[1], source=AIDE)
    date_named_meetings(events)
    assert events[1].date_basis == "around_publication"


def test_time_named_meetings_of_other_people_say_nothing():
    events = _report()
    events[0] = replace(events[0], target=_side("ARMLEG", "eva_sol"))
    date_named_meetings(events)
    assert events[1].date_basis == "around_publication"
