"""Pick the code an entry holds on a given day.

People change jobs: Trump is USAGOV from 2017-01-20 to 2021-01-20 and from
2025-01-20, plain USA before. The article's publication date decides; with no
date we take the most recent role and say so with ``role_date_unknown``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from eventwire.actors.dictionary import Entry, Role

#: Open-ended roles from the legacy 2014 files may have ended since.
LEGACY_HORIZON = "2014-12-31"


@dataclass(slots=True)
class Coding:
    code: str | None
    country: str | None
    role: Role | None = None
    flags: list[str] = field(default_factory=list)


def code_on(entry: Entry, date: str | None) -> Coding:
    """The entry's code on ``date`` (ISO day) or, without one, its latest role."""
    if entry.kind != "person":
        return Coding(entry.code, entry.country)  # the loader derived and checked it
    if not entry.roles:
        code = entry.base or entry.country
        return Coding(code, entry.country or _country_of(code))
    if date is None:
        role = max(entry.roles, key=lambda r: r.start or "")
        return Coding(role.code, _role_country(entry, role.code), role, ["role_date_unknown"])
    active = [r for r in entry.roles if r.active(date)]
    if not active:
        if entry.base is None and entry.country and _left_office(entry, date):
            return Coding(entry.country + "ELI", entry.country, None, ["former_office"])
        code = entry.base or entry.country
        return Coding(code, entry.country or _country_of(code))
    role = max(active, key=lambda r: r.start or "")
    flags = [] if role.verified or date <= LEGACY_HORIZON else ["role_unverified"]
    return Coding(role.code, _role_country(entry, role.code), role, flags)


#: Sectors of a state's offices: one who held one and holds none on the day is a former official.
STATE_OFFICES = ("GOV", "LEG", "MIL", "JUD", "COP", "SPY")


#: Days an office must have been over before the person counts as a former official: a story published just
#: after a role's end (a commander killed in office, whose role ends on the day he died) still tells of the
#: office holder.
FORMER_AFTER_DAYS = 30


def _left_office(entry: Entry, date: str) -> bool:
    """The person held an office of their own state that ended well before ``date`` ("Biden" in 2020, after
    his vice presidency and before his presidency): CAMEO codes former government officials as elites (ELI),
    not as the bare state, which would read them as acting for it."""
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return False
    cutoff = (day - dt.timedelta(days=FORMER_AFTER_DAYS)).isoformat()
    return any(r.end < cutoff for r in _ended_offices(entry))


def last_office(entry: Entry) -> str | None:
    """The code of the last state office the person held (the one that ended last)."""
    held = _ended_offices(entry)
    return max(held, key=lambda r: r.end).code if held else None


def _ended_offices(entry: Entry) -> list[Role]:
    """The person's roles in an office of their own state (``STATE_OFFICES``) that have ended."""
    return [r for r in entry.roles if r.end and r.code[:3] == entry.country and r.code[3:6] in STATE_OFFICES]


def role_for_code(entry: Entry, code: str | None) -> Coding | None:
    """The role a title names: "NATO Secretary General Jens Stoltenberg" is
    Stoltenberg as IGOWSTNAT, whatever else he held, so the title decides."""
    if not code:
        return None
    for role in sorted(entry.roles, key=lambda r: r.start or "", reverse=True):
        if role.code.startswith(code) or code.startswith(role.code):
            return Coding(role.code, _role_country(entry, role.code), role, ["role_from_title"])
    return None


def _role_country(entry: Entry, code: str) -> str | None:
    """An office in an IGO belongs to no state: Guterres as UN chief has no country."""
    if code[:3] in ("IGO", "NGO", "IMG"):
        return None
    return entry.country or _country_of(code)


def active_title(entry: Entry, date: str | None) -> str | None:
    """Title of the role held on ``date`` ("president"), for "the president" coreference."""
    coding = code_on(entry, date)
    return coding.role.title if coding.role else None


def _country_of(code: str | None) -> str | None:
    if not code or code[:3] in ("IGO", "NGO", "IMG", "MNC"):
        return None
    return code[:3]
