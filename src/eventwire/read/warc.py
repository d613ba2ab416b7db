"""WARC and WARC.gz: response records become articles, streamed.

Memory stays constant: warcio reads one record at a time, and a record body
is read only up to the one-article size limit. The record's ``WARC-Date`` is
when it was crawled, not published, so it goes to metadata and never into
``published``.

Truncation is checked, not assumed away: warcio stops quietly at a record
whose headers are cut off and hands over a short body for one whose content
is, so the reader compares each body with its ``Content-Length`` and the
last offset reached with the file size.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.model import Article, Reject
from eventwire.read.common import MAX_ARTICLE_BYTES, decode, decode_reject, looks_binary, sha256

TEXT_TYPES = ("text/html", "application/xhtml", "text/plain")
#: How a WARC (or ARC) file starts, plain or gzipped.
WARC_MAGIC = (b"WARC/", b"\x1f\x8b", b"filedesc://")


def read_warc(path: Path) -> Iterator[Article | Reject]:
    source = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
            if not head.startswith(WARC_MAGIC):
                yield Reject(None, "read", f"not a WARC file (first bytes 0x{head[:8].hex()}): expected 'WARC/' "
                             "or gzip; rename it if it is HTML or text", source)
                return
            handle.seek(0)
            records = _CheckedIterator(handle)
            truncated = False  # one cut-off record is one reject, not also a cut-off file
            for record in records:
                if problem := _damage(record):
                    yield Reject(None, "read", f"{problem}; the records before it were read",
                                 f"{source}@{records.offset}")
                    return
                if record.rec_type == "response":
                    for item in _items(record, source):
                        truncated = truncated or (isinstance(item, Reject) and "truncated" in item.reason)
                        yield item
            if not truncated and (reason := _trailing_damage(records, size)):
                yield Reject(None, "read", reason, f"{source}@{records.offset}")
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error, AttributeError, TypeError) as exc:
        # AttributeError/TypeError: warcio trips over records whose headers are cut off mid-way.
        reason = (f"WARC stopped at a damaged or truncated record ({type(exc).__name__}: {exc}); "
                  "records before it were read")
        yield Reject(None, "read", reason, source)


class _CheckedIterator(ArchiveIterator):
    """warcio's iterator, remembering whether the last gzip member was cut off.

    warcio drops its decompressor on close, and with it the only sign that
    the file ended inside a compressed record.
    """

    gzip_incomplete = False

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.gzip_incomplete = True
        super().close()


def _items(record, source: str) -> Iterator[Article | Reject]:
    item = _article(record, source)
    if item is None:
        return
    yield item
    if isinstance(item, Article) and (warning := decode_reject(item)):
        yield warning


def _article(record, source: str) -> Article | Reject | None:
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    url = headers.get_header("WARC-Target-URI")
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
    locator = f"{source}#{record_id}"
    data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    missing = _missing_bytes(record)  # before the type filter: a cut-off header can look like any type
    if missing:
        return Reject(record_id or url, "read", f"WARC record is truncated: {missing} byte(s) of its declared "
                      "Content-Length are missing; not stored", locator)
    if content_type and not content_type.lower().startswith(TEXT_TYPES):
        return None  # images, scripts, PDFs: not articles, not failures
    if len(data) > MAX_ARTICLE_BYTES:
        return Reject(record_id or url, "read", f"WARC record body is over the {MAX_ARTICLE_BYTES // 2**20} MiB "
                      "limit for one article", locator)
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


def _damage(record) -> str | None:
    """A record warcio parsed but that cannot be whole: cut-off headers or block."""
    headers = record.rec_headers
    required = ("WARC-Type", "WARC-Record-ID", "Content-Length") if record.format.startswith("warc") else ()
    if record.rec_type is None or any(not headers.get_header(name) for name in required):
        return "WARC record header is incomplete (damaged or truncated file)"
    if record.rec_type != "response" and (missing := _missing_bytes(record)):
        return f"WARC {record.rec_type} record is truncated: {missing} byte(s) of its Content-Length are missing"
    return None


def _trailing_damage(records: _CheckedIterator, size: int) -> str | None:
    """Why the file did not end cleanly after the last record, or None.

    1. bytes left over that warcio could not parse as a record (cut-off headers);
    2. a gzip member that stops before its end marker (cut-off compressed record).
    """
    if size - records.offset > 4:  # a few blank bytes at the end are normal
        return (f"WARC ends with {size - records.offset} byte(s) that are not a complete record "
                "(truncated file?); the records before them were read")
    if records.gzip_incomplete:
        return "WARC.gz ends inside a compressed record (truncated file?); the records before it were read"
    return None


def _missing_bytes(record) -> int:
    """Bytes of the record block the file did not have (0 when complete).

    The raw stream is limited to ``Content-Length``; draining it and finding
    the limit not reached means the file ended inside this record.
    """
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return max(getattr(raw, "limit", 0) or 0, 0)
