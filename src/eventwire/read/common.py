"""Helpers every reader shares: decoding bytes honestly and hashing content."""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass

from eventwire.model import Article, Reject

#: How much of a file we sniff to tell text from binary.
SNIFF_BYTES = 8192
#: A plain-text "article" larger than this is almost surely not an article.
#: Checked on the file size (or while reading a JSONL line / WARC record), so
#: an oversized input is never loaded into memory.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

REPLACEMENT = "\ufffd"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode each byte that is not valid UTF-8 as Windows-1252, else U+FFFD.

    Why Windows-1252: a "mixed encoding" news file is nearly always UTF-8
    with pasted Windows-1252 bytes (curly quotes 0x93/0x94, dashes 0x96,
    accented letters 0xE9), the case BeautifulSoup's ``detwingle`` handles.
    Its five undefined bytes and C0/C1 controls still become U+FFFD.
    """
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    chars = []
    for byte in exc.object[exc.start : exc.end]:
        char = bytes([byte]).decode("cp1252", errors="replace")
        chars.append(char if char.isprintable() else REPLACEMENT)
    return "".join(chars), exc.end


codecs.register_error("eventwire-cp1252", _cp1252_fallback)


@dataclass(slots=True)
class Decoded:
    """Decoded text plus what had to be replaced to get it."""

    text: str
    encoding: str
    replaced: int = 0  # bytes that were not valid UTF-8 and were replaced by U+FFFD
    fallback: int = 0  # bytes that were not valid UTF-8 and were read as Windows-1252
    surrogates: int = 0  # lone UTF-16 surrogates (from JSON escapes) replaced by U+FFFD

    @property
    def warning(self) -> str | None:
        if not (self.replaced or self.fallback or self.surrogates):
            return None
        parts = []
        if self.fallback or self.replaced:
            parts.append(f"{self.fallback + self.replaced} byte(s) were not valid UTF-8: {self.fallback} read as "
                         f"Windows-1252, {self.replaced} replaced with U+FFFD")
        if self.surrogates:
            parts.append(f"{self.surrogates} lone surrogate escape(s) replaced with U+FFFD")
        return f"partly decoded ({self.encoding}): " + "; ".join(parts)


def looks_binary(head: bytes) -> bool:
    """NUL bytes or mostly control characters in the first block mean binary."""
    if not head or head.startswith(UTF16_BOMS):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def decode(data: bytes) -> Decoded:
    """Decode bytes, keeping everything decodable and counting what was not.

    Steps: 1. a UTF-16 byte-order mark means UTF-16 (Windows "Unicode" text
    files); 2. strict UTF-8 (with or without BOM), the norm for news text;
    3. if that fails, UTF-8 with each invalid byte read as Windows-1252 (or
    U+FFFD where that is undefined), so mixed-encoding files keep their
    accents and quotes and the caller can report exactly what was guessed.
    """
    if data.startswith(UTF16_BOMS):
        text = data.decode("utf-16", errors="replace")
        return Decoded(text, "utf-16", replaced=text.count(REPLACEMENT))
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="eventwire-cp1252")
        valid = data.decode("utf-8", errors="ignore")
        bad_bytes = len(text) - len(valid)
        replaced = text.count(REPLACEMENT) - valid.count(REPLACEMENT)
        return Decoded(text, "utf-8", replaced=replaced, fallback=bad_bytes - replaced)


def strip_surrogates(text: str) -> tuple[str, int]:
    """Replace lone surrogates (legal in JSON escapes, not in UTF-8) with U+FFFD.

    They cannot be stored (Arrow and DuckDB need valid UTF-8), so one such
    escape in a JSONL record would otherwise fail the whole batch's write.
    """
    found = len(LONE_SURROGATE.findall(text))
    return (LONE_SURROGATE.sub(REPLACEMENT, text), found) if found else (text, 0)


def decode_reject(article: Article) -> Reject | None:
    """A visible row for a partly decoded article; the article is still stored.

    Counted as rejected (exit code 1): the stored text is not exactly what the
    file said, and the user should know which file to fix.
    """
    warning = article.metadata.get("decode_warning")
    if not warning:
        return None
    return Reject(article.id, "read", f"{warning}; the article is stored with these replacements", article.source)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
