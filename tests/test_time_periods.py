"""Calendar periods: iso_range for every precision, and covering ranges."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.periods import covering, season_of
from eventwire.time import iso_range


@pytest.mark.parametrize(
    ("value", "precision", "first", "last"),
    [
        ("2017-05-02", "day", date(2017, 5, 2), date(2017, 5, 2)),
        ("2017-W18", "week", date(2017, 5, 1), date(2017, 5, 7)),
        ("2015-W53", "week", date(2015, 12, 28), date(2016, 1, 3)),
        ("2017-04", "month", date(2017, 4, 1), date(2017, 4, 30)),
        ("2016-02", "month", date(2016, 2, 1), date(2016, 2, 29)),
        ("2017-spring", "season", date(2017, 3, 1), date(2017, 5, 31)),
        ("2017-summer", "season", date(2017, 6, 1), date(2017, 8, 31)),
        ("2017-autumn", "season", date(2017, 9, 1), date(2017, 11, 30)),
        ("2015-winter", "season", date(2015, 12, 1), date(2016, 2, 29)),
        ("2017", "year", date(2017, 1, 1), date(2017, 12, 31)),
    ],
)
def test_time_iso_range_bounds_each_precision(value, precision, first, last):
    assert iso_range(value, precision) == (first, last)


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2017-04", "day"), ("2017-W60", "week"), ("2017-fall", "season"), ("17", "year"), ("2017", "decade")],
)
def test_time_iso_range_rejects_malformed_values(value, precision):
    with pytest.raises(ValueError):
        iso_range(value, precision)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2017, 5, 2), date(2017, 5, 2), ("2017-05-02", "day")),
        (date(2017, 5, 1), date(2017, 5, 4), ("2017-W18", "week")),
        (date(2017, 4, 3), date(2017, 4, 20), ("2017-04", "month")),
        (date(2017, 1, 1), date(2017, 5, 2), ("2017", "year")),
        (date(2011, 1, 1), date(2017, 5, 2), (None, None)),
    ],
)
def test_time_covering_gives_smallest_period(start, end, expected):
    assert covering(start, end) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2017, 1, 15), (2016, "winter")),
        (date(2017, 12, 1), (2017, "winter")),
        (date(2017, 5, 31), (2017, "spring")),
    ],
)
def test_time_season_of_names_winter_by_its_december(day, expected):
    assert season_of(day) == expected


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2017-05-02", "day"), ("2017-W18", "week"), ("2017-04", "month"), ("2016-winter", "season"), ("2017", "year")],
)
def test_time_iso_range_agrees_with_the_store(value, precision):
    """The store indexes event dates through a lenient wrapper: same days, precision or not."""
    from eventwire.store.rows import iso_range as store_iso_range

    assert store_iso_range(value, precision) == iso_range(value, precision)
    assert store_iso_range(value, None) == iso_range(value, precision)


def test_time_store_wrapper_never_raises_on_malformed_dates():
    from eventwire.store.rows import iso_range as store_iso_range

    assert store_iso_range("2017-13", "month") == (None, None)
    assert store_iso_range("sometime", None) == (None, None)
