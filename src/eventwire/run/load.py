"""Load analysed Parquet (from ``eventwire run --engine ray``) into the store.

The records go through exactly what the local executor does after analysis:
the same skip-what-is-stored check (so loading twice adds nothing), the
corpus stages in the single writer, the same idempotent batch writer, and the
aggregate refresh at the end. Only the article stages are not run again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from eventwire.config import Config, Context
from eventwire.pipeline import BatchResult
from eventwire.run.local import RunSummary, _new_work, drive
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

    def results(ctx: Context, summary: RunSummary) -> Iterator[BatchResult]:
        for articles, rejects in _new_work(store, read_records(directory), config.batch_size, summary):
            yield BatchResult(articles, rejects)

    return drive(store, [str(directory)], "ray-load", 1, config, results, progress)
