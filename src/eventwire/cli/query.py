"""Query commands: events, articles, actors, quotes, rejects, show, stats."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.text import Text

from eventwire.cli.app import app
from eventwire.cli.output import check_format, emit
from eventwire.errors import UsageError
from eventwire.read.dates import parse_cli_date
from eventwire.store import DEFAULT_DB, Store

DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to read.")
FormatOption = typer.Option("table", "--format", "-f", help="table, jsonl or csv.")
LimitOption = typer.Option(None, "--limit", "-n", min=0, help="At most this many rows.")

# The event filters, declared once for every command that selects events (events, export).
ActorOption = typer.Option(None, "--actor", help="Actor code prefix as source or target, e.g. USA or RUSGOV.")
DyadOption = typer.Option(None, "--dyad", help="Two codes, e.g. USA,RUS (either direction unless --directed).")
DirectedOption = typer.Option(False, "--directed", help="With --dyad: only first → second.")
RootOption = typer.Option(None, "--root", help="CAMEO root, 01–20.")
CameoOption = typer.Option(None, "--cameo", help="Exact CAMEO code, e.g. 041.")
SinceOption = typer.Option(None, "--since", help="Events on or after YYYY-MM-DD.")
UntilOption = typer.Option(None, "--until", help="Events on or before YYYY-MM-DD.")
ArticleOption = typer.Option(None, "--article", help="Only this article id.")
IncidentOption = typer.Option(None, "--incident", help="Only this incident id.")
TextOption = typer.Option(None, "--text", help="Sentence contains this text.")
NegatedOption = typer.Option(False, "--include-negated", help="Also negated and hypothetical events.")

EVENT_COLUMNS = ["date", "source.code", "cameo", "target.code", "plover", "goldstein", "modality",
                 "trigger", "article_id"]


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return parse_cli_date(value)
    except ValueError as exc:
        raise UsageError(f"--{name} {exc}") from None


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise UsageError(f"--dyad {value!r}: give two actor codes separated by a comma, e.g. USA,RUS")
    return parts[0], parts[1]


#: CSV columns: the flattened JSONL contract, so an empty result still has a header.
EVENT_CSV_COLUMNS = [
    "event_id", "article_id", "date", "date_precision", "date_basis",
    *(f"{side}.{key}" for side in ("source", "target") for key in ("text", "code", "country", "entity_id")),
    "cameo", "root", "plover", "quad_class", "goldstein", "negated", "modality", "attribution", "trigger",
    "sentence", "span", "place.name", "place.country", "place.lat", "place.lon", "incident_id", "confidence",
    "published", "outlet",
]


def event_filters(actor, dyad, directed, root, cameo, since, until, article, incident, text,
                  include_negated) -> dict[str, Any]:
    """The event-filter options as ``Store.events`` keywords, dates and dyad checked."""
    return dict(actor=actor, dyad=_dyad(dyad), directed=directed, root=root, cameo=cameo,
                since=_date(since, "since"), until=_date(until, "until"), article=article, incident=incident,
                text=text, include_negated=include_negated)


def print_events(store: Store, filters: dict[str, Any], fmt: str) -> int:
    rows = store.events(**filters)
    columns = {"table": EVENT_COLUMNS, "csv": EVENT_CSV_COLUMNS}.get(fmt)
    return emit(rows, fmt, columns, title="events")


@app.command()
def events(
    db: Path = DbOption,
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
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Events with source, target, CAMEO/PLOVER codes, date and evidence."""
    filters = event_filters(actor, dyad, directed, root, cameo, since, until, article, incident, text,
                            include_negated)
    with Store(db, read_only=True) as store:
        print_events(store, {**filters, "limit": limit}, check_format(fmt))


@app.command()
def articles(
    db: Path = DbOption,
    outlet: str | None = typer.Option(None, help="Only articles from this outlet."),
    since: str | None = typer.Option(None, help="Published on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Published on or before YYYY-MM-DD."),
    article: str | None = typer.Option(None, help="Only this article id."),
    story: str | None = typer.Option(None, help="Only this story id."),
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Stored articles with their metadata and clean text."""
    fmt = check_format(fmt)
    with Store(db, read_only=True) as store:
        rows = store.articles(outlet=outlet, since=_date(since, "since"), until=_date(until, "until"),
                              article=article, story=story, limit=limit)
        cols = ["article_id", "published", "outlet", "title", "story_id"] if fmt == "table" else None
        emit(rows, fmt, cols, title="articles")


@app.command()
def actors(
    db: Path = DbOption,
    actor: str | None = typer.Option(None, help="Code prefix, e.g. RUS."),
    article: str | None = typer.Option(None, help="Only this article id."),
    top: bool = typer.Option(False, help="Top actors with mention counts instead of mentions."),
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Actor mentions with CAMEO codes, or the top actors with --top."""
    fmt = check_format(fmt)
    with Store(db, read_only=True) as store:
        if top:
            emit(store.top_actors(limit=limit or 50), fmt, title="top actors")
            return
        rows = store.actors(actor=actor, article=article, limit=limit)
        cols = ["article_id", "text", "code", "country", "entity_id"] if fmt == "table" else None
        emit(rows, fmt, cols, title="actors")


@app.command()
def quotes(
    db: Path = DbOption,
    actor: str | None = typer.Option(None, help="Speaker code prefix, e.g. USAGOV."),
    article: str | None = typer.Option(None, help="Only this article id."),
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Direct and indirect quotes with their speakers."""
    fmt = check_format(fmt)
    with Store(db, read_only=True) as store:
        rows = store.quotes(actor=actor, article=article, limit=limit)
        cols = ["article_id", "speaker.code", "speaker.text", "kind", "text"] if fmt == "table" else None
        emit(rows, fmt, cols, title="quotes")


@app.command()
def rejects(
    db: Path = DbOption,
    run: str | None = typer.Option(None, help="Only this run id."),
    limit: int | None = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Inputs and articles that could not be read or coded, with the reason."""
    with Store(db, read_only=True) as store:
        emit(store.rejects(run=run, limit=limit), check_format(fmt), title="rejects")


@app.command()
def stats(db: Path = DbOption) -> None:
    """Row counts of every table."""
    with Store(db, read_only=True) as store:
        emit([store.stats()], "table", title=str(db))


@app.command()
def show(
    article_id: str = typer.Argument(..., help="Article id, e.g. 000_0eede5b9c2889da2.txt."),
    db: Path = DbOption,
    removed: bool = typer.Option(False, help="Also list the junk the cleaner removed."),
) -> None:
    """An article's clean text with actors and event triggers marked."""
    with Store(db, read_only=True) as store:
        article = store.article(article_id)
    if article is None:
        raise UsageError(f"no article {article_id!r} in {db}; list ids with `eventwire articles --db {db}`")
    console = Console()
    console.print(f"[bold]{article.title or article.id}[/]  {article.outlet or ''}  {article.published or ''}")
    text = Text(article.text)
    for actor in article.actors:
        text.stylize("bold cyan", actor.span.start, actor.span.end)
    for event in article.events:
        text.stylize("bold magenta underline", event.trigger.start, event.trigger.end)
    console.print(text)
    for actor in article.actors:
        console.print(f"  [cyan]{actor.text}[/] → {actor.code} ({actor.country}) [{actor.span.start}:{actor.span.end}]")
    for event in article.events:
        # an actor kept by its text alone (no code: ``events.uncoded_targets`` / ``uncoded_sources``) is shown
        # by that text
        src = (event.source.code or repr(event.source.text)) if event.source else "-"
        tgt = (event.target.code or repr(event.target.text)) if event.target else "-"
        console.print(f"  [magenta]{event.trigger_text}[/] {src} {event.cameo} {tgt} {event.date or ''} "
                      f"{event.modality}")
    if removed:
        for item in article.removed:
            console.print(f"  [dim]removed ({item.reason}): {item.text[:100]!r}[/]")
