"""Concurrency: one writer per database file, and no writer while a reader holds it.

A second ``eventwire run``, or a run while ``eventwire serve`` holds the file
read-only, must get a clear E020 error and exit code 1, not a traceback.
Tested through the command in subprocesses, since the lock is per process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from _reliability import script_command
from eventwire.store import Store

HOLD = """
import sys, time
from eventwire.store import Store
store = Store(sys.argv[1], read_only=sys.argv[2] == "read")
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db.duckdb"
    Store(path).close()  # an existing, migrated database
    return path


def _hold(db: Path, mode: str) -> subprocess.Popen:
    """Another process holding the file: 'write' like a running `eventwire run`, 'read' like `serve`."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), mode], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


def _eventwire(*args: str, light: bool = False) -> subprocess.CompletedProcess:
    """The installed ``eventwire`` command (or, with ``light``, the same CLI with the light stages)."""
    command = script_command(*args) if light else [str(Path(sys.executable).parent / "eventwire"), *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    result.stderr = " ".join(result.stderr.split())  # rich wraps messages at the terminal width
    return result


@pytest.mark.parametrize("holder_mode", ["write", "read"])
def test_reliability_run_while_file_is_held_gets_e020(db: Path, tmp_path: Path, holder_mode: str):
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed on Tuesday between the two delegations.\n", encoding="utf-8")
    holder = _hold(db, holder_mode)
    try:
        result = _eventwire("run", str(article), "--db", str(db), "--quiet")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1, result.stderr
    assert "E020" in result.stderr and "in use by another eventwire process" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    # Once the other process is gone the same command works.
    again = _eventwire("run", str(article), "--db", str(db), "--quiet", light=True)
    assert again.returncode == 0, again.stderr


def test_reliability_reader_while_writer_holds_gets_e020(db: Path):
    holder = _hold(db, "write")
    try:
        result = _eventwire("events", "--db", str(db))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert "E020" in result.stderr and "Traceback" not in result.stderr
