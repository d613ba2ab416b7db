"""The embedded DuckDB store: one file, a migrated schema, idempotent writes.

:class:`Store` is the handle the CLI, the Python API and the HTTP API share.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from eventwire.errors import StoreError
from eventwire.model import Actor, Article, Event, Place, Quote, Reject, Removed, Span, TimeExpression
from eventwire.store import query
from eventwire.store.db import DEFAULT_DB, connect, migrate, schema_version, transaction
from eventwire.store.query import EventFilter, Result
from eventwire.store.schema import SCHEMA_VERSION
from eventwire.store.writer import stored_versions, write_batch

__all__ = ["DEFAULT_DB", "EventFilter", "Result", "Store"]


class Store:
    """A DuckDB file holding articles, annotations, events and run history."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.con = connect(self.path, read_only=read_only)
        if not read_only:
            migrate(self.con)
        elif schema_version(self.con) != SCHEMA_VERSION:
            found = schema_version(self.con)
            self.con.close()
            raise StoreError(
                f"{self.path} is not an eventwire database at schema {SCHEMA_VERSION} (found {found}): "
                f"run `eventwire run INPUT... --db {self.path}` to create or upgrade it"
            )

    # -- lifecycle -------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------
    def start_run(self, inputs: list[str], engine: str = "local", workers: int = 1) -> str:
        """Record a new run; first mark runs left 'running' as 'interrupted'.

        This process holds the only write lock on the file, so a run still
        marked 'running' cannot be alive: it was killed (``kill -9``, power
        loss) before it could say how it ended. Its committed batches stay.
        """
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, engine, workers, inputs, status) VALUES (?, ?, ?, ?, ?, 'running')",
            [run_id, _now(), engine, workers, json.dumps(inputs)],
        )
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, int], status: str) -> None:
        self.con.execute(
            """UPDATE runs SET finished_at = ?, status = ?, read = ?, stored = ?, duplicates = ?,
               syndicated = ?, rejected = ?, events = ? WHERE run_id = ?""",
            [_now(), status, counts.get("read", 0), counts.get("stored", 0), counts.get("duplicates", 0),
             counts.get("syndicated", 0), counts.get("rejected", 0), counts.get("events", 0), run_id],
        )

    def known(self, articles: list[Article]) -> dict[str, tuple[str, int]]:
        return stored_versions(self.con, [a.id for a in articles])

    def write(self, articles: list[Article], rejects: list[Reject], run_id: str) -> dict[str, int]:
        return write_batch(self.con, articles, rejects, run_id)

    def refresh_aggregates(self) -> None:
        """Recompute the incidents and stories tables from their members."""
        with transaction(self.con):
            self.con.execute("DELETE FROM incidents")
            self.con.execute(INCIDENTS_SQL)
            self.con.execute("DELETE FROM stories")
            self.con.execute(STORIES_SQL)

    def optimize(self) -> int:
        """Reorder the events table for fast dyad queries (see :mod:`eventwire.store.optimize`)."""
        from eventwire.store.optimize import optimize_events

        return optimize_events(self.con)

    # -- reading ---------------------------------------------------------
    def events(self, **filters: Any) -> Result:
        dyad = filters.pop("dyad", None)
        if isinstance(dyad, str):
            dyad = tuple(part.strip() for part in dyad.split(","))
        return query.events(self.con, EventFilter(dyad=dyad, **filters))

    def articles(self, **filters: Any) -> Result:
        return query.articles(self.con, **filters)

    def actors(self, **filters: Any) -> Result:
        return query.actor_mentions(self.con, **filters)

    def top_actors(self, limit: int = 50) -> Result:
        return query.top_actors(self.con, limit=limit)

    def quotes(self, **filters: Any) -> Result:
        return query.quotes(self.con, **filters)

    def rejects(self, **filters: Any) -> Result:
        return query.rejects(self.con, **filters)

    def article(self, article_id: str) -> Article | None:
        """Rebuild one stored Article with all its annotations."""
        rows = query.articles(self.con, article=article_id).to_dicts()
        if not rows:
            return None
        row = rows[0]
        raw = self.con.execute("SELECT raw, format, source, source_sha FROM articles WHERE article_id = ?",
                               [article_id]).fetchone()
        article = Article(
            id=row["article_id"], text=row["text"] or "", raw=raw[0] or "", format=raw[1], source=raw[2],
            source_sha=raw[3], title=row["title"], url=row["url"], outlet=row["outlet"], outlets=row["outlets"],
            authors=row["authors"], published=row["published"], dateline=row["dateline"],
            language=row["language"], story_id=row["story_id"], version=row["version"],
            skip_reason=row["skip_reason"],
        )
        article.actors = [Actor(Span(r["start"], r["end"]), r["text"], r["code"], r["country"], r["entity_id"],
                                r["kind"], r["name"], list(r["flags"] or []), r["confidence"])
                          for r in self._annotations("actors", article_id)]
        article.events = [Event.from_dict(json.loads(r["record"])) for r in self._annotations(
            "events", article_id, order="span_start")]
        article.quotes = [Quote(Span(r["start"], r["end"]), r["text"], r["kind"],
                                _speaker(r)) for r in self._annotations("quotes", article_id)]
        article.removed = [Removed(Span(r["start"], r["end"]), r["reason"], r["text"])
                           for r in self._annotations("removed", article_id)]
        article.times = [TimeExpression(Span(r["start"], r["end"]), r["text"], r["value"], r["precision"],
                                        r["start_date"], r["end_date"], bool(r["open"]))
                         for r in self._annotations("times", article_id)]
        article.places = [Place(r["name"], r["country"], r["lat"], r["lon"],
                                Span(r["start"], r["end"]) if r["start"] is not None else None, r["kind"])
                          for r in self._annotations("places", article_id)]
        return article

    def _annotations(self, table: str, article_id: str, order: str = "idx") -> list[dict[str, Any]]:
        cursor = self.con.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", [article_id])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def stats(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "copies", "actors", "events", "quotes", "rejects", "incidents", "stories", "runs"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def run(self, inputs: list[str], **options: Any):
        """Process ``inputs`` into this store, as ``eventwire run`` does."""
        from eventwire.run.local import run_inputs

        return run_inputs(self, inputs, **options)


def _speaker(row: dict[str, Any]) -> Actor | None:
    if row["speaker_text"] is None:
        return None
    return Actor(Span(0, 0), row["speaker_text"], row["speaker_code"], row["speaker_country"],
                 row["speaker_entity_id"])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# An incident is labelled by its first report (earliest article, then event id): mode() would break
# ties arbitrarily, and the same store must always give the same incidents table.
INCIDENTS_SQL = """
INSERT INTO incidents
WITH reports AS (
  SELECT e.*, a.published, a.outlet, a.outlets,
         [coalesce(CAST(a.published AS VARCHAR), '9999'), e.event_id] AS report_order
  FROM events e JOIN articles a USING (article_id)
  WHERE e.incident_id IS NOT NULL
)
SELECT incident_id, arg_min(root, report_order), arg_min(cameo, report_order),
       arg_min(source_code, report_order), arg_min(target_code, report_order),
       min(date_start), max(date_end), min(published), max(published),
       count(*), count(DISTINCT article_id), count(DISTINCT coalesce(outlet, article_id)),
       list_sort(list_distinct(flatten(list(coalesce(outlets, [])))))::VARCHAR[],
       arg_min(place_country, report_order), NULL
FROM reports
GROUP BY incident_id
"""

STORIES_SQL = """
INSERT INTO stories
SELECT story_id, arg_min(title, [coalesce(CAST(published AS VARCHAR), '9999'), article_id]),
       min(published), max(published), count(*),
       list_sort(list_distinct(flatten(list(coalesce(outlets, [])))))::VARCHAR[]
FROM articles WHERE story_id IS NOT NULL GROUP BY story_id
"""
