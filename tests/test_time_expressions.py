"""Finding and resolving expressions without a parse (direction given by hand)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.time.expressions import find_mentions
from eventwire.time.resolve import resolve

TUESDAY = date(2017, 5, 2)


def _one(text: str):
    mentions = find_mentions(text)
    assert len(mentions) == 1, [m.text for m in mentions]
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "direction", "value", "precision"),
    [
        ("earlier Tuesday", "back", "2017-05-02", "day"),  # dateparser: None
        ("this spring", "back", "2017-spring", "season"),  # dateparser: None
        ("Wednesday", "forward", "2017-05-03", "day"),  # dateparser PREFER past: a week back
        ("Wednesday", "back", "2017-04-26", "day"),
        ("Tuesday", "forward", "2017-05-02", "day"),
        ("last Tuesday", "back", "2017-04-25", "day"),
        ("next Wednesday", "back", "2017-05-03", "day"),
        ("yesterday", "forward", "2017-05-01", "day"),
        ("last week", "back", "2017-W17", "week"),
        ("this weekend", "forward", "2017-W18", "week"),
        ("last month", "back", "2017-04", "month"),
        ("in July", "back", "2016-07", "month"),
        ("in July", "forward", "2017-07", "month"),
        ("in May", "back", "2017-05", "month"),
        ("May 10, 2017", "forward", "2017-05-10", "day"),
        ("10 May", "back", "2016-05-10", "day"),
        ("10 May", "forward", "2017-05-10", "day"),
        ("2017-05-10", "back", "2017-05-10", "day"),
        ("in 2016", "forward", "2016", "year"),
        ("last year", "forward", "2016", "year"),
        ("three days ago", "back", "2017-04-29", "day"),
        ("the summer of 2014", "back", "2014-summer", "season"),
        ("next winter", "back", "2017-winter", "season"),
        ("Feb. 29", "back", "2016-02-29", "day"),  # the latest leap day, not an error
        ("22 October", "present", "2017-10-22", "day"),  # nearest: 173 days ahead, not 192 back
        ("22 March", "present", "2017-03-22", "day"),
    ],
)
def test_time_resolve_against_tuesday_2_may_2017(text, direction, value, precision):
    result = resolve(_one(text), TUESDAY, direction)
    assert (result.value, result.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "value", "start", "end"),
    [
        ("since January", "2017", "2017-01-01", "2017-05-02"),
        ("earlier this year", "2017", "2017-01-01", "2017-05-02"),
        ("later this month", "2017-05", "2017-05-02", "2017-05-31"),
        ("since 2011", None, "2011-01-01", "2017-05-02"),
        ("over the past two weeks", "2017-04-18/2017-05-02", "2017-04-18", "2017-05-02"),
    ],
)
def test_time_open_ranges_run_to_the_reference(text, value, start, end):
    result = resolve(_one(text), TUESDAY, "back")
    assert result.open
    assert (result.value, result.start.isoformat(), result.end.isoformat()) == (value, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Assad has fought in the six-year civil war.",
        "The Arab Spring reached Syria.",
        "Officials may meet again; troops will march on.",
        "The Sunday Times ran the story after the fact.",
        "He paid $2017 for 1,500 rifles.",
        "The fall of the city shocked the region.",
        "In the fall of Aleppo, thousands fled.",
        "Reporter April Ryan asked a question.",
    ],
)
def test_time_no_false_expressions(text):
    # A bare "after the ..." is only a candidate: the parse keeps it if its noun names a happening.
    assert [m.text for m in find_mentions(text) if not m.parts.get("bare")] == []


@pytest.mark.parametrize("text", ["Tuesday", "last month", "this spring", "10 May", "in July"])
def test_time_no_reference_no_value(text):
    assert resolve(_one(text), None, "back").value is None


def test_time_year_range_is_one_closed_range():
    result = resolve(_one("from 2010 to 2013"), TUESDAY, "back")
    assert (result.value, result.start.isoformat(), result.end.isoformat(), result.open) == (
        None,
        "2010-01-01",
        "2013-12-31",
        False,
    )


def test_time_longest_match_wins():
    assert [m.text for m in find_mentions("on Friday, September 25, 2020, police said")] == [
        "Friday, September 25, 2020"
    ]
