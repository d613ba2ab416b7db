"""Load analysed Parquet (from ``eventwire run --engine ray``) into the store.

The records go through exactly what the local executor does after analysis:
the same skip-what-is-stored check (so loading twice adds nothing), the
corpus stages in the single writer, the same idempotent batch writer, and the
aggregate refresh at the end. Only the article stages are not run again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from eventwire.config import Config, Context
from eventwire.pipeline import BatchResult
from eventwire.run.local import RunSummary, _new_work, _write
from eventwire.run.parquet import parquet_files, read_records


def load_parquet(
    store,
    directory: str | Path,
    *,
    config: Config | None = None,
    progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Store every record of ``directory``'s Parquet files, in input order."""
    config = config or Config()
    parquet_files(directory)  # fail early, with a clear message, on a wrong path
    started = time.perf_counter()
    summary = RunSummary(run_id=store.start_run([str(directory)], "ray-load", 1))
    ctx = Context(config)
    ctx.store = store
    status = "failed"
    try:
        for articles, rejects in _new_work(store, read_records(directory), config.batch_size, summary):
            _write(store, ctx, BatchResult(articles, rejects), summary)
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
        store.refresh_aggregates()
        status = "done"
    finally:
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.to_dict(), status)
    return summary
