"""Plain-text and HTML files: one file, one article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.model import Article, Reject
from eventwire.read.common import MAX_ARTICLE_BYTES, SNIFF_BYTES, decode, looks_binary, sha256

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def read_file(path: Path, fmt: str | None = None) -> Iterator[Article | Reject]:
    """Read a .txt or .html file; the article id is the file name."""
    source = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
            if size == 0:
                yield Reject(path.name, "read", "empty file: nothing to read", source)
                return
            if looks_binary(head):
                reason = f"binary file (first bytes 0x{head[:8].hex()}): not text or HTML"
                yield Reject(path.name, "read", reason, source)
                return
            if size > MAX_ARTICLE_BYTES:
                yield Reject(
                    path.name,
                    "read",
                    f"file is {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES // 2**20} MiB limit for one article; "
                    "split it or pass it as JSONL records",
                    source,
                )
                return
            data = head + handle.read()
    except OSError as exc:
        yield Reject(path.name, "read", f"cannot read file: {exc.strerror or exc}", source)
        return
    decoded = decode(data)
    fmt = fmt or ("html" if path.suffix.lower() in HTML_SUFFIXES else "text")
    article = Article(id=path.name, raw=decoded.text, format=fmt, source=source, source_sha=sha256(decoded.text))
    if decoded.warning:
        article.metadata["decode_warning"] = decoded.warning
    yield article
