"""Idempotent writes: the same input twice adds nothing.

An article is keyed by its id and the SHA-256 of its raw input:

* same id, same hash → a duplicate, skipped before any analysis;
* same id, new hash → a new version: its annotations replace the old ones;
* ``duplicate_of`` set (a syndicated copy) → recorded in ``copies`` and its
  outlet added to the original's ``outlets``; nothing else is stored twice.

Each batch is one transaction, so a crash (even ``kill -9``) loses at most
the batch in flight, which the next run then writes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.model import Article, Reject
from eventwire.store.db import transaction
from eventwire.store.rows import _date, annotation_rows, article_row
from eventwire.store.schema import ANNOTATION_TABLES


def stored_versions(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, tuple[str, int]]:
    """``article_id -> (source_sha, version)`` for ids already stored or known as copies."""
    if not ids:
        return {}
    found: dict[str, tuple[str, int]] = {}
    rows = con.execute(
        "SELECT article_id, source_sha, version FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    found.update({aid: (sha, version) for aid, sha, version in rows})
    rows = con.execute(
        "SELECT copy_id, source_sha FROM copies WHERE copy_id IN (SELECT unnest(?))", [ids]
    ).fetchall()
    found.update({cid: (sha, 0) for cid, sha in rows if cid not in found})
    return found


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert dict rows through Arrow, matching columns by name."""
    if not rows:
        return
    columns = list(rows[0])
    data = pa.Table.from_pylist(rows)
    con.register("_incoming", data)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
    finally:
        con.unregister("_incoming")


def write_batch(
    con: duckdb.DuckDBPyConnection, articles: list[Article], rejects: list[Reject], run_id: str
) -> dict[str, int]:
    """Store a processed batch in one transaction; return what it counted."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    counts = {"stored": 0, "syndicated": 0, "events": 0, "rejected": 0}
    with transaction(con):
        _orphan_copies_become_originals(con, articles)
        originals = [a for a in articles if not a.duplicate_of]
        ids = [a.id for a in originals]
        if ids:
            for table in ANNOTATION_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
            con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest(?))", [ids])
        insert_rows(con, "articles", [article_row(a, run_id, now) for a in originals])
        tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for article in originals:
            for table, rows in annotation_rows(article).items():
                tables[table].extend(rows)
        # The same id twice is the same event (the id hashes article, trigger, code and actors):
        # keep one rather than let the primary key fail the whole batch.
        tables["events"] = list({row["event_id"]: row for row in reversed(tables["events"])}.values())[::-1]
        for table, rows in tables.items():
            insert_rows(con, table, rows)
        for copy in (a for a in articles if a.duplicate_of):
            _record_copy(con, copy, run_id)
        insert_rows(con, "rejects", [
            {"run_id": run_id, "article_id": r.article_id, "source": r.source, "stage": r.stage,
             "reason": r.reason, "rejected_at": now} for r in rejects
        ])
        counts["stored"] = len(originals)
        counts["syndicated"] = len(articles) - len(originals)
        counts["events"] = len(tables["events"])
        counts["rejected"] = len(rejects)
    return counts


def _orphan_copies_become_originals(con: duckdb.DuckDBPyConnection, articles: list[Article]) -> None:
    """A copy whose original is neither in this batch nor stored is stored as an original.

    Why: dedup remembers signatures outside this transaction; if the batch
    holding an original failed to store, its later copies must not point at
    nothing, or they would be lost.
    """
    in_batch = {a.id for a in articles if not a.duplicate_of}
    wanted = sorted({a.duplicate_of for a in articles if a.duplicate_of and a.duplicate_of not in in_batch})
    if not wanted:
        return
    stored = {row[0] for row in con.execute(
        "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [wanted]).fetchall()}
    for article in articles:
        if article.duplicate_of and article.duplicate_of not in in_batch | stored:
            article.duplicate_of = None


def _record_copy(con: duckdb.DuckDBPyConnection, copy: Article, run_id: str) -> None:
    con.execute("DELETE FROM copies WHERE copy_id = ?", [copy.id])
    con.execute(
        "INSERT INTO copies VALUES (?, ?, ?, ?, ?, ?, ?)",
        [copy.id, copy.duplicate_of, copy.outlet, copy.url, copy.source_sha, _date(copy.published), run_id],
    )
    outlets = [o for o in [*copy.outlets, copy.outlet] if o]
    if outlets:
        con.execute(
            "UPDATE articles SET outlets = list_distinct(list_concat(outlets, ?)) WHERE article_id = ?",
            [outlets, copy.duplicate_of],
        )
