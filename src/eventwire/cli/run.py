"""``eventwire run`` and ``eventwire demo``: put articles into the store."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire.cli.app import app, err
from eventwire.config import Config
from eventwire.errors import UsageError
from eventwire.read import Overrides
from eventwire.read.dates import parse_cli_date
from eventwire.run.local import RunSummary
from eventwire.store import DEFAULT_DB, Store

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to write (created if missing).")


def _overrides(inputs: list[str], published: str | None, outlet: str | None, url: str | None) -> Overrides | None:
    if not (published or outlet or url):
        return None
    if len(inputs) != 1 or Path(inputs[0]).is_dir():
        raise UsageError("--published/--outlet/--url apply to a single input file; pass one file")
    try:
        date = parse_cli_date(published) if published else None
    except ValueError as exc:
        raise UsageError(f"--published {exc}") from None
    return Overrides(published=date, outlet=outlet, url=url)


def execute(db: Path, inputs: list[str], config: Config, overrides: Overrides | None, quiet: bool) -> RunSummary:
    """Run with a live progress line, then print the summary."""
    with Store(db) as store, Progress(
        TextColumn("[bold]eventwire[/]"), BarColumn(bar_width=None), TextColumn("{task.description}"),
        TimeElapsedColumn(), console=err, disable=quiet, transient=True,
    ) as bar:
        task = bar.add_task("starting", total=None)

        def show(s: RunSummary) -> None:
            rate = s.read / s.seconds if s.seconds else 0.0
            bar.update(task, description=f"{s.read} read, {s.stored} stored, {s.events} events, "
                                         f"{s.rejected} rejected · {rate:.1f} articles/s")

        summary = store.run(inputs, config=config, overrides=overrides, workers=config.workers, progress=show)
    _print_summary(summary, db)
    return summary


def _print_summary(s: RunSummary, db: Path) -> None:
    rate = s.read / s.seconds if s.seconds else 0.0
    err.print(
        f"run {s.run_id}: read {s.read}, stored {s.stored}, duplicates {s.duplicates}, "
        f"syndicated copies {s.syndicated}, rejected {s.rejected}, events {s.events} "
        f"in {s.seconds:.1f}s ({rate:.1f} articles/s) → {db}"
    )
    if s.rejected:
        stages = ", ".join(f"{stage}: {n}" for stage, n in sorted(s.reasons.items()))
        err.print(f"[yellow]{s.rejected} rejected[/] ({stages}); see `eventwire rejects --db {db}`")


@app.command()
def run(
    inputs: list[str] = typer.Argument(..., help="Files, directories or globs: .txt .html .jsonl(.gz) .warc(.gz)."),
    db: Path = DbOption,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes for the analysis."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles per batch."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD for a single input."),
    outlet: str | None = typer.Option(None, help="Outlet name for a single input."),
    url: str | None = typer.Option(None, help="URL for a single input."),
    dictionary: list[Path] = typer.Option([], "--dictionary", "-d", help="Extra actor/pattern file (repeatable)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or ray (Parquet to --out)."),
    out: Path | None = typer.Option(None, "--out", help="With --engine ray: directory for the Parquet output."),
    address: str | None = typer.Option(None, "--address", help="With --engine ray: join this Ray cluster."),
    select: str = typer.Option(
        "events+quotes", "--select",
        help="Which sentences get the full spaCy parse: events+quotes (default: sentences that can hold an event, "
             "a quote or a date), events (event candidates only: fastest, loses quotes), off (every sentence)."),
) -> None:
    """Read articles, extract actors and events, and store them (idempotent)."""
    config = Config(dictionaries=[str(p) for p in dictionary], batch_size=batch_size, workers=workers)
    if select not in ("off", "events", "events+quotes"):
        raise UsageError(f"--select {select!r} is not known: use off, events or events+quotes")
    config.options["nlp.select"] = False if select == "off" else select
    overrides = _overrides(inputs, published, outlet, url)
    if engine == "ray":
        from eventwire.cli.load import execute_ray

        summary = execute_ray(inputs, out, config, overrides, address, quiet)
    elif engine == "local":
        summary = execute(db, inputs, config, overrides, quiet)
    else:
        raise UsageError(f"--engine {engine!r} is not known: use local or ray")
    raise typer.Exit(1 if summary.failed else 0)


def demo_corpus() -> Path:
    """The demo articles shipped in the package (written by the eventwire team)."""
    return Path(str(resources.files("eventwire") / "data" / "demo" / "demo.jsonl"))


@app.command()
def demo(
    db: Path = DbOption,
    limit: int = typer.Option(25, help="How many events to print."),
) -> None:
    """Run the bundled demo corpus into the store and print what was extracted."""
    summary = execute(db, [str(demo_corpus())], Config(), None, quiet=True)
    from eventwire.cli.query import print_events

    with Store(db, read_only=True) as store:
        print_events(store, {"limit": limit}, "table")
        stats = store.stats()
    Console().print(
        f"{stats['articles']} articles, {stats['actors']} actor mentions, {stats['events']} events, "
        f"{stats['quotes']} quotes stored in {db}. Try: eventwire events --db {db} --format jsonl"
    )
    from eventwire.nlp import DEFAULT_SELECT

    Console().print(f"Parsed with --select {DEFAULT_SELECT} (the default of `eventwire run`): only sentences that can "
                    "hold an event, a quote or a date got the full spaCy parse; --select off parses every sentence.")
    raise typer.Exit(1 if summary.failed else 0)
