"""Opening the DuckDB file: locking, schema migrations, transactions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from eventwire.errors import StoreError, StoreLockedError
from eventwire.store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "eventwire.duckdb"


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database, turning DuckDB's lock error into a clear one.

    DuckDB allows one writing process per file (and no writer while readers
    hold it): a second writer gets :class:`StoreLockedError`, not a traceback.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no database at {path}: run `eventwire run INPUT... --db {path}` first")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            pid = re.search(r"PID (\d+)", message)
            holder = f" (process {pid.group(1)})" if pid else ""
            raise StoreLockedError(
                f"{path} is in use by another eventwire process{holder}: wait for that run to finish or stop "
                "`eventwire serve`, or use another --db file"
            ) from None
        raise StoreError(f"cannot open {path}: {message.splitlines()[0]}") from None
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {path} as a DuckDB database: {str(exc).splitlines()[0]}") from None


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The stored schema version (0 for a new file).

    This is the first read of every open; DuckDB opens a damaged or truncated
    file lazily, so this is where such a file shows itself (E021, not E001).
    """
    try:
        has_meta = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()[0]
        if not has_meta:
            return 0
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"the database file cannot be read ({str(exc).splitlines()[0]}): it is damaged or "
                         "truncated; restore it from a backup or use another --db file") from None
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the schema up to date in one transaction; return the version."""
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this eventwire ({SCHEMA_VERSION}): upgrade eventwire"
        )
    if version == SCHEMA_VERSION:
        return version
    with transaction(con):
        for step in MIGRATIONS[version:]:
            con.execute(step)
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )
    return SCHEMA_VERSION


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing: a crash mid-batch leaves the previous state intact."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
