"""Calendar periods as ISO strings at a precision, and their day ranges.

Shared by the time stage (which resolves expressions to periods) and the
store (which indexes event dates by the days they cover); it imports nothing
heavy so the store and the HTTP API stay light.

Every resolved time is a *period*: a day (``2017-05-02``), an ISO week
(``2017-W18``), a month (``2017-04``), a season (``2017-spring``) or a year
(``2017``), or an explicit *range* of days written as an ISO 8601 interval
(``2017-04-25/2017-05-02``). The store indexes event dates by the first and
last day a period covers, so :func:`iso_range` is the one place that knows how
long each lasts.

Why a range: a stretch such as "over the past week" said on 2 May runs from
25 April to 2 May. The smallest standard period holding it is the whole year,
which would date the event to twelve months and let it meet every later
incident of the same actors. :func:`stretch` keeps such a stretch as its own
days whenever the period that covers it is more than twice as long; a stretch
that fits its period ("this week", "in May") keeps the period.

Seasons are meteorological and northern-hemisphere (spring = March–May,
summer = June–August, autumn = September–November, winter = December to the
end of February). A winter is named by the year of its December, so
``2016-winter`` runs from 2016-12-01 to 2017-02-28: "this winter" said in
January 2017 is the winter that began in December 2016.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

SEASONS = ("spring", "summer", "autumn", "winter")
#: First month of each season; winter runs into the next year.
SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(spring|summer|autumn|winter)$")
_YEAR = re.compile(r"^(\d{4})$")
_RANGE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})$")
#: A stretch becomes a range when the period covering it lasts more than this many times as long.
RANGE_SLACK = 2
#: Longest stretch kept as a range: a season's length. A longer one ("since 2011", "over the past
#: year") is the background of a report, not the time of one act, and a window of years would tie
#: acts years apart; it keeps its covering period (or none).
RANGE_MAX_DAYS = 92


def iso_range(value: str, precision: str) -> tuple[date, date]:
    """First and last day covered by ``value`` at ``precision`` (both inclusive).

    >>> iso_range("2017-W18", "week")
    (datetime.date(2017, 5, 1), datetime.date(2017, 5, 7))

    Raises ``ValueError`` when the value does not have the shape its
    precision promises (or a range ends before it starts), so a bad row fails
    loudly instead of indexing wrong.
    """
    if precision == "range":
        return _interval(value)
    patterns = {"day": _DAY, "week": _WEEK, "month": _MONTH, "season": _SEASON, "year": _YEAR}
    pattern = patterns.get(precision)
    if pattern is None:
        raise ValueError(f"unknown date precision {precision!r}: use one of day, week, month, season, year, range")
    match = pattern.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not an ISO value at precision {precision!r}")
    year = int(match.group(1))
    if precision == "day":
        day = date(year, int(match.group(2)), int(match.group(3)))
        return day, day
    if precision == "week":
        monday = date.fromisocalendar(year, int(match.group(2)), 1)
        return monday, monday + timedelta(days=6)
    if precision == "month":
        return month_range(year, int(match.group(2)))
    if precision == "season":
        return season_range(year, match.group(2))
    return date(year, 1, 1), date(year, 12, 31)


def _interval(value: str) -> tuple[date, date]:
    match = _RANGE.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not an ISO 8601 day interval (YYYY-MM-DD/YYYY-MM-DD)")
    numbers = [int(group) for group in match.groups()]
    start, end = date(*numbers[:3]), date(*numbers[3:])
    if end < start:
        raise ValueError(f"{value!r} ends before it starts")
    return start, end


def range_value(start: date, end: date) -> str:
    """The ISO 8601 interval of two days, e.g. ``2017-04-25/2017-05-02``."""
    return f"{start.isoformat()}/{end.isoformat()}"


def precision_of(value: str) -> str:
    """The precision an ISO value's shape implies (for rows stored without one)."""
    if "/" in value:
        return "range"
    if "-W" in value:
        return "week"
    if value[-1].isalpha():
        return "season"
    return {4: "year", 7: "month"}.get(len(value), "day")


def like_precision(precision: str | None, start: date | None, end: date | None) -> str | None:
    """The standard precision a time's length is like: a range is read as the shortest period that lasts as long.

    Why: rules that weigh how fine a time is ("days after" an April strike
    keeps April; "after" a month or longer contains both clauses) were written
    for standard periods; a range of eight days is as fine as a week-long
    period would be, wherever its ends fall.
    """
    if precision != "range" or start is None or end is None:
        return precision
    days = (end - start).days + 1
    for name, longest in (("day", 1), ("week", 7), ("month", 31), ("season", 92)):
        if days <= longest:
            return name
    return "year"


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def season_range(year: int, season: str) -> tuple[date, date]:
    first = SEASON_START_MONTH[season]
    start = date(year, first, 1)
    last_year, last_month = (year + 1, 2) if season == "winter" else (year, first + 2)
    return start, date(last_year, last_month, monthrange(last_year, last_month)[1])


def season_of(day: date) -> tuple[int, str]:
    """The (named year, season) containing ``day``."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "winter"
    for season in ("spring", "summer", "autumn"):
        if day.month in range(SEASON_START_MONTH[season], SEASON_START_MONTH[season] + 3):
            return day.year, season
    raise AssertionError("unreachable")  # pragma: no cover


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def value_of(day: date, precision: str) -> str:
    """ISO value at ``precision`` of the period containing ``day``."""
    if precision == "day":
        return day.isoformat()
    if precision == "week":
        return week_value(day)
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "season":
        year, season = season_of(day)
        return f"{year}-{season}"
    return f"{day.year:04d}"


def covering(start: date, end: date) -> tuple[str | None, str | None]:
    """The smallest single period holding both days, as (value, precision).

    Why: an open range such as "since January" (to a publication day in May)
    still says *which year* something happened; an event dated by it gets
    that year rather than nothing. Ranges across years give (None, None).
    """
    for precision in ("day", "week", "month", "year"):
        if value_of(start, precision) == value_of(end, precision):
            return value_of(start, precision), precision
    return None, None


def stretch(start: date, end: date) -> tuple[str | None, str | None]:
    """A stretch of days as (value, precision): its covering period if that fits it, else a range.

    Why: "in recent days" said on 2 May covers 25 April to 2 May; the period
    holding both ends is 2017, and dating the event to a whole year claims
    eleven months the text never named. The covering period is kept when it
    is at most :data:`RANGE_SLACK` times as long as the stretch ("this past
    week" is its ISO week), and for a stretch longer than
    :data:`RANGE_MAX_DAYS`.
    """
    value, precision = covering(start, end)
    if (end - start).days + 1 > RANGE_MAX_DAYS:
        return value, precision
    if value is not None and precision is not None:
        first, last = iso_range(value, precision)
        if (last - first).days + 1 <= RANGE_SLACK * ((end - start).days + 1):
            return value, precision
    return range_value(start, end), "range"


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (day, week, month, year)."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    if unit == "month":
        return add_months(day, amount)
    return add_months(day, 12 * amount)


def period_range(day: date, unit: str) -> tuple[date, date]:
    """First and last day of the ``unit`` (day/week/month/year) holding ``day``."""
    return iso_range(value_of(day, unit), unit)
