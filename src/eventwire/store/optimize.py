"""Physical layout for fast dyad queries on large stores.

DuckDB keeps min/max statistics (zone maps) per row group of about 122k rows
and skips row groups a filter cannot match. Events arrive in reading order, so
every row group holds every dyad and a dyad query reads the whole table.
Rewriting the table ordered by (source_code, target_code, date_start) puts
each source's events in a few row groups, which the dyad filter then prunes.

The rewrite builds a new table from the table's own DDL and swaps it in,
rather than DELETE + INSERT: deleting ten million rows under a primary key
is many times slower, and the deleted space would stay in the file.
"""

from __future__ import annotations

import re

import duckdb

from eventwire.store.db import transaction

#: The order the events table is rewritten in.
EVENT_ORDER = "source_code, target_code, date_start, event_id"


def optimize_events(con: duckdb.DuckDBPyConnection) -> int:
    """Rewrite ``events`` in :data:`EVENT_ORDER` in one transaction; return the rows."""
    ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'events' AND schema_name = 'main'"
                      ).fetchone()[0]
    new_ddl = re.sub(r"^CREATE TABLE (main\.)?events\b", "CREATE TABLE events_ordered", ddl, count=1)
    with transaction(con):
        con.execute("DROP TABLE IF EXISTS events_ordered")
        con.execute(new_ddl)
        con.execute(f"INSERT INTO events_ordered SELECT * FROM events ORDER BY {EVENT_ORDER}")
        con.execute("DROP TABLE events")
        con.execute("ALTER TABLE events_ordered RENAME TO events")
        rows = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.execute("CHECKPOINT")
    return rows
