"""Read-side aggregates for browsing a store: counts, timelines, networks.

The row-level queries (events, articles, actors, quotes) live in
:mod:`eventwire.store.query`; this module adds the summaries an analyst looks
at first, for the HTTP API and anyone else. Every one reuses
:class:`EventFilter` for its WHERE clause, so a chart and the table under it
always count the same events, and every value is a bound parameter.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb

from eventwire.store.query import EventFilter, Result, shape_article, shape_event

#: Periods a timeline can be grouped by, mapped to DuckDB's date_trunc part.
PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}

#: The date an event is placed at: its own start, else the article's publication day.
EVENT_DAY = "coalesce(e.date_start, e.article_published)"


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def count_events(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> int:
    """How many events match ``flt``, ignoring its limit and offset (for paging)."""
    where, params = flt.where()
    sql = f"SELECT count(*) FROM events e JOIN articles a USING (article_id) WHERE {where}"
    return con.execute(sql, params).fetchone()[0]


def event_by_id(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    """One event in the contract shape plus its stored record (spans of trigger and arguments)."""
    rows = _dicts(con.execute(
        "SELECT e.*, a.published, a.outlet, a.title, a.text AS article_text FROM events e "
        "JOIN articles a USING (article_id) WHERE e.event_id = ?", [event_id]))
    if not rows:
        return None
    row = rows[0]
    out = shape_event(row)
    out["title"] = row["title"]
    out["record"] = json.loads(row["record"]) if row.get("record") else {}
    out["article_text"] = row["article_text"] or ""
    return out


def timeline(con: duckdb.DuckDBPyConnection, flt: EventFilter, by: str = "month") -> list[dict[str, Any]]:
    """Events per period: counts by quad class 1–4 and the mean Goldstein score.

    Periods with no events are left out; ``period`` is the first day of the
    period (ISO weeks start on Monday). Events with neither their own date
    nor a publication date cannot be placed and are not counted.
    """
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}")
    where, params = flt.where()
    sql = f"""
        SELECT CAST(date_trunc('{PERIODS[by]}', {EVENT_DAY}) AS DATE) AS period,
               count(*) AS events,
               count(*) FILTER (WHERE e.quad_class = 1) AS q1,
               count(*) FILTER (WHERE e.quad_class = 2) AS q2,
               count(*) FILTER (WHERE e.quad_class = 3) AS q3,
               count(*) FILTER (WHERE e.quad_class = 4) AS q4,
               avg(e.goldstein) AS mean_goldstein
        FROM events e
        WHERE ({where}) AND {EVENT_DAY} IS NOT NULL
        GROUP BY period ORDER BY period"""
    out = []
    for row in _dicts(con.execute(sql, params)):
        goldstein = row["mean_goldstein"]
        out.append({"period": row["period"].isoformat(), "events": row["events"],
                    "quad_class": {str(q): row[f"q{q}"] for q in range(1, 5)},
                    "mean_goldstein": None if goldstein is None else round(goldstein, 3)})
    return out


def network(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, level: str = "code",
            limit: int = 60) -> list[dict[str, Any]]:
    """Who acts on whom: directed edges with event counts and mean Goldstein.

    ``level="country"`` folds codes to their first three letters (``USAGOV``
    → ``USA``) so the picture shows states rather than agencies. Only coded
    pairs are edges: a source or target kept by its text alone (its code NULL,
    ``events.uncoded_targets`` / ``uncoded_sources``) names no state or agency to draw.
    """
    width = {"code": None, "country": 3}[level]
    src = "e.source_code" if width is None else "left(e.source_code, 3)"
    tgt = "e.target_code" if width is None else "left(e.target_code, 3)"
    where, params = flt.where()
    sql = f"""
        SELECT {src} AS source, {tgt} AS target, count(*) AS events, avg(e.goldstein) AS mean_goldstein
        FROM events e JOIN articles a USING (article_id)
        WHERE ({where}) AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL AND {src} <> {tgt}
        GROUP BY 1, 2 ORDER BY events DESC, source, target LIMIT ?"""
    rows = _dicts(con.execute(sql, [*params, limit]))
    for row in rows:
        if row["mean_goldstein"] is not None:
            row["mean_goldstein"] = round(row["mean_goldstein"], 3)
    return rows


def removed(con: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """The junk the cleaner dropped from one article (spans point into the raw input)."""
    return [{"reason": r["reason"], "text": r["text"], "raw_span": [r["start"], r["end"]]}
            for r in _dicts(con.execute(
                'SELECT reason, text, start, "end" FROM removed WHERE article_id = ? ORDER BY idx', [article_id]))]


def article_counts(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, int]:
    """Events per article (all modalities), for article lists."""
    if not article_ids:
        return {}
    rows = con.execute("SELECT article_id, count(*) FROM events WHERE article_id IN (SELECT unnest(?)) "
                       "GROUP BY article_id", [article_ids]).fetchall()
    return dict(rows)


def count_rows(con: duckdb.DuckDBPyConnection, result: Result) -> int:
    """Total rows of a paged :class:`Result`, by re-running it without LIMIT/OFFSET."""
    sql, params = result.sql, result.params
    if sql.rstrip().endswith("LIMIT ? OFFSET ?"):
        sql, params = sql.rstrip()[: -len("LIMIT ? OFFSET ?")], params[:-2]
    return con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]


def incidents(con: duckdb.DuckDBPyConnection, *, actor: str | None = None, root: str | None = None,
              limit: int = 100, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Incidents (one real-world happening, many reports), most reported first."""
    clauses, params = ["TRUE"], []
    if actor:
        clauses.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
        params.extend([actor, actor])
    if root:
        clauses.append("root = ?")
        params.append(root)
    where = " AND ".join(clauses)
    total = con.execute(f"SELECT count(*) FROM incidents WHERE {where}", params).fetchone()[0]
    rows = _dicts(con.execute(
        f"SELECT * FROM incidents WHERE {where} ORDER BY mentions DESC, date_start NULLS LAST, incident_id "
        "LIMIT ? OFFSET ?", [*params, limit, offset]))
    return total, [_jsonable(row) for row in rows]


def incident(con: duckdb.DuckDBPyConnection, incident_id: str) -> dict[str, Any] | None:
    rows = _dicts(con.execute("SELECT * FROM incidents WHERE incident_id = ?", [incident_id]))
    return _jsonable(rows[0]) if rows else None


def stories(con: duckdb.DuckDBPyConnection, *, limit: int = 100, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Stories (the same news story told by several outlets), largest first."""
    total = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    rows = _dicts(con.execute("SELECT * FROM stories ORDER BY articles DESC, first_published NULLS LAST, story_id "
                              "LIMIT ? OFFSET ?", [limit, offset]))
    return total, [_jsonable(row) for row in rows]


def story(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any] | None:
    rows = _dicts(con.execute("SELECT * FROM stories WHERE story_id = ?", [story_id]))
    if not rows:
        return None
    out = _jsonable(rows[0])
    members = _dicts(con.execute("SELECT * FROM articles WHERE story_id = ? ORDER BY published NULLS LAST, "
                                 "article_id", [story_id]))
    out["items"] = [{k: v for k, v in shape_article(r).items() if k != "text"} for r in members]
    return out


def date_range(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    """First and last day any event is placed at (for default chart ranges)."""
    first, last = con.execute(
        f"SELECT min({EVENT_DAY}), max({EVENT_DAY}) FROM events e JOIN articles a USING (article_id)").fetchone()
    return {"first": first.isoformat() if first else None, "last": last.isoformat() if last else None}


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """Dates to ISO strings, JSON columns parsed, lists copied."""
    out = {}
    for key, value in row.items():
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif key == "contrasts" and isinstance(value, str):
            value = json.loads(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[key] = value
    return out
