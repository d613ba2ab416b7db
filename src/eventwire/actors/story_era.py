"""The years of an undated story, read from the office holders it names together.

With no publication date a person takes their latest role (``roles.code_on``), which is right for recent news and
wrong for an old story: "Mr Hague" in an undated 2005 report became the foreign secretary he was only from 2010.
The other people of the story say when it was written: Blair as prime minister, Howard as leader of the
opposition and Brown as chancellor were all in office together only from late 2003 to late 2005. Where two or
more of the story's people held roles at one time, a person whose every role began years after that time is
coded without them (their base code or country), flagged ``role_after_story``. A title the text writes
("Foreign Secretary William Hague") still decides, since only mentions coded by the latest role are read.
"""

from __future__ import annotations

import datetime as dt

from eventwire.actors.dictionary import Entry
from eventwire.actors.mention import Mention

#: People whose roles overlap in time needed before their common years date the story.
MIN_PEOPLE = 2
#: Years a person's first role must begin after the story's latest possible day: an office taken a little later
#: may be one the dictionary dates late (a president-elect before the inauguration).
MARGIN_DAYS = 2 * 365


def later_roles(mentions: list[Mention]) -> None:
    """Code the undated story's people whose roles all began well after its years (see the module's doc)."""
    people = [m for m in mentions if m.kind == "person" and m.entry is not None and m.entry.roles]
    latest = _latest_day(list({id(m.entry): m.entry for m in people}.values()))
    if latest is None:
        return
    cutoff = (dt.date.fromisoformat(latest) + dt.timedelta(days=MARGIN_DAYS)).isoformat()
    for mention in people:
        if "role_date_unknown" not in mention.flags or \
                not all(role.start and role.start > cutoff for role in mention.entry.roles):
            continue
        entry = mention.entry
        mention.code = entry.base or entry.country
        mention.country = entry.country
        mention.flags.append("role_after_story")


def _latest_day(entries: list[Entry]) -> str | None:
    """The last day on which the most of ``entries`` (at least ``MIN_PEOPLE``) held a role together, or None.
    Ties between separate periods take the latest, which codes the fewest people away from their latest role."""
    best, latest = 0, None
    starts = sorted({role.start or "0001-01-01" for entry in entries for role in entry.roles})
    for day in starts:
        active = [[role for role in entry.roles if role.active(day)] for entry in entries]
        holders = [roles for roles in active if roles]
        if len(holders) < max(best, MIN_PEOPLE):
            continue
        ends = [max((role.end or "9999-12-31") for role in roles) for roles in holders]
        last = min(ends)
        if len(holders) > best or last > (latest or ""):
            best, latest = len(holders), last
    return None if latest is None or latest.startswith("9999") else latest
