"""``eventwire serve``: the read-only HTTP API and web page over one store."""

from __future__ import annotations

from pathlib import Path

import typer

from eventwire.cli.app import app, err
from eventwire.errors import UsageError
from eventwire.store import DEFAULT_DB

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="DuckDB file to serve (opened read-only)."),
    port: int = typer.Option(8000, "--port", "-p", min=1, max=65535, help="TCP port."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default is this machine only."),
    log_level: str = typer.Option("warning", "--log-level", help="uvicorn log level: warning, info, debug."),
) -> None:
    """Browse events, dyads, actors, articles and evidence at http://HOST:PORT/ (API docs at /docs)."""
    import uvicorn

    from eventwire.api import create_app

    if log_level not in ("critical", "error", "warning", "info", "debug"):
        raise UsageError(f"--log-level {log_level!r}: use warning, info or debug")
    application = create_app(db)  # opens the store first, so a bad --db fails before binding
    if host not in LOOPBACK:
        err.print(f"[yellow]warning[/] serving on {host}: anyone who can reach this address can read the store")
    err.print(f"eventwire serving {db} at http://{host}:{port}/  (API docs: /docs, stop with Ctrl-C)")
    uvicorn.run(application, host=host, port=port, log_level=log_level, access_log=log_level in ("info", "debug"))
