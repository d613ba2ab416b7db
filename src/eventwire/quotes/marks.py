"""Find quoted stretches of text by their quotation marks (no parsing).

Why a character scanner and not a regex: quotes run over several sentences
and, by newspaper convention, over several paragraphs — a paragraph that
opens a quote without closing it continues in the next paragraph, which
*opens* again with a quotation mark. Straight quotes (") are ambiguous, so
their direction is guessed from the neighbouring characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPENERS = {"“": "”", "«": "»", "„": "“"}
CLOSERS = {"”", "»"}
STRAIGHT = '"'
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(slots=True)
class Segment:
    """One quotation: ``start``/``end`` include the marks; ``parts`` are the
    inner ranges (one per paragraph the quote runs through)."""

    start: int
    end: int
    parts: list[tuple[int, int]] = field(default_factory=list)

    def inner_text(self, text: str) -> str:
        return "\n\n".join(text[a:b].strip() for a, b in self.parts)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs (non-empty lines or blocks)."""
    ranges, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            ranges.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        ranges.append((start, len(text)))
    return ranges


def _is_straight_opener(text: str, i: int) -> bool:
    """A straight quote opens when nothing word-like precedes it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


#: Every character ``_scan_paragraph`` acts on; it visits only these (issue 9: found by
#: ``re`` instead of a Python step per character of the article; the same quotations).
_MARKS = re.compile("[" + re.escape("".join(sorted({*OPENERS, *CLOSERS, STRAIGHT}))) + "]")


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quotations inside one paragraph, and where an unclosed one opens."""
    closed: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _MARKS.finditer(text, start, end):
        i = mark.start()
        char = text[i]
        if char in OPENERS and not (char == "„" and open_at is not None):
            open_at = i  # a new opener while one is open: the earlier one was stray
        elif char in CLOSERS or (char == "“" and open_at is not None and text[open_at] == "„"):
            if open_at is not None:
                closed.append((open_at, i + 1))
                open_at = None
        elif char == STRAIGHT:
            if open_at is None and _is_straight_opener(text, i):
                open_at = i
            elif open_at is not None:
                closed.append((open_at, i + 1))
                open_at = None
    return closed, open_at


def _opens_with_quote(text: str, start: int, end: int) -> int | None:
    stripped = len(text[start:end]) - len(text[start:end].lstrip())
    i = start + stripped
    if i < end and (text[i] in OPENERS or text[i] == STRAIGHT):
        return i
    return None


def find_segments(text: str) -> list[Segment]:
    """All quotations in ``text``, in order, joined across paragraphs.

    A quotation left open at a paragraph's end is kept only if the next
    paragraph opens with a quotation mark (the newspaper convention for a
    quote that goes on); otherwise the opening mark was stray and is dropped.
    """
    segments: list[Segment] = []
    carry: Segment | None = None  # a quotation still open from the previous paragraph
    for p_start, p_end in paragraphs(text):
        scan_from = p_start
        if carry is not None:
            mark = _opens_with_quote(text, p_start, p_end)
            close = _first_close(text, mark + 1, p_end) if mark is not None else None
            if mark is None:
                carry = None
            elif close is None:
                carry.parts.append((mark + 1, p_end))
                carry.end = p_end
                continue
            else:
                carry.parts.append((mark + 1, close))
                carry.end = close + 1
                segments.append(carry)
                carry, scan_from = None, close + 1
        closed, open_at = _scan_paragraph(text, scan_from, p_end)
        segments.extend(Segment(a, b, [(a + 1, b - 1)]) for a, b in closed)
        if open_at is not None:
            carry = Segment(open_at, p_end, [(open_at + 1, p_end)])
    return sorted(segments, key=lambda s: s.start)


def _first_close(text: str, start: int, end: int) -> int | None:
    """Where a continued quotation closes in this paragraph, if it does."""
    for i in range(start, end):
        if text[i] in CLOSERS or (text[i] == STRAIGHT and not _is_straight_opener(text, i)):
            return i
        if text[i] in OPENERS or text[i] == STRAIGHT:
            return None  # a nested or new quotation: treat the paragraph as still open
    return None
