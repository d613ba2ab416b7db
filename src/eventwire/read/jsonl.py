"""JSONL and JSONL.gz: one JSON object per line, one article per object.

Fields: ``id``, ``text`` or ``html``, ``url``, ``published``, ``outlet``,
``title``. A broken line becomes a Reject naming the line; the rest go on.
Lines are read with a length cap, so one runaway line (a file with no
newlines, a base64 blob) is skipped without being loaded into memory.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from eventwire.model import Article, Reject
from eventwire.read.common import MAX_ARTICLE_BYTES, Decoded, decode, decode_reject, sha256, strip_surrogates
from eventwire.read.dates import normalise_date

SKIP_CHUNK = 1 << 20


def read_jsonl(path: Path) -> Iterator[Article | Reject]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for lineno, line in _lines(handle, MAX_ARTICLE_BYTES):
                if line is None:
                    reason = f"line {lineno} is over the {MAX_ARTICLE_BYTES // 2**20} MiB limit for one record"
                    yield Reject(f"{path.name}:{lineno}", "read", reason, f"{path}:{lineno}")
                elif line.strip():
                    yield from _record(path, lineno, line)
    except (OSError, EOFError, zlib.error) as exc:
        yield Reject(None, "read", f"stopped reading: {exc}; the lines before were read", str(path))


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; ``None`` for a line longer than ``limit``, skipped in chunks."""
    lineno = 0
    while line := handle.readline(limit + 1):
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
        else:
            yield lineno, line


def _record(path: Path, lineno: int, line: bytes) -> Iterator[Article | Reject]:
    locator = f"{path}:{lineno}"
    decoded = decode(line)
    try:
        obj = json.loads(decoded.text)
    except (json.JSONDecodeError, RecursionError) as exc:
        why = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        yield Reject(f"{path.name}:{lineno}", "read", f"line {lineno} is not valid JSON ({why})", locator)
        return
    if not isinstance(obj, dict):
        yield Reject(f"{path.name}:{lineno}", "read", f"line {lineno} is JSON but not an object", locator)
        return
    article = article_from_record(obj, default_id=f"{path.name}:{lineno}", source=locator, decoded=decoded)
    yield article
    if isinstance(article, Article) and (warning := decode_reject(article)):
        yield warning


def article_from_record(
    obj: dict[str, Any], *, default_id: str, source: str, warning: str | None = None,
    decoded: Decoded | None = None,
) -> Article | Reject:
    """Build an Article from a record dict (JSONL line, Parquet row, API body)."""
    decoded = decoded or Decoded("", "utf-8")
    fields = {key: _str(obj.get(key), decoded) for key in ("id", "doc_id", "title", "url", "outlet")}
    article_id = fields["id"] or fields["doc_id"] or default_id
    body, fmt = obj.get("text"), "text"
    if not body and obj.get("html"):
        body, fmt = obj.get("html"), "html"
    if not isinstance(body, str) or not body.strip():
        return Reject(article_id, "read", "record has no 'text' or 'html' field with content", source)
    body, found = strip_surrogates(body)
    decoded.surrogates += found
    published, date_note = normalise_date(obj.get("published") or obj.get("date"))
    article = Article(
        id=article_id,
        raw=body,
        format=fmt,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
        published=published,
        source=source,
        source_sha=sha256(body),
    )
    warning = warning or decoded.warning
    if warning:
        article.metadata["decode_warning"] = warning
    if date_note:
        article.metadata["date_warning"] = strip_surrogates(date_note)[0]
    return article


def _str(value: Any, decoded: Decoded) -> str | None:
    if value in (None, "") or isinstance(value, (dict, list)):
        return None
    text, found = strip_surrogates(str(value).strip())
    decoded.surrogates += found
    return text or None
