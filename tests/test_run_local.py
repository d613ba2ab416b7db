"""The local executor: a process pool stores exactly what in-process does."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli.run import demo_corpus
from eventwire.store import Store

TABLES = ("articles", "actors", "events", "quotes", "times", "places", "removed")


def _snapshot(store: Store) -> dict[str, list[tuple]]:
    out = {}
    for table in TABLES:
        cursor = store.con.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        drop = {"run_id", "stored_at"}
        keep = [i for i, n in enumerate(names) if n not in drop]
        out[table] = sorted(tuple(str(row[i]) for i in keep) for row in cursor.fetchall())
    return out


def test_run_local_process_pool_matches_in_process(tmp_path: Path):
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "two.duckdb") as two:
        first = one.run([str(demo_corpus())], workers=1)
        second = two.run([str(demo_corpus())], workers=2)
        assert (first.stored, first.rejected) == (second.stored, second.rejected) == (6, 0)
        assert _snapshot(one) == _snapshot(two)
