"""A report of force with a missing side joins the strike many reports tell before an act one report tells.

"U.S. missile strikes" (``USA→?``) matches the strike on the air base that three reports tell
(``USA→SYR``) and, as fully, a single act read from one article only (a page's tag line "strike Syria
United States" read as ``USA→USA``). The single act meets it by a full share and would go first; the
two targets then clash and the report is kept from the strike. For force the many-told strike goes
first. Guards: talk keeps the shares (a one-sided "welcomed" joins one article's "commended" before
a meeting three reports tell), and with no group that three articles tell, the single act still
comes first. Our own hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.grouping import group_incidents
from eventwire.link.keys import EventKey

DAY = dt.date(2031, 4, 8)


def _key(eid: str, article: str, source: str | None, target: str | None, *, cameo: str = "195",
         trigger: tuple[str, ...] = ("missil", "strike"), target_code: str | None = None,
         days: tuple[int, int] = (3, 0)) -> EventKey:
    """An act told by ``article``, dated by its report to the days from ``days[0]`` to ``days[1]`` before DAY."""
    return EventKey(
        event_id=eid, article_id=article, cameo=cameo, root=cameo[:2], source=source, target=target,
        start=DAY - dt.timedelta(days=days[0]), end=DAY - dt.timedelta(days=days[1]), place_country=None,
        trigger=frozenset(trigger),
        source_code=source, target_code=target_code or target, publication_dated=True,
        trigger_span=(0, 6), claim="happened",
    )


def _strike_told_by(articles: str) -> list[EventKey]:
    """The strike on the base told by each of ``articles``; the last report dates it to days that end
    before the last day, so a report of that day (``_ordered``) meets all but that one: a share under one."""
    keys = [_key(f"base_{n}", n, "USA", "SYR", target_code="SYRMIL", days=(6, 0)) for n in articles]
    return [*keys[:-1], _key(f"base_{articles[-1]}", articles[-1], "USA", "SYR", target_code="SYRMIL", days=(6, 3))]


def _tag() -> EventKey:
    return _key("tag", "d", "USA", "USA", cameo="190", trigger=("strike",), target_code="USACVL")


def _ordered() -> EventKey:
    return _key("ordered", "e", "USA", None, days=(1, 0))


def test_link_one_sided_strike_report_joins_the_strike_three_articles_tell():
    incidents = group_incidents([*_strike_told_by("abc"), _tag(), _ordered()])
    assert incidents["ordered"] == incidents["base_a"] == incidents["base_b"] == incidents["base_c"]
    assert incidents["tag"] != incidents["ordered"]


# Guards.

def test_link_one_sided_talk_still_joins_the_single_act_by_its_share():
    meeting = [_key(f"met_{n}", n, "USA", "JPN", cameo="040", trigger=("meet", "welcom"), days=(6, 0)) for n in "ab"]
    meeting.append(_key("met_c", "c", "USA", "JPN", cameo="040", trigger=("meet", "welcom"), days=(6, 3)))
    commended = _key("commended", "d", "USA", "PRK", cameo="051", trigger=("welcom", "commend"))
    welcomed = _key("welcomed", "e", "USA", None, cameo="051", trigger=("welcom",), days=(1, 0))
    incidents = group_incidents([*meeting, commended, welcomed])
    assert incidents["welcomed"] == incidents["commended"]
    assert incidents["welcomed"] != incidents["met_a"]


def test_link_one_sided_strike_report_joins_the_single_act_when_none_is_told_by_three():
    incidents = group_incidents([*_strike_told_by("ab"), _tag(), _ordered()])
    assert incidents["ordered"] == incidents["tag"]
    assert incidents["base_a"] != incidents["ordered"]
