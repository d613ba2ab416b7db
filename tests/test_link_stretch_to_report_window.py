"""An act told as done within a stretch that ends at its report lies on or before the report's day.

"Earlier this year", "in recent weeks", "over the past few days", "in the past month": the time stage
resolves each to an open stretch from its start to the publication day, and an event keeps the one
period that holds the whole stretch; across a month's end that is the report's year. Left whole, that
year would let the act join a later incident of the same actors, months after the report. So a
happened act dated to the report's own year has a window that ends at the report's day.
Guards: a planned act, a lasting activity, a month, and a year that does not hold the report keep
their whole period.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

import pytest

from eventwire.link.incidents import same_incident
from eventwire.link.keys import date_window, key_of
from eventwire.model import Actor, Span
from eventwire.time.expressions import find_mentions
from eventwire.time.resolve import resolve
from link_support import told_event

REPORT = "2031-03-12"
REPORT_DAY = dt.date(2031, 3, 12)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Earlier this year, the envoy visited Oslo.", dt.date(2031, 1, 1)),
        ("The envoy visited Oslo in recent weeks.", dt.date(2031, 2, 12)),
        ("The envoy visited Oslo over the past few days.", dt.date(2031, 3, 9)),
        ("The envoy visited Oslo in the past month.", dt.date(2031, 2, 12)),
    ],
)
def test_link_stretch_resolves_to_an_open_range_ending_at_the_report(text, start):
    mention = find_mentions(text)[0]
    resolution = resolve(mention, REPORT_DAY, "back")
    assert resolution.open
    assert (resolution.start, resolution.end) == (start, REPORT_DAY)


def test_link_stretch_year_window_ends_at_the_report():
    assert date_window("2031", "year", "expression", REPORT) == (dt.date(2031, 1, 1), REPORT_DAY)
    assert date_window("2031", "year", "anchor", REPORT) == (dt.date(2031, 1, 1), REPORT_DAY)


def _actor(text: str, code: str) -> Actor:
    return Actor(Span(0, 1), text, code=code)


_visit = partial(told_event, source=_actor("The envoy", "SWEGOV"), target=_actor("Oslo", "NOR"))
EARLIER = replace(_visit("e1", "042", "visited", "Earlier this year, the envoy visited Oslo.", "a1", date="2031"),
                  date_precision="year")


def test_link_stretch_act_does_not_join_a_later_incident():
    june = _visit("e2", "042", "visited", "The envoy visited Oslo on Monday.", "a2", date="2031-06-16")
    assert not same_incident(key_of(EARLIER, REPORT), key_of(june, "2031-06-17"))


def test_link_stretch_act_still_joins_an_earlier_report_of_it():
    february = _visit("e3", "042", "visited", "The envoy visited Oslo on Monday.", "a3", date="2031-02-10")
    assert same_incident(key_of(EARLIER, REPORT), key_of(february, "2031-02-11"))


# Guards: these hold with and without the rule.

@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        (("2031", "year", "expression", REPORT), {"claim": "planned"}, (dt.date(2031, 1, 1), dt.date(2031, 12, 31))),
        (("2031", "year", "expression", REPORT), {"root": "09"}, (dt.date(2031, 1, 1), dt.date(2031, 12, 31))),
        (("2031-03", "month", "expression", REPORT), {}, (dt.date(2031, 3, 1), dt.date(2031, 3, 31))),
        (("2029", "year", "expression", REPORT), {}, (dt.date(2029, 1, 1), dt.date(2029, 12, 31))),
    ],
)
def test_link_stretch_other_windows_keep_their_whole_period(args, kwargs, expected):
    assert date_window(*args, **kwargs) == expected
