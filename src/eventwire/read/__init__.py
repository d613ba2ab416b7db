"""Readers: turn input paths into :class:`Article` records (or Rejects).

A reader never parses meaning: it decodes, identifies and hands on. Inputs may
be files, directories (recursive) or glob patterns; the format follows the
file name (``.txt``, ``.html``/``.htm``, ``.jsonl``/``.jsonl.gz``,
``.warc``/``.warc.gz``), and unknown suffixes are read as plain text.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.model import Article, Reject
from eventwire.read.jsonl import read_jsonl
from eventwire.read.text import read_file
from eventwire.read.warc import read_warc

#: Files a directory walk passes over: not articles, and not failures either.
SKIP_NAMES = {".DS_Store", "Thumbs.db"}
SKIP_SUFFIXES = {".md", ".json", ".yaml", ".yml", ".py", ".csv", ".tsv", ".parquet", ".duckdb", ".wal"}


@dataclass(slots=True)
class Overrides:
    """Caller-supplied metadata for a single input; it wins over the text's."""

    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def apply(self, article: Article) -> Article:
        if self.published:
            article.published = self.published
            article.metadata["published_by"] = "caller"
        if self.outlet:
            article.outlet = self.outlet
            article.metadata["outlet_by"] = "caller"
        if self.url:
            article.url = self.url
        return article


def expand(inputs: Iterable[str | Path]) -> Iterator[Path | Reject]:
    """Expand directories and globs into files, in a stable (sorted) order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        elif any(ch in str(item) for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(str(item), recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield Reject(None, "read", f"pattern {item!s} matched no files", str(item))
            yield from files
        else:
            yield Reject(None, "read", f"no such file or directory: {item!s}; check the path", str(item))


def _walk(root: Path) -> Iterator[Path | Reject]:
    """Files under ``root``, sorted; an unreadable folder becomes a Reject.

    ``os.walk`` rather than ``rglob``: it reports permission errors through
    ``onerror`` instead of raising mid-walk, and does not follow symlinked
    folders (no loops).
    """
    errors: list[OSError] = []
    files: list[Path] = []
    for folder, _, names in os.walk(root, onerror=errors.append):
        files.extend(Path(folder) / name for name in names)
    for error in errors:
        yield Reject(None, "read", f"cannot list folder: {error.strerror or error}", str(error.filename or root))
    for child in sorted(files):
        if child.name not in SKIP_NAMES and child.suffix.lower() not in SKIP_SUFFIXES and child.is_file():
            yield child


def format_of(path: Path) -> str:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    return "text"


def read_path(path: Path) -> Iterator[Article | Reject]:
    """Read one file with the reader its name calls for; never raises.

    The last-resort ``except`` exists so that a reader bug on one odd file
    becomes a Reject naming the file, not the end of a long run.
    """
    try:
        if path.stat().st_size == 0:
            yield Reject(path.name, "read", "empty file: nothing to read", str(path))
            return
        yield from _read_format(path)
    except Exception as exc:  # see docstring
        yield Reject(path.name, "read", f"reader failed: {type(exc).__name__}: {exc}", str(path))


def _read_format(path: Path) -> Iterator[Article | Reject]:
    fmt = format_of(path)
    if fmt == "jsonl":
        yield from read_jsonl(path)
    elif fmt == "warc":
        yield from read_warc(path)
    else:
        yield from read_file(path, fmt)


def read_inputs(inputs: Iterable[str | Path], overrides: Overrides | None = None) -> Iterator[Article | Reject]:
    """Yield every article (or reject) from ``inputs``, streaming."""
    for item in expand(inputs):
        if isinstance(item, Reject):
            yield item
            continue
        for record in read_path(item):
            if overrides and isinstance(record, Article):
                overrides.apply(record)
            yield record
