"""Read incidents and stories from the store, with bound-parameter filters.

The aggregates (first/last report, mentions, articles, outlets) are computed
by the store from ``events.incident_id`` and ``articles.story_id``; this
module only filters and shapes them for the CLI, Python and HTTP callers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from eventwire.errors import UsageError
from eventwire.store.query import DATE_RE, ROOT_RE, Result, actor_condition, check_code, dyad_condition


@dataclass(slots=True)
class IncidentFilter:
    """Filters for ``incidents``; validated so bad input fails with a clear message."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    root: str | None = None
    since: str | None = None
    until: str | None = None
    min_sources: int = 1
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.actor is not None:
            self.actor = check_code(self.actor)
        if self.dyad is not None:
            self.dyad = (check_code(self.dyad[0]), check_code(self.dyad[1]))
        if self.root is not None:
            self.root = self.root.zfill(2)
            if not ROOT_RE.match(self.root):
                raise UsageError(f"--root {self.root!r} is not a CAMEO root: use two digits, 01 to 20")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not DATE_RE.match(value):
                raise UsageError(f"--{name} {value!r} is not a date: use YYYY-MM-DD")
        if self.min_sources < 1 or (self.limit is not None and self.limit < 0):
            raise UsageError("--min-sources must be 1 or more and --limit zero or more")

    def where(self) -> tuple[str, list[Any]]:
        clauses, params = ["coalesce(sources, 0) >= ?"], [self.min_sources]
        for sql, values in (actor_condition(self.actor), dyad_condition(self.dyad)):
            if sql:
                clauses.append(sql)
                params += values
        if self.root:
            clauses.append("root = ?")
            params.append(self.root)
        if self.since:
            clauses.append("coalesce(date_end, last_report) >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("coalesce(date_start, first_report) <= CAST(? AS DATE)")
            params.append(self.until)
        return " AND ".join(clauses), params


INCIDENT_SQL = """
SELECT * FROM incidents WHERE {where}
ORDER BY sources DESC, mentions DESC, coalesce(date_start, first_report) NULLS LAST, incident_id
"""


def shape_incident(row: dict[str, Any]) -> dict[str, Any]:
    """The public record of an incident (dates as ISO strings, contrasts as a list)."""
    out = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    contrasts = out.get("contrasts")
    out["contrasts"] = json.loads(contrasts) if isinstance(contrasts, str) else (contrasts or [])
    out["outlets"] = list(out.get("outlets") or [])
    return out


def incidents(con, flt: IncidentFilter) -> Result:
    where, params = flt.where()
    sql = INCIDENT_SQL.format(where=where)
    if flt.limit is not None:
        sql += " LIMIT ?"
        params = [*params, flt.limit]
    return Result(con, sql, params, shape_incident)


def stories(con, *, since: str | None = None, until: str | None = None, min_outlets: int = 1,
            limit: int | None = None) -> Result:
    """Stories with their article and outlet counts, largest first."""
    clauses, params = ["coalesce(len(outlets), 0) >= ?"], [min_outlets]
    for name, value, clause in (("since", since, "last_published >= CAST(? AS DATE)"),
                                ("until", until, "first_published <= CAST(? AS DATE)")):
        if value is not None:
            if not DATE_RE.match(value):
                raise UsageError(f"--{name} {value!r} is not a date: use YYYY-MM-DD")
            clauses.append(clause)
            params.append(value)
    sql = f"SELECT * FROM stories WHERE {' AND '.join(clauses)} ORDER BY articles DESC, first_published, story_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return Result(con, sql, params, shape_incident_like)


def shape_incident_like(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    out["outlets"] = list(out.get("outlets") or [])
    return out


CONTRASTS_SQL = """
SELECT story_id, article_id, outlet, published,
       unnest(CAST(json_extract(metadata, '$.contrasts') AS JSON[])) AS contrast
FROM articles WHERE json_extract(metadata, '$.contrasts') IS NOT NULL {story}
ORDER BY story_id NULLS LAST, published NULLS LAST, article_id
"""


def contrasts(con, *, story_id: str | None = None, limit: int | None = None) -> Result:
    """Disagreements between sources, by story: who was pointedly silent on a topic another source stated.

    The link stage keeps each contrast with the silent article (``metadata["contrasts"]``); this rolls them up
    under the article's story, one row per contrast.
    """
    params: list[Any] = []
    story = ""
    if story_id is not None:
        story, params = "AND story_id = ?", [story_id]
    sql = CONTRASTS_SQL.format(story=story)
    if limit is not None:
        if limit < 0:
            raise UsageError("--limit must be zero or more")
        sql += " LIMIT ?"
        params.append(limit)
    return Result(con, sql, params, shape_contrast)


def shape_contrast(row: dict[str, Any]) -> dict[str, Any]:
    """One flat record: the story, the silent source and the one that stated the topic."""
    contrast = json.loads(row["contrast"]) if isinstance(row["contrast"], str) else (row["contrast"] or {})
    silent, stated = contrast.get("silent") or {}, contrast.get("stated_by") or {}
    published = row.get("published")
    return {
        "story_id": row["story_id"], "topic": contrast.get("topic"),
        "silent_article": row["article_id"], "silent_outlet": row.get("outlet"),
        "silent_published": published.isoformat() if hasattr(published, "isoformat") else published,
        "silent_name": silent.get("name"), "silent_code": silent.get("code"),
        "stated_by_name": stated.get("name"), "stated_by_code": stated.get("code"),
        "stated_in_article": stated.get("article_id"),
    }
