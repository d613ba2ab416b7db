"""Write query results as a table, JSONL or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from eventwire.errors import UsageError

FORMATS = ("table", "jsonl", "csv")


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    return fmt


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """Nested objects become dotted columns for CSV and tables."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for sub, inner in flatten(value).items():
                out[f"{key}.{sub}"] = inner
        elif isinstance(value, list):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out


def emit(rows: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None, title: str = "") -> int:
    """Print rows; return how many were printed."""
    count = 0
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
        return count
    flat = [flatten(r) for r in rows]
    count = len(flat)
    if fmt == "csv":
        names = columns or (list(flat[0]) if flat else [])
        writer = csv.DictWriter(sys.stdout, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
        return count
    table = Table(title=title or None, show_lines=False)
    names = columns or (list(flat[0]) if flat else [])
    for name in names:
        table.add_column(name, overflow="fold")
    for row in flat:
        table.add_row(*("" if row.get(n) is None else str(row.get(n)) for n in names))
    Console().print(table)
    return count
