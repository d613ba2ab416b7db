"""Helpers every reader shares: decoding bytes honestly and hashing content."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

#: How much of a file we sniff to tell text from binary.
SNIFF_BYTES = 8192
#: A plain-text "article" larger than this is almost surely not an article.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024


@dataclass(slots=True)
class Decoded:
    """Decoded text plus what had to be replaced to get it."""

    text: str
    encoding: str
    replaced: int = 0  # count of undecodable byte sequences replaced by U+FFFD

    @property
    def warning(self) -> str | None:
        if not self.replaced:
            return None
        return f"replaced {self.replaced} undecodable byte sequence(s) with U+FFFD (decoded as {self.encoding})"


def looks_binary(head: bytes) -> bool:
    """NUL bytes or mostly control characters in the first block mean binary."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.05


def decode(data: bytes) -> Decoded:
    """Decode bytes as UTF-8, saying how much had to be replaced.

    Steps: 1. strict UTF-8 (with or without BOM), the norm for news text;
    2. if that fails, UTF-8 with replacement, keeping everything decodable
    and counting what was replaced, so mixed-encoding files lose only the
    broken sequences and the caller can report them.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        original = data.decode("utf-8", errors="ignore")
        replaced = text.count("\ufffd") - original.count("\ufffd")
        return Decoded(text, "utf-8", replaced=max(replaced, 1))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()
