"""Cross-article commands: incidents (one row per real-world happening), stories and their contrasts."""

from __future__ import annotations

from pathlib import Path

import typer

from eventwire.cli.app import app
from eventwire.cli.output import check_format, emit
from eventwire.cli.query import DbOption, FormatOption, LimitOption, _date, _dyad
from eventwire.link.query import IncidentFilter
from eventwire.link.query import contrasts as query_contrasts
from eventwire.link.query import incidents as query_incidents
from eventwire.link.query import stories as query_stories
from eventwire.store import Store

INCIDENT_COLUMNS = ["incident_id", "date_start", "date_end", "source_code", "cameo", "target_code",
                    "place_country", "mentions", "articles", "sources", "first_report", "last_report"]
INCIDENT_CSV_COLUMNS = [*INCIDENT_COLUMNS, "root", "outlets", "contrasts"]
STORY_COLUMNS = ["story_id", "first_published", "last_published", "articles", "outlets", "title"]
CONTRAST_COLUMNS = ["story_id", "topic", "silent_name", "silent_code", "silent_outlet", "stated_by_name",
                    "stated_by_code", "stated_in_article"]


@app.command()
def incidents(
    db: Path = DbOption,
    actor: str | None = typer.Option(None, help="Actor code prefix as source or target, e.g. USA."),
    dyad: str | None = typer.Option(None, help="Two codes, e.g. USA,SYR (either direction)."),
    root: str | None = typer.Option(None, help="CAMEO root, 01–20."),
    since: str | None = typer.Option(None, help="Incidents on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Incidents on or before YYYY-MM-DD."),
    min_sources: int = typer.Option(1, "--min-sources", help="Reported by at least this many outlets."),
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Incidents: the same happening across reports, with mentions, articles and outlets."""
    fmt = check_format(fmt)
    flt = IncidentFilter(actor=actor, dyad=_dyad(dyad), root=root, since=_date(since, "since"),
                         until=_date(until, "until"), min_sources=min_sources, limit=limit)
    with Store(db, read_only=True) as store:
        columns = {"table": INCIDENT_COLUMNS, "csv": INCIDENT_CSV_COLUMNS}.get(fmt)
        emit(query_incidents(store.con, flt), fmt, columns, title="incidents")


@app.command()
def stories(
    db: Path = DbOption,
    since: str | None = typer.Option(None, help="Stories running on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Stories starting on or before YYYY-MM-DD."),
    min_outlets: int = typer.Option(1, "--min-outlets", help="Covered by at least this many outlets."),
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Stories: articles on the same news story grouped across outlets."""
    fmt = check_format(fmt)
    with Store(db, read_only=True) as store:
        rows = query_stories(store.con, since=_date(since, "since"), until=_date(until, "until"),
                             min_outlets=min_outlets, limit=limit)
        emit(rows, fmt, STORY_COLUMNS if fmt != "jsonl" else None, title="stories")


@app.command()
def contrasts(
    db: Path = DbOption,
    story: str | None = typer.Option(None, help="Only this story id."),
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Contrasts: one source pointedly silent on what another source of the same story stated."""
    fmt = check_format(fmt)
    with Store(db, read_only=True) as store:
        rows = query_contrasts(store.con, story_id=story, limit=limit)
        emit(rows, fmt, CONTRAST_COLUMNS if fmt != "jsonl" else None, title="contrasts")
