"""Concurrency: one writer per database file, and no writer while a reader holds it.

A second ``eventwire run`` while one is writing, or a run while ``eventwire
serve`` holds the file read-only, must get a clear E020 error and exit code
1, not a traceback. Tested with the real commands in subprocesses, since the
lock is per process.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _reliability import distinct_text, script_command
from eventwire.store import Store

EVENTWIRE = str(Path(sys.executable).parent / "eventwire")
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


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(distinct_text(7) + "\n", encoding="utf-8")
    return path


def _eventwire(*args: str) -> subprocess.CompletedProcess:
    """The installed ``eventwire`` command."""
    result = subprocess.run([EVENTWIRE, *args], capture_output=True, text=True, timeout=120)
    result.stderr = " ".join(result.stderr.split())  # rich wraps messages at the terminal width
    return result


def _assert_locked(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 1, result.stderr
    assert "E020" in result.stderr and "in use by another eventwire process" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def _stop(process: subprocess.Popen) -> None:
    process.kill()
    process.wait(timeout=30)


def test_reliability_second_run_while_a_run_writes_gets_e020(db: Path, article: Path, tmp_path: Path):
    corpus, mark = tmp_path / "big.jsonl", tmp_path / "mark"
    corpus.write_text("".join(json.dumps({"id": f"b{i}", "text": distinct_text(i)}) + "\n" for i in range(400)),
                      encoding="utf-8")
    env = {**os.environ, "EVENTWIRE_TEST_PACE": "0.05", "EVENTWIRE_TEST_MARK": str(mark)}
    first = subprocess.Popen(script_command("run", str(corpus), "--db", str(db), "--quiet", "--batch-size", "10"),
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not mark.exists():
            assert first.poll() is None and time.monotonic() < deadline, first.stderr.read().decode()[-2000:]
            time.sleep(0.05)
        _assert_locked(_eventwire("run", str(article), "--db", str(db), "--quiet"))
        assert first.poll() is None, "the first run must still be writing for this test to mean anything"
    finally:
        _stop(first)  # its lock dies with it: test_reliability_crash shows the next run going ahead


def test_reliability_run_while_serve_holds_the_file_gets_e020(db: Path, article: Path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([EVENTWIRE, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()  # printed once the store is open, before binding the port
        assert "eventwire serving" in line, line + server.stderr.read()
        _assert_locked(_eventwire("run", str(article), "--db", str(db), "--quiet"))
    finally:
        _stop(server)


def test_reliability_reader_while_writer_holds_gets_e020(db: Path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "write"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        _assert_locked(_eventwire("events", "--db", str(db)))
    finally:
        _stop(holder)
