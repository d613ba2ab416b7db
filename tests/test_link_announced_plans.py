"""A planned act dated by the day its plan was announced lies on or after that day.

"The minister announced Thursday that the cabinet planned to impose a curfew" is dated Thursday with basis
``after_announcement`` by the time stage; the curfew imposed on Friday, the day of the report, is the
same happening. Dated after the report (``after_publication``) the plan missed it. Hand-built events,
our own sentences.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.incidents import dates_overlap, same_incident
from eventwire.link.keys import date_window, key_of
from eventwire.model import Actor, Event, Span

GOV = Actor(Span(0, 1), "the cabinet", code="NORGOV")


def _event(eid: str, article: str, modality: str, date: str, basis: str, trigger: str, sentence: str) -> Event:
    return Event(id=eid, article_id=article, cameo="1724", root="17", trigger=Span(0, 1), span=Span(0, 1),
                 trigger_text=trigger, sentence=sentence, source=GOV, modality=modality,
                 date=date, date_precision="day", date_basis=basis)


PLAN = _event("e1", "a1", "intended", "2029-05-03", "after_announcement", "impose a curfew",
              "The minister announced Thursday that the cabinet planned to impose a curfew.")
DONE = _event("e2", "a2", "asserted", "2029-05-04", "publication", "imposed a curfew",
              "The cabinet imposed a curfew in the capital.")


def test_link_announced_plans_window_starts_on_the_announcement_day():
    start, end = date_window("2029-05-03", "day", "after_announcement", "2029-05-04", "planned", "17")
    assert start == dt.date(2029, 5, 3)
    assert end is not None and end > dt.date(2029, 6, 1)


def test_link_announced_plans_plan_meets_the_act_done_on_the_report_day():
    assert dates_overlap(key_of(PLAN, "2029-05-04"), key_of(DONE, "2029-05-04"))
    assert same_incident(key_of(PLAN, "2029-05-04"), key_of(DONE, "2029-05-04"))


def test_link_announced_plans_plan_does_not_reach_back_before_the_announcement():
    earlier = _event("e3", "a3", "asserted", "2029-04-20", "expression", "imposed a curfew",
                     "The cabinet imposed a curfew on April 20.")
    assert not dates_overlap(key_of(PLAN, "2029-05-04"), key_of(earlier, "2029-05-04"))


def test_link_announced_plans_plan_dated_by_its_report_still_misses_the_report_day():
    # Guard: with no announcement day, a plan lies after its report, as before.
    plan = _event("e1", "a1", "intended", "2029-05-04", "after_publication", "impose a curfew",
                  "The cabinet planned to impose a curfew.")
    assert not dates_overlap(key_of(plan, "2029-05-04"), key_of(DONE, "2029-05-04"))
