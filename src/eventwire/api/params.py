"""Query-parameter validation for the HTTP API.

Every value a client sends is checked here before it reaches a query, and a
bad one becomes :class:`ApiError` (a JSON 4xx naming the parameter and what
to send instead), never a database error or a stack trace. The SQL itself
only ever sees bound parameters (see :mod:`eventwire.store.query`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from fastapi import Query

from eventwire.errors import UsageError
from eventwire.store.query import EventFilter, check_code

MAX_PAGE = 1000
DEFAULT_PAGE = 100
#: Ids are opaque (file names, URLs, JSONL ids) but never empty, huge, or holding control characters.
ID_RE = re.compile(r"^[^\x00-\x1f\x7f]{1,1000}$")


class ApiError(Exception):
    """A client mistake: HTTP ``status`` and a message that says what to send."""

    def __init__(self, status: int, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param


def check_date(value: str | None, name: str) -> str | None:
    """A real calendar day as ``YYYY-MM-DD`` (2017-02-30 is refused too)."""
    if value is None or value == "":
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        dt.date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2017-05-02", param=name) from None
    return value


def check_actor(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return check_code(value)
    except UsageError as exc:
        raise ApiError(422, f"{name}: {exc.args[0]}", param=name) from None


def check_root(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d{1,2}", value) or not 1 <= int(value) <= 20:
        raise ApiError(422, f"root {value!r} is not a CAMEO root: use two digits, 01 to 20", param="root")
    return value.zfill(2)


def check_cameo(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not re.fullmatch(r"\d{2,4}", value) or not 1 <= int(value[:2]) <= 20:
        raise ApiError(422, f"cameo {value!r} is not a CAMEO event code: use 2 to 4 digits, e.g. 042",
                       param="cameo")
    return value


def check_id(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not ID_RE.match(value):
        raise ApiError(422, f"{name} {value[:60]!r} is not a valid id", param=name)
    return value


def check_dyad(value: str | None) -> tuple[str, str] | None:
    if value is None or value == "":
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise ApiError(422, f"dyad {value[:60]!r}: give two actor codes separated by a comma, e.g. USA,RUS",
                       param="dyad")
    return check_actor(parts[0], "dyad"), check_actor(parts[1], "dyad")


@dataclass(slots=True)
class Page:
    limit: int
    offset: int


def page(limit: int = Query(DEFAULT_PAGE, ge=0, le=MAX_PAGE, description=f"Rows per page, at most {MAX_PAGE}."),
         offset: int = Query(0, ge=0, le=10_000_000, description="Rows to skip.")) -> Page:
    return Page(limit, offset)


def event_filter(
    actor: str | None = Query(None, max_length=12, description="Actor code prefix as source or target, e.g. RUS."),
    dyad: str | None = Query(None, max_length=30, description="Two codes, e.g. USA,RUS (either direction)."),
    directed: bool = Query(False, description="With dyad: only first → second."),
    root: str | None = Query(None, max_length=2, description="CAMEO root, 01–20."),
    cameo: str | None = Query(None, max_length=4, description="Exact CAMEO code, e.g. 042."),
    since: str | None = Query(None, max_length=10, description="Events on or after YYYY-MM-DD."),
    until: str | None = Query(None, max_length=10, description="Events on or before YYYY-MM-DD."),
    article: str | None = Query(None, max_length=1000, description="Only this article id."),
    incident: str | None = Query(None, max_length=1000, description="Only this incident id."),
    text: str | None = Query(None, max_length=200, description="Sentence contains this text (case-insensitive)."),
    include_negated: bool = Query(False, description="Also negated and hypothetical events."),
) -> EventFilter:
    """The CLI's event filters, validated; paging is added by the caller."""
    since, until = check_date(since, "since"), check_date(until, "until")
    if since and until and since > until:
        raise ApiError(422, f"since {since} is after until {until}", param="since")
    try:
        return EventFilter(
            actor=check_actor(actor, "actor"), dyad=check_dyad(dyad), directed=directed, root=check_root(root),
            cameo=check_cameo(cameo), since=since, until=until, article=check_id(article, "article"),
            incident=check_id(incident, "incident"), text=text or None, include_negated=include_negated,
        )
    except UsageError as exc:  # anything EventFilter itself refuses
        raise ApiError(422, str(exc.args[0])) from None
