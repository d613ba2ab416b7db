"""The typer application and the one place errors become exit codes.

Exit codes: 0 all went in; 1 something was rejected or failed; 2 usage error.
"""

from __future__ import annotations

import os
import sys

import typer
from rich.console import Console

from eventwire.errors import EventwireError, UsageError

app = typer.Typer(
    name="eventwire",
    help="Political event data from news text: who did what to whom, when, where, with evidence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True)


def main() -> None:
    """Console-script entry point: library errors become friendly messages."""
    try:
        app()
    except UsageError as exc:
        err.print(f"[bold red]error[/] {exc}")
        sys.exit(2)
    except EventwireError as exc:
        err.print(f"[bold red]error[/] {exc}")
        sys.exit(1)
    except Exception as exc:
        if os.environ.get("EVENTWIRE_DEBUG"):
            raise
        err.print(f"[bold red]error[/] E001 unexpected {type(exc).__name__}: {exc}. "
                  "Set EVENTWIRE_DEBUG=1 for the traceback and report it.")
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted: batches already written are kept; run the same command again to continue")
        sys.exit(130)
