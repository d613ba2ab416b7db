"""``eventwire export``: the stored events as GDELT 2.0 TSV, CSV, Parquet or JSONL files."""

from __future__ import annotations

from pathlib import Path

import typer

from eventwire.cli.app import app, err
from eventwire.cli.query import (
    ActorOption,
    ArticleOption,
    CameoOption,
    DirectedOption,
    DyadOption,
    IncidentOption,
    NegatedOption,
    RootOption,
    SinceOption,
    TextOption,
    UntilOption,
    event_filters,
)
from eventwire.export import FORMATS, export_events
from eventwire.store import DEFAULT_DB, Store


@app.command()
def export(
    fmt: str = typer.Option(..., "--format", "-f", help=f"One of {', '.join(FORMATS)}."),
    out: Path = typer.Option(..., "--out", "-o", help="File to write (replaced only once complete)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to read."),
    actor: str | None = ActorOption,
    dyad: str | None = DyadOption,
    directed: bool = DirectedOption,
    root: str | None = RootOption,
    cameo: str | None = CameoOption,
    since: str | None = SinceOption,
    until: str | None = UntilOption,
    article: str | None = ArticleOption,
    incident: str | None = IncidentOption,
    text: str | None = TextOption,
    include_negated: bool = NegatedOption,
) -> None:
    """Write events to a file: GDELT 2.0 event TSV (61 columns), CSV, Parquet or JSONL."""
    filters = event_filters(actor, dyad, directed, root, cameo, since, until, article, incident, text,
                            include_negated)
    with Store(db, read_only=True) as store:
        count = export_events(store, fmt, out, **filters)
    err.print(f"wrote {count} events to {out} ({fmt})")
