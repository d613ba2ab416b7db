"""``eventwire load`` and the Ray half of ``eventwire run --engine ray``."""

from __future__ import annotations

from pathlib import Path

import typer

from eventwire.cli.app import app, err
from eventwire.cli.run import DbOption
from eventwire.config import Config
from eventwire.errors import UsageError
from eventwire.read import Overrides
from eventwire.run.local import RunSummary
from eventwire.store import Store


def execute_ray(inputs: list[str], out: Path | None, config: Config, overrides: Overrides | None,
                address: str | None, quiet: bool):
    """Analyse on Ray into Parquet; the store is filled later by ``eventwire load``."""
    if out is None:
        raise UsageError("--engine ray writes Parquet: pass --out DIR (then `eventwire load DIR --db FILE`)")
    from eventwire.run.ray import run_ray

    summary = run_ray(inputs, out, config=config, workers=config.workers, address=address,
                      overrides=overrides, progress=not quiet)
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    err.print(
        f"ray: {summary.shards} shards, {summary.articles} articles, {summary.events} events, "
        f"{summary.rejected} rejected in {summary.seconds:.1f}s ({rate:.1f} articles/s, "
        f"{summary.workers} workers) → {summary.out}. Next: eventwire load {summary.out} --db FILE"
    )
    return summary


@app.command()
def load(
    directory: Path = typer.Argument(..., help="Output directory of `eventwire run --engine ray --out DIR`."),
    db: Path = DbOption,
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per write transaction."),
) -> None:
    """Store analysed Parquet in the database (idempotent; runs the corpus stages)."""
    from eventwire.run.load import load_parquet
    from eventwire.run.parquet import parquet_files

    parquet_files(directory)  # a wrong path fails before any database file is created
    with Store(db) as store:
        summary: RunSummary = load_parquet(store, directory, config=Config(batch_size=batch_size))
    err.print(
        f"load {summary.run_id}: read {summary.read}, stored {summary.stored}, duplicates {summary.duplicates}, "
        f"syndicated copies {summary.syndicated}, rejected {summary.rejected}, events {summary.events} "
        f"in {summary.seconds:.1f}s → {db}"
    )
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def optimize(db: Path = DbOption) -> None:
    """Reorder the events table by dyad and date so dyad queries on large stores skip most of it."""
    import time

    with Store(db) as store:
        started = time.perf_counter()
        rows = store.optimize()
    err.print(f"optimized {rows} events in {time.perf_counter() - started:.1f}s → {db}")
