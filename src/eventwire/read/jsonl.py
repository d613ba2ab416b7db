"""JSONL and JSONL.gz: one JSON object per line, one article per object.

Fields: ``id``, ``text`` or ``html``, ``url``, ``published``, ``outlet``,
``title``. A broken line becomes a Reject naming the line; the rest go on.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.model import Article, Reject
from eventwire.read.common import decode, sha256
from eventwire.read.dates import normalise_date


def read_jsonl(path: Path) -> Iterator[Article | Reject]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for lineno, line in enumerate(handle, start=1):
                if line.strip():
                    yield _record(path, lineno, line)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Reject(None, "read", f"stopped reading: {exc}; the lines before were read", str(path))


def _record(path: Path, lineno: int, line: bytes) -> Article | Reject:
    locator = f"{path}:{lineno}"
    decoded = decode(line)
    try:
        obj = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        return Reject(f"{path.name}:{lineno}", "read", f"line {lineno} is not valid JSON ({exc.msg})", locator)
    if not isinstance(obj, dict):
        return Reject(f"{path.name}:{lineno}", "read", f"line {lineno} is JSON but not an object", locator)
    return article_from_record(obj, default_id=f"{path.name}:{lineno}", source=locator, warning=decoded.warning)


def article_from_record(
    obj: dict[str, Any], *, default_id: str, source: str, warning: str | None = None
) -> Article | Reject:
    """Build an Article from a record dict (JSONL line, Parquet row, API body)."""
    article_id = str(obj.get("id") or obj.get("doc_id") or default_id)
    body, fmt = obj.get("text"), "text"
    if not body and obj.get("html"):
        body, fmt = obj.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        return Reject(article_id, "read", "record has no 'text' or 'html' field with content", source)
    published, date_note = normalise_date(obj.get("published") or obj.get("date"))
    article = Article(
        id=article_id,
        raw=body,
        format=fmt,
        title=_str(obj.get("title")),
        url=_str(obj.get("url")),
        outlet=_str(obj.get("outlet")),
        published=published,
        source=source,
        source_sha=sha256(body),
    )
    if warning:
        article.metadata["decode_warning"] = warning
    if date_note:
        article.metadata["date_warning"] = date_note
    return article


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None
