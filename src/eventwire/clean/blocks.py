"""Lines in context: each line classified, then runs of sentences cut into blocks.

``lines.py`` judges one line alone. This module adds what the neighbouring
lines say (a caption sits next to its photo credit; a short line seen several
times on one page is a widget) and groups the lines into *blocks*: runs of
sentences, with short sub-heads, not interrupted by boilerplate. The cleaner
(``plain.py``) then decides block by block which belong to the story.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from eventwire.clean.lines import (
    HARD_STOP_REASONS,
    Line,
    announces_links,
    boilerplate_reason,
    dateline_match,
    ends_like_sentence,
    is_credit_line,
    is_embed_signature,
    is_prose,
    is_teaser,
    normalise_line,
    word_count,
)

#: Up to this many headline-like lines between sentences are sub-heads of one block.
MAX_SUBHEAD_RUN = 2
#: A caption above a credit line is at most this long.
CAPTION_MAX_WORDS = 45
#: A line of at most this many words seen twice on the page is a widget, not story.
REPEAT_MAX_WORDS = 12


@dataclass(slots=True)
class Item:
    """One non-empty line, classified on its own."""

    line: Line
    skip: int  # characters already cut from the start (a dateline)
    text: str
    kind: str  # "junk" | "sentence" | "headline"
    reason: str | None = None
    dateline: bool = False  # opens with a dateline: the first paragraph of some story


@dataclass(slots=True)
class Block:
    """A run of sentences (with short sub-heads) not interrupted by junk."""

    items: list[Item]
    gap_before: int  # junk or stray headline lines since the previous block
    stops_before: int = 0  # hard-stop lines (footer, comment thread) seen before this block

    def words(self) -> int:
        return sum(word_count(item.text) for item in self.items)

    def texts(self) -> list[str]:
        return [item.text for item in self.items]

    def opens_with_dateline(self) -> bool:
        first = next((item for item in self.items if item.kind == "sentence"), None)
        return first is not None and first.dateline

    def is_teaser_list(self) -> bool:
        """Headline, blurb, headline, blurb...: a list of other stories, not sub-heads of one."""
        heads = sum(1 for item in self.items if item.kind == "headline")
        blurbs = len(self.items) - heads
        if heads < 3 or heads < 0.6 * blurbs:
            return False
        return (self.words() - sum(word_count(i.text) for i in self.items if i.kind == "headline")) < 40 * blurbs


def classify(line: Line, skip: int, outlet_boilerplate: frozenset[str]) -> Item:
    """Shape and family of one line, before any context is considered."""
    text = line.text[skip:].strip()
    reason = boilerplate_reason(text)
    if reason is None and normalise_line(text) in outlet_boilerplate:
        reason = "outlet_repeat"
    if reason:
        return Item(line, skip, text, "junk", reason)
    if is_embed_signature(text):  # a quoted post belongs to the story like a quotation
        return Item(line, skip, text, "sentence")
    if is_prose(text) or (word_count(text) >= 3 and ends_like_sentence(text) and not is_teaser(text)):
        return Item(line, skip, text, "sentence", dateline=skip > 0 or dateline_match(text) is not None)
    return Item(line, skip, text, "headline", "headline_like")


def mark_page_repeats(items: list[Item]) -> None:
    """Short lines that occur several times on one page are widgets (share bars, labels)."""
    counts: dict[str, int] = {}
    for item in items:
        key = normalise_line(item.text)
        counts[key] = counts.get(key, 0) + 1
    for item in items:
        short = word_count(item.text) <= REPEAT_MAX_WORDS
        if item.kind == "headline" and short and counts[normalise_line(item.text)] >= 2:
            item.kind, item.reason = "junk", "repeated_line"


def mark_captions_by_credits(items: list[Item]) -> None:
    """The line a photo credit points at is that photo's caption.

    A credit ("Jane Roe/Example Agency") follows its caption; a label ending in
    a colon ("Image:") precedes it. Only one-sentence lines qualify: a story
    paragraph next to a photo is longer.
    """

    def mark(line: Item) -> None:
        short = word_count(line.text) <= CAPTION_MAX_WORDS and line.text.count(". ") <= 1
        if line.kind != "junk" and short and not line.text.rstrip().endswith(":"):
            line.kind, line.reason = "junk", "caption"

    for previous, item in itertools.pairwise(items):
        if item.reason == "caption" and is_credit_line(item.text) and not item.text.rstrip().endswith(":"):
            mark(previous)
        elif previous.reason == "caption" and previous.text.rstrip().endswith(":") and word_count(previous.text) <= 3:
            mark(item)


def mark_link_lists(items: list[Item]) -> None:
    """Headline-like lines right under a "Related news" header are links, not sub-heads.

    Why: a short line before a paragraph joins its block as a sub-head, so the
    teasers of an inline related-links box would be kept with the paragraph
    that follows the box. The header says what they are.
    """
    in_list = False
    for item in items:
        if item.kind == "junk":
            in_list = announces_links(item.text, item.reason)
        elif item.kind == "headline" and in_list:
            item.kind, item.reason = "junk", "link_list"
        else:
            in_list = False


def group(items: list[Item]) -> tuple[list[Block], list[tuple[Item, int]]]:
    """Cut the lines into blocks of sentences; junk and stray headlines are returned loose.

    A block ends at any junk line, or at more than ``MAX_SUBHEAD_RUN``
    headline-like lines in a row (a menu or a list of links). Up to that many
    headline-like lines directly before a sentence join its block as sub-heads.
    """
    blocks: list[Block] = []
    loose: list[tuple[Item, int]] = []  # with the index of the block that follows it
    current: list[Item] = []
    pending: list[Item] = []
    gap = 0
    stops = 0

    def close() -> None:
        nonlocal current, gap
        if current:
            blocks.append(Block(current, gap, stops))
            current, gap = [], 0

    for item in items:
        if item.kind == "headline":
            pending.append(item)
            continue
        if item.kind == "junk" or len(pending) > MAX_SUBHEAD_RUN:
            close()
            loose.extend((p, len(blocks)) for p in pending)
            gap += len(pending)
            pending = []
        if item.kind == "junk":
            loose.append((item, len(blocks)))
            gap += 1
            stops += item.reason in HARD_STOP_REASONS
            continue
        if item.dateline and current:
            close()  # a dateline opens a story: this paragraph starts another one
        current.extend(pending)
        pending = []
        current.append(item)
    close()
    loose.extend((p, len(blocks)) for p in pending)
    return blocks, loose
