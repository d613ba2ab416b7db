"""WARC and WARC.gz: response records become articles, streamed.

Memory stays constant: warcio reads one record at a time. The record's
``WARC-Date`` is when it was crawled, not published, so it goes to metadata
and never into ``published``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.model import Article, Reject
from eventwire.read.common import decode, looks_binary, sha256

TEXT_TYPES = ("text/html", "application/xhtml", "text/plain")


def read_warc(path: Path) -> Iterator[Article | Reject]:
    source = str(path)
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    continue
                item = _article(record, source)
                if item is not None:
                    yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
        reason = f"WARC stopped at a damaged or truncated record ({exc}); records before it were read"
        yield Reject(None, "read", reason, source)


def _article(record, source: str) -> Article | Reject | None:
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    url = headers.get_header("WARC-Target-URI")
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
    if content_type and not content_type.lower().startswith(TEXT_TYPES):
        return None  # images, scripts, PDFs: not articles, not failures
    data = record.content_stream().read()
    locator = f"{source}#{record_id}"
    if not data.strip():
        return Reject(record_id or url, "read", "WARC response record has an empty body", locator)
    if looks_binary(data[:8192]):
        return Reject(record_id or url, "read", "WARC response body is binary despite its content type", locator)
    decoded = decode(data)
    fmt = "text" if content_type.lower().startswith("text/plain") else "html"
    article = Article(id=record_id or url or locator, raw=decoded.text, format=fmt, url=url, source=locator,
                      source_sha=sha256(decoded.text))
    article.metadata["crawled"] = headers.get_header("WARC-Date")
    if decoded.warning:
        article.metadata["decode_warning"] = decoded.warning
    return article
