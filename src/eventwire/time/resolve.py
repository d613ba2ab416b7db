"""Resolve a found expression to a calendar period, given a reference day.

The reference is normally the publication date. ``direction`` comes from the
tense of the clause the expression sits in: ``"back"`` (past, perfect,
reported speech), ``"forward"`` (future, infinitive) or ``"present"``.
Direction matters only for expressions that do not carry their own
("Tuesday", "in July", "May 10", "in the spring"); "last", "next",
"yesterday" and "ago" say it themselves.

Rules, in words (the tests hold the examples; ``"present"`` acts as
forward except where stated):

* bare weekday, back: the latest such day on or before the reference (so
  "Tuesday" in a Tuesday story is that day); forward: the first on or after.
  "last"/"this past" Tuesday is strictly before, "next"/"this coming" strictly
  after; "earlier Tuesday" is back, "later Tuesday" forward.
* month or month-day without a year: the latest on or before (back) or the
  first on or after (forward); in a present clause the nearest one (ties
  forward); "last July" strictly before the reference month.
* "last/this/next week|month|year" are calendar periods (ISO weeks);
  "earlier this year" is the open range from the period's start to the
  reference, "later this week" from the reference to the period's end.
* seasons: see :mod:`eventwire.time.periods`.
* a preceding "since" makes an open range from the period's start to the
  reference.
* a stretch of days ("in recent days", "over the past week", "since
  Monday", "between May 3 and May 9") is dated by the standard period that
  covers it only when that period fits it; otherwise by the stretch itself, a
  ``range`` precision (:func:`eventwire.periods.stretch`).

No reference and no year in the text gives an unresolved value (None):
never today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from eventwire import periods
from eventwire.time.expressions import (
    SEASON_WORDS,
    WEEKDAYS,
    Mention,
    month_number,
    number_value,
)

#: Default sizes for "in recent days" and friends, when no number is given.
RECENT_DEFAULT = {"day": 7, "week": 4, "month": 6, "year": 5}


@dataclass(slots=True)
class Resolution:
    """A period (value at precision) and the days it bounds; all None if unknown."""

    value: str | None = None
    precision: str | None = None
    start: date | None = None
    end: date | None = None
    open: bool = False


def resolve(mention: Mention, reference: date | None, direction: str = "back") -> Resolution:
    """Resolve ``mention`` against ``reference`` in ``direction`` (back|forward)."""
    resolver = _RESOLVERS.get(mention.kind)
    if resolver is None:
        return Resolution()
    try:
        result = resolver(mention.parts, reference, direction)
    except (ValueError, OverflowError):  # e.g. "February 30": not a date, not an error
        return Resolution()
    if mention.since and result.start is not None:
        return _open_from(result.start, reference)
    return result


def period(value: str, precision: str) -> Resolution:
    start, end = periods.iso_range(value, precision)
    return Resolution(value, precision, start, end)


def _open_from(start: date, reference: date | None) -> Resolution:
    """An open range from ``start`` to the reference (or unbounded if none)."""
    if reference is None or reference < start:
        return Resolution(None, None, start, None, True)
    value, precision = periods.stretch(start, reference)
    return Resolution(value, precision, start, reference, True)


def _iso_date(parts: dict, reference: date | None, direction: str) -> Resolution:
    return period(date(int(parts["year"]), int(parts["m"]), int(parts["d"])).isoformat(), "day")


def _date(parts: dict, reference: date | None, direction: str) -> Resolution:
    month, day = month_number(parts["mon"]), int(parts["d"])
    if "year" in parts:
        return period(date(int(parts["year"]), month, day).isoformat(), "day")
    if reference is None:
        return Resolution()
    # Candidates in the years around the reference (four either side, for 29 February).
    options = [date(y, month, day) for y in range(reference.year - 4, reference.year + 5) if _valid(y, month, day)]
    if not options:
        return Resolution()
    if direction == "back":
        candidate = max((o for o in options if o <= reference), default=None)
    elif direction == "forward":
        candidate = min((o for o in options if o >= reference), default=None)
    else:  # "present": no tense to go by, the nearest such date (ties forward)
        candidate = min(options, key=lambda option: (abs((option - reference).days), option < reference))
    return period(candidate.isoformat(), "day") if candidate else Resolution()


def _month(parts: dict, reference: date | None, direction: str) -> Resolution:
    month = month_number(parts["mon"])
    if "year" in parts:
        return period(f"{int(parts['year']):04d}-{month:02d}", "month")
    if reference is None:
        return Resolution()
    mod, prep = parts.get("mod"), parts.get("prep", "")
    year = reference.year
    if mod == "last":
        year = year if month < reference.month else year - 1
    elif mod == "next":
        year = year if month > reference.month else year + 1
    elif mod == "this":
        pass
    else:
        if prep.startswith(("since", "after", "from", "earlier")):
            direction = "back"
        if direction == "present":  # the nearest such month, ties forward
            distance = (month - reference.month) % 12
            year += 1 if distance <= 6 and month < reference.month else 0
            year -= 1 if distance > 6 and month > reference.month else 0
        elif direction == "back" and month > reference.month:
            year -= 1
        elif direction == "forward" and month < reference.month:
            year += 1
    return period(f"{year:04d}-{month:02d}", "month")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _weekday(parts: dict, reference: date | None, direction: str) -> Resolution:
    if reference is None:
        return Resolution()
    target = WEEKDAYS.index(parts["wd"])
    mod, rel = parts.get("mod"), parts.get("rel")
    back = (reference.weekday() - target) % 7  # days back to the latest such day, 0 = today
    ahead = (target - reference.weekday()) % 7
    if mod in ("last", "past", "this past"):
        day = reference - timedelta(days=back or 7)
    elif mod in ("next", "coming", "this coming"):
        day = reference + timedelta(days=ahead or 7)
    else:
        if rel == "earlier":
            direction = "back"
        elif rel == "later":
            direction = "forward"
        day = reference - timedelta(days=back) if direction == "back" else reference + timedelta(days=ahead)
    return period(day.isoformat(), "day")


def _deictic(parts: dict, reference: date | None, direction: str) -> Resolution:
    if reference is None:
        return Resolution()
    word = parts["word"]
    offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    return period((reference + timedelta(days=offset)).isoformat(), "day")


def _period(parts: dict, reference: date | None, direction: str) -> Resolution:
    if reference is None:
        return Resolution()
    unit, mod, rel = parts["unit"], parts["mod"], parts.get("rel")
    if unit == "weekend":
        return _weekend(mod, reference)
    if mod in ("the past", "past"):  # "the past year": the year up to the reference
        return _open_range(periods.shift(reference, unit, -1), reference)
    step = {"last": -1, "the previous": -1, "this past": -1, "next": 1, "the coming": 1}.get(mod, 0)
    anchor = periods.shift(reference, unit, step)
    result = period(periods.value_of(anchor, unit), unit)
    if rel == "earlier" and step == 0:
        return Resolution(result.value, unit, result.start, reference, True)
    if rel == "later" and step == 0:
        return Resolution(result.value, unit, reference, result.end, True)
    return result


def _weekend(mod: str, reference: date) -> Resolution:
    saturday = reference + timedelta(days=5 - reference.weekday())  # this ISO week's Saturday
    if mod in ("last", "this past", "the past", "past", "the previous"):
        saturday -= timedelta(days=7)
    elif mod in ("next", "the coming"):
        saturday += timedelta(days=7)
    sunday = saturday + timedelta(days=1)
    return Resolution(periods.week_value(saturday), "week", saturday, sunday)


def _open_range(start: date, end: date) -> Resolution:
    """'The past week', 'in recent days': the stretch itself, or the period that fits it (``periods.stretch``)."""
    value, precision = periods.stretch(start, end)
    return Resolution(value, precision, start, end, True)


def _ago(parts: dict, reference: date | None, direction: str) -> Resolution:
    if reference is None:
        return Resolution()
    amount = number_value(parts.get("num")) or 1
    unit = parts["unit"].rstrip("s")
    if unit == "hour":
        return period(reference.isoformat(), "day")
    day = periods.shift(reference, unit, -amount)
    return period(periods.value_of(day, unit), unit)


def _recent(parts: dict, reference: date | None, direction: str) -> Resolution:
    if reference is None:
        return Resolution()
    unit = parts["unit"].rstrip("s")
    amount = number_value(parts.get("num")) or RECENT_DEFAULT[unit]
    if parts["dir"] in ("next", "coming"):
        return _open_range(reference, periods.shift(reference, unit, amount))
    return _open_range(periods.shift(reference, unit, -amount), reference)


def _season(parts: dict, reference: date | None, direction: str) -> Resolution:
    season = SEASON_WORDS[parts["season"]]
    if "year" in parts:
        return period(f"{int(parts['year'])}-{season}", "season")
    if reference is None:
        return Resolution()
    mod = parts.get("mod", "")
    year = reference.year - 1 if season == "winter" and reference.month <= 2 else reference.year
    start, end = periods.season_range(year, season)
    if mod == "last":
        year = year if end < reference else year - 1
    elif mod == "next":
        year = year if start > reference else year + 1
    elif mod != "this":
        if mod == "since the":
            direction = "back"
        if direction == "back" and start > reference:
            year -= 1
        elif direction in ("forward", "present") and end < reference:
            year += 1
    return period(f"{year}-{season}", "season")


def _day_range(parts: dict, reference: date | None, direction: str) -> Resolution:
    """'Between May 3 and May 9': its last day as a date would resolve, its first the latest such day before.

    A closed stretch, so not open; kept as a range unless a period fits it
    (``periods.stretch``). A first day after the last ("May 9-3") is no range.
    """
    last_parts = {"mon": parts.get("mon2") or parts["mon"], "d": parts["d2"]}
    if "year" in parts:
        last_parts["year"] = parts["year"]
    last = _date(last_parts, reference, direction)
    if last.start is None:
        return Resolution()
    month, day = month_number(parts["mon"]), int(parts.get("d") or parts["d_"])
    first = date(last.start.year, month, day)
    if first > last.start:
        if "mon2" not in parts:
            return Resolution()
        first = date(last.start.year - 1, month, day)  # "from December 28 to January 3"
    value, precision = periods.stretch(first, last.start)
    return Resolution(value, precision, first, last.start)


def _year(parts: dict, reference: date | None, direction: str) -> Resolution:
    return period(parts["year"], "year")


def _year_range(parts: dict, reference: date | None, direction: str) -> Resolution:
    """'from 2010 to 2013': a closed range; its value only if one year covers it."""
    start, end = date(int(parts["year"]), 1, 1), date(int(parts["year2"]), 12, 31)
    if end < start:
        return Resolution()
    value, precision = periods.covering(start, end)
    return Resolution(value, precision, start, end)


_RESOLVERS = {
    "iso_date": _iso_date,
    "date": _date,
    "month": _month,
    "weekday": _weekday,
    "deictic": _deictic,
    "period": _period,
    "ago": _ago,
    "recent": _recent,
    "season": _season,
    "year": _year,
    "year_range": _year_range,
    "day_range": _day_range,
}
