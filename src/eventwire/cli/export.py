"""``eventwire export``: the stored events as GDELT 2.0 TSV, CSV, Parquet or JSONL files."""

from __future__ import annotations

from pathlib import Path

import typer

from eventwire.cli.app import app, err
from eventwire.cli.query import _date, _dyad
from eventwire.export import FORMATS, export_events
from eventwire.store import DEFAULT_DB, Store


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help=f"One of {', '.join(FORMATS)}."),
    out: Path = typer.Option(..., "--out", "-o", help="File to write (replaced only once complete)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to read."),
    actor: str | None = typer.Option(None, help="Actor code prefix as source or target, e.g. USA or RUSGOV."),
    dyad: str | None = typer.Option(None, help="Two codes, e.g. USA,RUS (either direction unless --directed)."),
    directed: bool = typer.Option(False, help="With --dyad: only first → second."),
    root: str | None = typer.Option(None, help="CAMEO root, 01–20."),
    cameo: str | None = typer.Option(None, help="Exact CAMEO code, e.g. 041."),
    since: str | None = typer.Option(None, help="Events on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Events on or before YYYY-MM-DD."),
    article: str | None = typer.Option(None, help="Only this article id."),
    incident: str | None = typer.Option(None, help="Only this incident id."),
    text: str | None = typer.Option(None, help="Sentence contains this text."),
    include_negated: bool = typer.Option(False, help="Also negated and hypothetical events."),
) -> None:
    """Write events to a file: GDELT 2.0 event TSV (61 columns), CSV, Parquet or JSONL."""
    filters = dict(actor=actor, dyad=_dyad(dyad), directed=directed, root=root, cameo=cameo,
                   since=_date(since, "since"), until=_date(until, "until"), article=article, incident=incident,
                   text=text, include_negated=include_negated)
    with Store(db, read_only=True) as store:
        count = export_events(store, fmt, out, **filters)
    err.print(f"wrote {count} events to {out} ({fmt})")
