"""One report that dates two acts of one kind between the same states to two different days tells two
happenings: grouping keeps them apart, even when other reports, dated only by their publication, match
both. Our own hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.grouping import group_incidents
from eventwire.link.keys import EventKey

MONDAY, TUESDAY = dt.date(2031, 5, 5), dt.date(2031, 5, 6)


def _key(eid: str, article: str, cameo: str, trigger: str, start: dt.date, end: dt.date, *,
         publication_dated: bool = False, source: str = "USA", target: str = "FRA") -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo=cameo, root=cameo[:2], source=source, target=target,
        start=start, end=end, place_country="USA", trigger=frozenset({trigger}),
        source_code=source + "GOV", target_code=target + "GOV", publication_dated=publication_dated,
    )


def _reports(second_day: dt.date) -> list[EventKey]:
    """Report a: "the presidents met on Monday" and "the president welcomed his guest on <second_day>";
    reports b and c, dated only by their publication: "the presidents met" and "welcomed his guest"."""
    return [
        _key("a1", "a", "040", "met", MONDAY, MONDAY),
        _key("a2", "a", "042", "welcom", second_day, second_day),
        _key("b1", "b", "040", "met", MONDAY - dt.timedelta(days=2), TUESDAY, publication_dated=True),
        _key("c1", "c", "042", "welcom", MONDAY - dt.timedelta(days=2), TUESDAY, publication_dated=True),
    ]


def test_link_days_told_apart_keep_two_meetings_apart():
    incidents = group_incidents(_reports(TUESDAY))
    assert incidents["a1"] != incidents["a2"]


def test_link_days_told_apart_one_day_still_one_happening():
    incidents = group_incidents(_reports(MONDAY))
    assert len({incidents[key] for key in ("a1", "a2", "b1", "c1")}) == 1


def test_link_days_told_apart_other_states_do_not_count():
    """Monday's meeting with France and Tuesday's with Japan in one report say nothing about each other."""
    keys = [
        _key("a1", "a", "040", "met", MONDAY, MONDAY),
        _key("a2", "a", "040", "met", TUESDAY, TUESDAY, target="JPN"),
        _key("b1", "b", "040", "met", MONDAY, MONDAY),
    ]
    incidents = group_incidents(keys)
    assert incidents["a1"] == incidents["b1"]
