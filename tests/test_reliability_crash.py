"""Crash safety: ``kill -9`` during ``eventwire run``, then run again.

Nothing lost (every input stored once), nothing duplicated (no repeated
article or event ids), the database opens, and the runs table says the
killed run never finished.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import duckdb

from _reliability import distinct_text, script_command

ARTICLES = 240
BATCH = 12


def _corpus(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(ARTICLES):
            text = distinct_text(i)
            handle.write(json.dumps({"id": f"a{i:05d}", "text": text, "published": "2017-05-02"}) + "\n")
    return path


def _kill_mid_run(corpus: Path, db: Path, mark: Path) -> None:
    """Start a paced run, wait until five batches are analysed, then SIGKILL it."""
    env = {**os.environ, "EVENTWIRE_TEST_PACE": "0.05", "EVENTWIRE_TEST_MARK": str(mark)}
    command = script_command("run", str(corpus), "--db", str(db), "--quiet", "--batch-size", str(BATCH))
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not mark.exists():
            assert process.poll() is None, process.communicate()[1].decode()[-2000:]
            assert time.monotonic() < deadline, "the run never got going"
            time.sleep(0.05)
        time.sleep(0.3)  # well inside the run: more batches are being analysed and written
        assert process.poll() is None, "the run finished before it could be killed: make it longer"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


def _query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_reliability_kill_9_then_rerun_loses_and_duplicates_nothing(tmp_path: Path):
    corpus, db = _corpus(tmp_path / "news.jsonl"), tmp_path / "db.duckdb"
    _kill_mid_run(corpus, db, tmp_path / "mark")

    # After the kill: the database opens, holds whole batches only, and the run is not marked finished.
    ((stored, events),) = _query(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events)")
    assert 0 < stored < ARTICLES
    assert events == 2 * stored  # every stored article has its events: no half-written batch
    ((status, finished),) = _query(db, "SELECT status, finished_at FROM runs")
    assert (status, finished) == ("running", None)

    rerun = subprocess.run(script_command("run", str(corpus), "--db", str(db), "--quiet", "--batch-size", str(BATCH)),
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"duplicates {stored}" in rerun.stderr  # what the killed run committed is not redone

    counts = _query(db, """SELECT count(*), count(DISTINCT article_id), min(version), max(version),
                                  (SELECT count(*) FROM events), (SELECT count(DISTINCT event_id) FROM events)
                           FROM articles""")
    assert counts == [(ARTICLES, ARTICLES, 1, 1, 2 * ARTICLES, 2 * ARTICLES)]
    expected = {f"a{i:05d}" for i in range(ARTICLES)}
    assert {r[0] for r in _query(db, "SELECT article_id FROM articles")} == expected
    runs = _query(db, "SELECT status, finished_at IS NOT NULL FROM runs ORDER BY started_at")
    assert runs == [("interrupted", False), ("done", True)]
