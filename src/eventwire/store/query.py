"""Read-side queries shared by the CLI, the Python API and the HTTP API.

Every filter becomes a bound parameter: no user value is ever pasted into SQL.
Negated and hypothetical events are stored but left out unless asked for,
because they are claims the text does not make.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import duckdb

from eventwire.errors import UsageError
from eventwire.store.rows import actor_obj

CODE_RE = re.compile(r"^[A-Z0-9]{3,12}$")
ROOT_RE = re.compile(r"^\d{2}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
UNASSERTED = ("negated", "hypothetical")


@dataclass(slots=True)
class EventFilter:
    """Filters common to ``events`` everywhere (CLI, Python, HTTP)."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False
    root: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    incident: str | None = None
    text: str | None = None
    include_negated: bool = False
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        for name in ("actor",):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, check_code(value))
        if self.dyad is not None:
            self.dyad = (check_code(self.dyad[0]), check_code(self.dyad[1]))
        if self.root is not None and not ROOT_RE.match(self.root.zfill(2)):
            raise UsageError(f"--root {self.root!r} is not a CAMEO root: use two digits, 01 to 20")
        if self.root is not None:
            self.root = self.root.zfill(2)
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not DATE_RE.match(value):
                raise UsageError(f"--{name} {value!r} is not a date: use YYYY-MM-DD")
        if self.limit is not None and self.limit < 0:
            raise UsageError("--limit must be zero or more")

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if not self.include_negated:
            clauses.append("NOT coalesce(e.negated, false) AND coalesce(e.modality, 'asserted') NOT IN (?, ?)")
            params.extend(UNASSERTED)
        for sql, values in (actor_condition(self.actor, "e."), dyad_condition(self.dyad, self.directed, "e.")):
            if sql:
                clauses.append(sql)
                params.extend(values)
        for column, value in (("root", self.root), ("cameo", self.cameo), ("article_id", self.article),
                              ("incident_id", self.incident)):
            if value:
                clauses.append(f"e.{column} = ?")
                params.append(value)
        if self.since:
            clauses.append("coalesce(e.date_end, e.article_published) >= CAST(? AS DATE)")
            params.append(self.since)
        if self.until:
            clauses.append("coalesce(e.date_start, e.article_published) <= CAST(? AS DATE)")
            params.append(self.until)
        if self.text:
            clauses.append("e.sentence ILIKE ?")
            params.append(f"%{self.text}%")
        return (" AND ".join(clauses) or "TRUE"), params


def actor_condition(code: str | None, prefix: str = "") -> tuple[str | None, list[Any]]:
    """``code`` as source or target (a code prefix: USA matches USAGOV), for any table
    with ``source_code``/``target_code`` columns; ``(None, [])`` when no code is given."""
    if not code:
        return None, []
    return f"(starts_with({prefix}source_code, ?) OR starts_with({prefix}target_code, ?))", [code, code]


def dyad_condition(dyad: tuple[str, str] | None, directed: bool = False,
                   prefix: str = "") -> tuple[str | None, list[Any]]:
    """A dyad, either direction unless ``directed``; ``(None, [])`` when none is given."""
    if not dyad:
        return None, []
    a, b = dyad
    pair = f"(starts_with({prefix}source_code, ?) AND starts_with({prefix}target_code, ?))"
    if directed:
        return pair, [a, b]
    return f"({pair} OR {pair})", [a, b, b, a]


def check_code(value: str) -> str:
    code = value.strip().upper()
    if not CODE_RE.match(code):
        raise UsageError(f"{value!r} is not a CAMEO actor code: use letters like USA, RUSGOV, IGOUNO")
    return code


@dataclass(slots=True)
class Result:
    """A query result that converts to the frames analysts use."""

    con: duckdb.DuckDBPyConnection
    sql: str
    params: list[Any] = field(default_factory=list)
    shape: Any = None  # row dict -> contract dict

    def _relation(self) -> duckdb.DuckDBPyRelation:
        return self.con.sql(self.sql, params=self.params)

    def rows(self) -> Iterator[dict[str, Any]]:
        cursor = self.con.execute(self.sql, self.params)
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(1000):
            for values in batch:
                row = dict(zip(names, values, strict=True))
                yield self.shape(row) if self.shape else row

    def to_dicts(self) -> list[dict[str, Any]]:
        return list(self.rows())

    def to_arrow(self):
        return self._relation().to_arrow_table()

    def to_pandas(self):
        return self.to_arrow().to_pandas()

    def to_polars(self):  # pragma: no cover - polars is optional
        import polars

        return polars.from_arrow(self.to_arrow())

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self.rows()


EVENT_SQL = """
SELECT e.*, a.published, a.outlet, a.title
FROM events e JOIN articles a USING (article_id)
WHERE {where}
ORDER BY coalesce(e.date_start, a.published) NULLS LAST, e.article_id, e.span_start, e.event_id
"""


def _paged(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return sql, params


def shape_event(row: dict[str, Any]) -> dict[str, Any]:
    """The public JSONL contract for an event."""
    record = json.loads(row["record"]) if row.get("record") else {}
    place = None
    if row.get("place_name"):
        place = {"name": row["place_name"], "country": row["place_country"], "lat": row["place_lat"],
                 "lon": row["place_lon"]}
    return {
        "event_id": row["event_id"], "article_id": row["article_id"], "date": row["date"],
        "date_precision": row["date_precision"], "date_basis": row["date_basis"],
        "source": actor_obj(row, "source"), "target": actor_obj(row, "target"),
        "cameo": row["cameo"], "root": row["root"], "plover": row["plover"], "quad_class": row["quad_class"],
        "goldstein": row["goldstein"], "negated": bool(row["negated"]), "modality": row["modality"],
        "attribution": row["attribution"], "sentence": row["sentence"], "span": [row["span_start"], row["span_end"]],
        "trigger": record.get("trigger_text") or row.get("trigger_text"),
        "trigger_span": (record.get("trigger") or {}) and [record["trigger"]["start"], record["trigger"]["end"]],
        "place": place, "incident_id": row["incident_id"], "confidence": row["confidence"],
        "published": str(row["published"]) if row.get("published") else None, "outlet": row.get("outlet"),
    }


def events(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> Result:
    where, params = flt.where()
    sql, params = _paged(EVENT_SQL.format(where=where), params, flt.limit, flt.offset)
    return Result(con, sql, params, shape_event)


def shape_article(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "article_id": row["article_id"], "title": row["title"], "outlet": row["outlet"],
        "outlets": list(row["outlets"] or []), "authors": list(row["authors"] or []),
        "published": str(row["published"]) if row["published"] else None, "dateline": row["dateline"],
        "url": row["url"], "text": row["text"], "story_id": row["story_id"], "language": row["language"],
        "version": row["version"], "skip_reason": row["skip_reason"],
    }


def articles(con, *, article: str | None = None, outlet: str | None = None, since: str | None = None,
             until: str | None = None, story: str | None = None, limit: int | None = None,
             offset: int = 0) -> Result:
    conditions = [
        ("article_id = ?", article), ("story_id = ?", story), ("published >= CAST(? AS DATE)", since),
        ("published <= CAST(? AS DATE)", until),
    ]
    where, params = _where(conditions)
    if outlet:
        where += " AND (list_contains(outlets, ?) OR outlet = ?)"
        params += [outlet, outlet]
    sql, params = _paged(f"SELECT * FROM articles WHERE {where} ORDER BY published NULLS LAST, article_id",
                         params, limit, offset)
    return Result(con, sql, params, shape_article)


def shape_actor(row: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": row["article_id"], "text": row["text"], "span": [row["start"], row["end"]],
            "code": row["code"], "country": row["country"], "entity_id": row["entity_id"], "kind": row["kind"],
            "name": row["name"]}


def _where(conditions: list[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """AND together ``(sql_with_one_placeholder, value)`` pairs whose value is set."""
    used = [(sql, value) for sql, value in conditions if value not in (None, "")]
    return " AND ".join(sql for sql, _ in used) or "TRUE", [value for _, value in used]


def _select(con, sql: str, conditions: list[tuple[str, Any]], order: str, limit: int | None, offset: int,
            shape) -> Result:
    where, params = _where(conditions)
    full, params = _paged(f"{sql} WHERE {where} ORDER BY {order}", params, limit, offset)
    return Result(con, full, params, shape)


def actor_mentions(con, *, actor: str | None = None, article: str | None = None, limit: int | None = None,
                   offset: int = 0) -> Result:
    conditions = [("starts_with(code, ?)", actor and check_code(actor)), ("article_id = ?", article)]
    return _select(con, "SELECT * FROM actors", conditions, "article_id, start", limit, offset, shape_actor)


def top_actors(con, *, limit: int = 50) -> Result:
    sql = """SELECT code, any_value(country) AS country, count(*) AS mentions,
                    count(DISTINCT article_id) AS articles, mode(coalesce(name, text)) AS name
             FROM actors WHERE code IS NOT NULL GROUP BY code ORDER BY mentions DESC, code LIMIT ?"""
    return Result(con, sql, [limit])


def shape_quote(row: dict[str, Any]) -> dict[str, Any]:
    speaker = actor_obj(row, "speaker")
    return {"article_id": row["article_id"], "speaker": speaker, "text": row["text"],
            "span": [row["start"], row["end"]], "kind": row["kind"]}


def quotes(con, *, actor: str | None = None, article: str | None = None, limit: int | None = None,
           offset: int = 0) -> Result:
    conditions = [("starts_with(speaker_code, ?)", actor and check_code(actor)), ("article_id = ?", article)]
    return _select(con, "SELECT * FROM quotes", conditions, "article_id, start", limit, offset, shape_quote)


def rejects(con, *, run: str | None = None, limit: int | None = None, offset: int = 0) -> Result:
    sql = "SELECT run_id, article_id, source, stage, reason, rejected_at FROM rejects"
    return _select(con, sql, [("run_id = ?", run)], "rejected_at", limit, offset,
                   lambda r: {**r, "rejected_at": str(r["rejected_at"])})
