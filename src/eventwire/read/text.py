"""Plain-text and HTML files: one file, one article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.model import Article, Reject
from eventwire.read.common import MAX_ARTICLE_BYTES, SNIFF_BYTES, decode, decode_reject, looks_binary, sha256

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_file(path: Path, fmt: str | None = None) -> Iterator[Article | Reject]:
    """Read a .txt or .html file; the article id is the file name.

    Every check that can reject a file (empty, binary, too large) runs on its
    size and first block only, so a 50 MB file costs 8 KB of memory.
    """
    source = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
            problem = _problem(size, head)
            if problem:
                yield Reject(path.name, "read", problem, source)
                return
            data = head + handle.read(MAX_ARTICLE_BYTES + 1 - len(head))
    except OSError as exc:
        yield Reject(path.name, "read", f"cannot read file: {exc.strerror or exc}", source)
        return
    if len(data) > MAX_ARTICLE_BYTES:  # the file grew after stat(): same rule
        yield Reject(path.name, "read", _too_large(len(data)), source)
        return
    decoded = decode(data)
    fmt = fmt or ("html" if path.suffix.lower() in HTML_SUFFIXES else "text")
    article = Article(id=path.name, raw=decoded.text, format=fmt, source=source, source_sha=sha256(decoded.text))
    if decoded.warning:
        article.metadata["decode_warning"] = decoded.warning
    yield article
    warning = decode_reject(article)
    if warning:
        yield warning


def _problem(size: int, head: bytes) -> str | None:
    if size == 0 or not head:
        return "empty file: nothing to read"
    if looks_binary(head):
        return f"binary file (first bytes 0x{head[:8].hex()}): not text or HTML"
    if size > MAX_ARTICLE_BYTES:
        return _too_large(size)
    if size <= len(head) and not decode(head).text.strip():
        return "file holds only whitespace: nothing to read"
    return None


def _too_large(size: int) -> str:
    return (f"file is {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES // 2**20} MiB limit for one article; "
            "split it into articles or pass them as JSONL records")
