"""The local executor: a process pool stores exactly what in-process does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


# A pool worker skips interpreter teardown when it stops (its results are all sent by then);
# the process that calls _init_worker itself (in-process use) keeps its normal exit.
_WORKER_SCRIPT = """
import atexit, multiprocessing, sys
from pathlib import Path
from eventwire.config import Config
from eventwire.run.local import _init_worker

def child(mark):
    atexit.register(lambda: Path(mark).write_text("teardown ran"))  # runs only if the exit handlers all run
    _init_worker(Config())
    print("worker done", flush=True)

if __name__ == "__main__":
    mark = sys.argv[1]
    if sys.argv[2] == "pool":
        process = multiprocessing.get_context("spawn").Process(target=child, args=(mark,))
        process.start()
        process.join()
        sys.exit(process.exitcode)
    child(mark)
    sys.exit(3)
"""


@pytest.mark.parametrize(("where", "code", "teardown"), [("pool", 0, False), ("caller", 3, True)])
def test_run_local_pool_worker_exits_without_teardown(tmp_path: Path, where, code, teardown):
    script, mark = tmp_path / "worker.py", tmp_path / "mark.txt"
    script.write_text(_WORKER_SCRIPT)
    done = subprocess.run([sys.executable, str(script), str(mark), where], capture_output=True, text=True,
                          timeout=120, check=False)
    assert "worker done" in done.stdout  # the flushed output of the worker is kept
    assert done.returncode == code
    assert mark.exists() == teardown


@pytest.mark.parametrize("fail", [False, True])
def test_run_local_writer_defers_full_collections_only_while_it_runs(tmp_path: Path, fail: bool):
    """The writer raises the full-collection threshold for the run and puts the caller's back, even on error."""
    import gc

    from eventwire.config import Config
    from eventwire.pipeline import BatchResult
    from eventwire.run.local import FULL_COLLECTION_EVERY, drive

    seen: list[tuple[int, int, int]] = []

    def results(ctx, summary):
        seen.append(gc.get_threshold())
        yield BatchResult([], [])
        if fail:
            raise RuntimeError("stage blew up")

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with Store(tmp_path / "gc.duckdb") as store:
            if fail:
                with pytest.raises(RuntimeError):
                    drive(store, ["x"], "local", 1, Config(), results)
            else:
                drive(store, ["x"], "local", 1, Config(), results)
        assert seen == [(700, 10, FULL_COLLECTION_EVERY)]
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_run_local_split_last_groups_keeps_order_and_cuts_only_the_last_groups():
    from eventwire.run.local import split_last_groups

    groups = [[("a", 1), ("b", 2)], [("c", 3)], [("d", 4), ("e", 5), ("f", 6)], [("g", 7), ("h", 8)]]
    assert list(split_last_groups(iter(groups), 2)) == [
        [("a", 1), ("b", 2)], [("c", 3)], [("d", 4)], [("e", 5)], [("f", 6)], [("g", 7)], [("h", 8)]]
    assert list(split_last_groups(iter(groups[:1]), 2)) == [[("a", 1)], [("b", 2)]]
    assert list(split_last_groups(iter([]), 2)) == []
    flat = [batch for group in split_last_groups(iter(groups), 3) for batch in group]
    assert flat == [batch for group in groups for batch in group]


def test_run_local_pool_with_split_tail_matches_whole_groups_in_process(tmp_path: Path):
    """Small batches: the pool's last groups go out one batch each; in-process keeps whole groups."""
    from eventwire.config import Config

    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "two.duckdb") as two:
        first = one.run([str(demo_corpus())], config=Config(batch_size=2), workers=1)
        second = two.run([str(demo_corpus())], config=Config(batch_size=2), workers=2)
        assert (first.stored, first.rejected) == (second.stored, second.rejected) == (6, 0)
        assert _snapshot(one) == _snapshot(two)


# A pool worker's malloc keeps freed memory, so the next group does not fault it in again; the
# process that calls _init_worker itself (in-process use) keeps glibc's defaults.
_MALLOC_SCRIPT = """
import multiprocessing, resource, sys
from eventwire.config import Config
from eventwire.run.local import _init_worker

def child():
    _init_worker(Config())
    size = 64 * 1024 * 1024  # above glibc's largest adaptive mmap threshold (32 MiB)
    block = bytearray(size)
    del block
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    block = bytearray(size)  # written through: every page not kept is faulted in again
    print("faults", resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before, flush=True)

if __name__ == "__main__":
    if sys.argv[1] == "pool":
        process = multiprocessing.get_context("spawn").Process(target=child)
        process.start()
        process.join()
        sys.exit(process.exitcode)
    child()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt: Linux only")
@pytest.mark.parametrize(("where", "kept"), [("pool", True), ("caller", False)])
def test_run_local_pool_worker_keeps_freed_memory(tmp_path: Path, where: str, kept: bool):
    script = tmp_path / "malloc.py"
    script.write_text(_MALLOC_SCRIPT)
    done = subprocess.run([sys.executable, str(script), where], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    faults = int(done.stdout.split("faults")[1])
    pages = 64 * 1024 * 1024 // 4096
    assert (faults < pages // 10) == kept, faults  # kept: the freed block is reused as it is


def test_run_local_keep_freed_memory_says_whether_it_could():
    """True where glibc took both settings (this project's Linux), False elsewhere; in its own process."""
    script = "from eventwire.run.local import keep_freed_memory; print(keep_freed_memory(1 << 28))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == str(sys.platform.startswith("linux"))
