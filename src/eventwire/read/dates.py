"""Normalise caller-supplied publication dates to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
from typing import Any


def normalise_date(value: Any) -> tuple[str | None, str | None]:
    """Return ``(iso_date, warning)``; unparseable values give ``(None, why)``.

    Accepts ISO dates and datetimes (``2017-05-02``, ``2017-05-02T14:00:00Z``).
    Anything else is dropped with a warning rather than guessed: a wrong date
    moves every event in the article.
    """
    if value in (None, ""):
        return None, None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat(), None
    except ValueError:
        return None, f"ignored unparseable published date {text[:40]!r} (expected YYYY-MM-DD)"


def parse_cli_date(text: str) -> str:
    """Strict ``YYYY-MM-DD`` for CLI options; raises ValueError with a hint."""
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{text!r} is not a date: use YYYY-MM-DD, e.g. 2017-05-02") from None
