"""Exporters: the stored events as GDELT 2.0 TSV, CSV, Parquet or JSONL.

Every format takes the same filters as ``eventwire events`` (negated and
hypothetical events are left out unless ``include_negated``), streams rows
from the store, and writes to a temporary file beside ``out`` that replaces
``out`` only when complete: an interrupted export never leaves a
half-written file that looks finished. See ``export/README.md`` for the
GDELT field mapping.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.errors import UsageError
from eventwire.export import gdelt, tables
from eventwire.store import EventFilter, Store

WRITERS: dict[str, Callable[[Store, EventFilter, Path], int]] = {
    "gdelt": gdelt.write,
    "csv": tables.write_csv,
    "parquet": tables.write_parquet,
    "jsonl": tables.write_jsonl,
}
FORMATS = tuple(WRITERS)


def export_events(store: Store, fmt: str, out: str | Path, **filters: Any) -> int:
    """Write the events matching ``filters`` to ``out`` as ``fmt``; return how many."""
    if fmt not in WRITERS:
        raise UsageError(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    dyad = filters.pop("dyad", None)
    if isinstance(dyad, str):
        dyad = tuple(part.strip() for part in dyad.split(","))
    flt = EventFilter(dyad=dyad, **filters)
    out = Path(out)
    if out.is_dir():
        raise UsageError(f"--out {out} is a directory: give a file name, e.g. {out / ('events.' + fmt)}")
    if not out.parent.exists():
        raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    partial = out.with_name(f".{out.name}.partial")
    try:
        count = WRITERS[fmt](store, flt, partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return count


__all__ = ["FORMATS", "export_events"]
