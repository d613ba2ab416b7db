"""Stretches of days ("over the past week", "between May 3 and May 9") dated as a range of days.

A stretch that no standard period fits is kept as its own first and last day, an ISO 8601
interval at precision ``range``; the store, the queries and the incident linker then read those
days, not the whole year that covers a stretch across a month's end.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import periods
from eventwire.link.incidents import same_incident
from eventwire.link.keys import date_window, key_of
from eventwire.model import DATE_PRECISIONS, Actor, Article, Event, Span
from eventwire.time.expressions import find_mentions
from eventwire.time.resolve import resolve
from time_support import date_word

D = dt.date


# -- the value: ISO 8601 interval, parsed, validated, round-tripped ----------------------------------


def test_time_day_ranges_interval_parses_to_its_two_days():
    assert "range" in DATE_PRECISIONS
    assert periods.iso_range("2017-04-25/2017-05-02", "range") == (D(2017, 4, 25), D(2017, 5, 2))
    assert periods.range_value(D(2017, 4, 25), D(2017, 5, 2)) == "2017-04-25/2017-05-02"
    assert periods.precision_of("2017-04-25/2017-05-02") == "range"


@pytest.mark.parametrize(
    ("value", "precision", "reason"),
    [
        ("2017-05-09/2017-05-03", "range", "ends before it starts"),
        ("2017-05-03/2017-05", "range", "interval"),
        ("2017-05-03--2017-05-09", "range", "interval"),
        ("2017-02-30/2017-03-02", "range", "day is out of range"),
        ("2017-05-03", "fortnight", "unknown date precision"),
    ],
)
def test_time_day_ranges_malformed_interval_is_refused(value, precision, reason):
    with pytest.raises(ValueError, match=reason):
        periods.iso_range(value, precision)


def test_time_day_ranges_event_round_trips_with_its_range():
    event = Event(id="e1", article_id="a1", cameo="190", trigger=Span(0, 4), span=Span(0, 4),
                  date="2016-12-28/2017-01-03", date_precision="range", date_basis="expression")
    again = Event.from_dict(event.to_dict())
    assert (again.date, again.date_precision) == ("2016-12-28/2017-01-03", "range")
    assert periods.iso_range(again.date, again.date_precision) == (D(2016, 12, 28), D(2017, 1, 3))


# -- when a stretch is a range, and when it keeps its period -----------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2017, 4, 25), D(2017, 5, 2), ("2017-04-25/2017-05-02", "range")),  # across a month: not the year
        (D(2016, 12, 27), D(2017, 1, 3), ("2016-12-27/2017-01-03", "range")),  # across a year: not nothing
        (D(2017, 5, 1), D(2017, 5, 7), ("2017-W18", "week")),  # the ISO week itself
        (D(2017, 5, 1), D(2017, 5, 20), ("2017-05", "month")),  # most of a month keeps the month
        (D(2017, 5, 13), D(2017, 5, 20), ("2017-05-13/2017-05-20", "range")),  # a month is four times longer
        (D(2017, 1, 1), D(2017, 5, 2), ("2017", "year")),  # longer than a season: the covering period
        (D(2016, 5, 2), D(2017, 5, 2), (None, None)),  # a year across a year's end: still nothing
    ],
)
def test_time_day_ranges_stretch_is_a_range_only_where_no_period_fits(start, end, expected):
    assert periods.stretch(start, end) == expected


# -- each kind of stretch, resolved against a publication day ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Rebels shelled the port over the past week.", "period", "2017-04-25/2017-05-02"),
        ("The ministry reported raids in the past few days.", "recent", "2017-04-29/2017-05-02"),
        ("Troops seized three villages in the last ten days.", "recent", "2017-04-22/2017-05-02"),
        ("Aid convoys have waited since last Thursday.", "weekday", "2017-04-27/2017-05-02"),
        ("Envoys met between April 27 and May 1 in Oslo.", "day_range", "2017-04-27/2017-05-01"),
        ("Inspectors toured the plant from 28 to 30 April.", "day_range", "2017-04-28/2017-04-30"),
        ("Strikes hit the valley on April 28-30, 2017.", "day_range", "2017-04-28/2017-04-30"),
        ("Talks ran from December 28 to January 3.", "day_range", "2016-12-28/2017-01-03"),
    ],
)
def test_time_day_ranges_each_stretch_kind_resolves_to_its_days(text, kind, value):
    (mention,) = find_mentions(text)
    resolution = resolve(mention, D(2017, 5, 2), "back")
    assert (mention.kind, resolution.value, resolution.precision) == (kind, value, "range")
    assert periods.range_value(resolution.start, resolution.end) == value  # start/end agree with the value


@pytest.mark.parametrize("text", ["Shots were fired on 3 and 9 May.", "The vote ended 3-1 May voters said."])
def test_time_day_ranges_two_days_or_a_backward_span_are_no_range(text):
    resolved = [resolve(m, D(2017, 5, 20), "back") for m in find_mentions(text)]
    assert all(r.precision != "range" for r in resolved)


def test_time_day_ranges_stretch_that_fits_its_period_keeps_it():
    (mention,) = find_mentions("Officials met this week.")
    assert resolve(mention, D(2017, 5, 4), "back").precision == "week"
    (mention,) = find_mentions("Police have made arrests since early May.")
    assert resolve(mention, D(2017, 5, 20), "back").value == "2017-05"


def test_time_day_ranges_event_in_a_stretch_across_a_month_is_dated_by_its_days(nlp, ctx):
    event = date_word("The army said it shelled rebel positions over the past week.", "shelled", "2017-05-02",
                      nlp, ctx)
    assert (event.date, event.date_precision, event.date_basis) == ("2017-04-25/2017-05-02", "range", "expression")


def test_time_day_ranges_plan_for_the_coming_weeks_stays_after_the_report(nlp, ctx):
    """A forward stretch with a guessed end that no month holds: the report's day is the earliest."""
    event = date_word("The envoy is expected to visit the capital in the coming weeks.", "visit", "2017-05-20",
                      nlp, ctx)
    assert (event.date, event.date_basis) == ("2017-05-20", "after_publication")


# -- readers: the store's query and the incident linker ----------------------------------------------


def _ranged_article() -> Article:
    text = "Rebels shelled the port over the past week."
    rebels = Actor(Span(0, 6), "Rebels", "SYRREB", "SYR")
    event = Event(id="r1#e1", article_id="r1", cameo="190", root="19", quad_class=4, goldstein=-10.0,
                  trigger=Span(7, 14), trigger_text="shelled", span=Span(0, 14), sentence=text,
                  source=rebels, date="2017-04-25/2017-05-02", date_precision="range", date_basis="expression")
    return Article(id="r1", text=text, published="2017-05-02", events=[event], actors=[rebels], source_sha="r1")


@pytest.mark.parametrize(
    ("since", "until", "found"),
    [
        ("2017-04-28", "2017-04-29", True),  # a query inside the range
        ("2017-05-02", None, True),  # the range's last day
        (None, "2017-04-25", True),  # its first day
        ("2017-05-03", None, False),  # after it
        (None, "2017-04-24", False),  # before it
        ("2017-01-01", "2017-04-20", False),  # earlier in the year the range no longer claims
    ],
)
def test_time_day_ranges_store_query_finds_a_range_event_only_within_its_days(tmp_path, since, until, found):
    store_module = pytest.importorskip("eventwire.store")
    from eventwire.store import query

    with store_module.Store(tmp_path / "ranges.duckdb") as store:
        store.write([_ranged_article()], [], store.start_run([]))
        rows = query.events(store.con, query.EventFilter(since=since, until=until)).to_dicts()
    assert [row["event_id"] for row in rows] == (["r1#e1"] if found else [])
    if found:
        assert (rows[0]["date"], rows[0]["date_precision"]) == ("2017-04-25/2017-05-02", "range")


def _strike(eid: str, date: str, precision: str, article: str) -> Event:
    return Event(id=eid, article_id=article, cameo="195", root="19", trigger=Span(0, 1), span=Span(0, 1),
                 trigger_text="air strikes", source=Actor(Span(0, 1), "jets", code="RUSMIL"),
                 target=Actor(Span(0, 1), "rebels", code="SYRREB"),
                 date=date, date_precision=precision, date_basis="expression")


def test_time_day_ranges_incident_window_is_the_range():
    assert date_window("2017-04-25/2017-05-02", "range", "expression", "2017-05-02") == (D(2017, 4, 25),
                                                                                          D(2017, 5, 2))
    week_of_strikes = key_of(_strike("e1", "2017-04-25/2017-05-02", "range", "a1"), "2017-05-02")
    inside = key_of(_strike("e2", "2017-04-28", "day", "a2"), "2017-04-28")
    months_before = key_of(_strike("e3", "2017-02-10", "day", "a3"), "2017-02-10")
    assert same_incident(week_of_strikes, inside)
    assert not same_incident(week_of_strikes, months_before)
