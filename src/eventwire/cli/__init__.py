"""The ``eventwire`` command: a thin shell over the library.

Each group of commands lives in its own module and registers itself on
``app``; library errors become friendly messages and exit codes only here.
"""

from __future__ import annotations

from eventwire.cli import export as _export  # noqa: F401
from eventwire.cli import link as _link  # noqa: F401
from eventwire.cli import load as _load  # noqa: F401
from eventwire.cli import query as _query  # noqa: F401

# Command modules register on import; keep one line per module.
from eventwire.cli import run as _run  # noqa: F401
from eventwire.cli import serve as _serve  # noqa: F401
from eventwire.cli.app import app, main

__all__ = ["app", "main"]
