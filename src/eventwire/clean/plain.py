"""The plain-text cleaner: keep the story's paragraphs, drop the junk around them.

Scraped plain text is the story with a page's debris on either side and
sometimes inside it: newsletter prompts, "Most Read" lists, teasers and photo
captions of other stories, contact and copyright lines, comment policy. Line
rules alone (C4, jusText) reach only about 0.8 F1 on such text because sidebars
are written in the same register as the story. This cleaner walks the lines
once, in order, and combines three kinds of signal:

1. **Shape and family** of each line (``lines.py``): prose or headline-like,
   and whether it belongs to a boilerplate family (call to action, caption with
   a photo credit, contact, copyright, comment policy, reporting credit,
   navigation) or repeats across other articles of the same outlet.
2. **Position**: the story is one contiguous run of prose. A run of junk lines
   marks its end; after that, prose must prove it belongs (step 3). Short
   headline-like lines are kept only as sub-heads *inside* the story, i.e.
   when story prose follows them directly.
3. **Topic continuity** (``topic.py``): a paragraph whose content words are
   mostly new to the story is about other people and places. Within the
   running story the bar is low (stories do introduce new names); after a
   break it is high.

Every line that is dropped becomes a :class:`~eventwire.model.Removed` with the
span of its text in the raw input and the signal that dropped it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from eventwire.clean.lines import (
    HARD_STOP_REASONS,
    Line,
    boilerplate_reason,
    dateline_match,
    ends_like_sentence,
    is_credit_line,
    is_prose,
    is_teaser,
    word_count,
)
from eventwire.clean.lists import story_list_length
from eventwire.clean.topic import StoryVocabulary, content_tokens
from eventwire.model import Removed, Span

#: Up to this many headline-like lines between sentences are sub-heads of one block.
MAX_SUBHEAD_RUN = 2
#: A later block must share this much of its vocabulary with the story so far;
#: after a short gap (one or two junk lines, e.g. an inline ad) the bar is lower
#: than after a long one (a sidebar, a list of links).
TOPIC_MIN_SHORT_GAP = 0.15
TOPIC_MIN_LONG_GAP = 0.45
LONG_GAP_LINES = 6
#: A later block with fewer content words than this is too small to judge by
#: topic, so it follows the position rule: after the story, it is dropped.
MIN_BLOCK_TOKENS = 6
#: Vocabulary size (content words) from which the topic bars apply in full.
FULL_VOCABULARY = 150
#: A block must share at least this many content words with the story.
MIN_SHARED_TOKENS = 1
#: How much a dropped block's lines widen the gap to the story (0: not at all).
DROPPED_BLOCK_GAP = 1
#: A caption above a credit line is at most this long.
CAPTION_MAX_WORDS = 45
#: A line of at most this many words seen twice on the page is a widget, not story.
REPEAT_MAX_WORDS = 12
#: A block this long is taken as the story's body (see ``_select``).
CORE_MIN_WORDS = 50
#: A block this long is story wherever it sits before the footer: sidebars and
#: teasers come in small pieces, and comment threads follow a hard stop.
BIG_BLOCK_WORDS = 150


@dataclass(slots=True)
class PlainResult:
    """What the cleaner kept (spans into the raw text) and what it removed."""

    kept: list[Span] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)

    def text(self, raw: str) -> str:
        """The clean text: kept stretches, one paragraph each."""
        return "\n\n".join(span.slice(raw) for span in self.kept)


def normalise_line(text: str) -> str:
    """Key under which a line is compared across articles (case and spacing folded)."""
    return re.sub(r"\s+", " ", text.strip().lower())


@dataclass(slots=True)
class _Item:
    """One non-empty line, classified on its own."""

    line: Line
    skip: int  # characters already cut from the start (a dateline)
    text: str
    kind: str  # "junk" | "sentence" | "headline"
    reason: str | None = None
    dateline: bool = False  # opens with a dateline: the first paragraph of some story


@dataclass(slots=True)
class _Block:
    """A run of sentences (with short sub-heads) not interrupted by junk."""

    items: list[_Item]
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


def clean_lines(
    raw: str,
    lines: list[Line],
    *,
    preset: dict[int, str] | None = None,
    prefix_cuts: dict[int, tuple[int, str]] | None = None,
    outlet_boilerplate: frozenset[str] = frozenset(),
    context: str = "",
) -> PlainResult:
    """Decide for each line of ``raw`` whether it is story; return kept and removed spans.

    ``preset`` maps line indexes already claimed by metadata extraction (title,
    outlet/date lines, bylines) to the reason they are removed. ``prefix_cuts``
    maps a line index to ``(chars, reason)`` removed from its start (a
    dateline). ``outlet_boilerplate`` holds normalised lines seen in other
    articles of the same outlet. ``context`` (e.g. the title) seeds the story
    vocabulary.
    """
    preset = preset or {}
    prefix_cuts = prefix_cuts or {}
    result = PlainResult()
    items: list[_Item] = []
    for index, line in enumerate(lines):
        if not line.stripped:
            continue
        if index in preset:
            _drop(result, raw, line, preset[index])
            continue
        skip, cut_reason = prefix_cuts.get(index, (0, ""))
        if skip:
            _drop(result, raw, Line(line.start, line.start + skip, line.text[:skip]), cut_reason)
        items.append(_classify(line, skip, outlet_boilerplate))
    _mark_page_repeats(items)
    _mark_captions_by_credits(items)
    blocks, loose = _group(items)
    decisions = _select(blocks, context)
    for item, reason in _loose_decisions(loose, decisions):
        if reason is None:
            result.kept.append(_stripped_span(item.line, item.skip))
        else:
            _drop(result, raw, item.line, reason, item.skip)
    for block, keep, reason in decisions:
        for item in block.items:
            if keep:
                result.kept.append(_stripped_span(item.line, item.skip))
            else:
                _drop(result, raw, item.line, reason, item.skip)
    result.kept.sort(key=lambda span: span.start)
    result.removed.sort(key=lambda removed: removed.span.start)
    return result


def _stripped_span(line: Line, skip: int = 0) -> Span:
    body = line.text[skip:]
    left = len(body) - len(body.lstrip())
    right = len(body.rstrip())
    return Span(line.start + skip + left, line.start + skip + max(right, left))


def _drop(result: PlainResult, raw: str, line: Line, reason: str, skip: int = 0) -> None:
    span = _stripped_span(line, skip)
    result.removed.append(Removed(span, reason, span.slice(raw)))


def _classify(line: Line, skip: int, outlet_boilerplate: frozenset[str]) -> _Item:
    """Shape and family of one line, before any context is considered."""
    text = line.text[skip:].strip()
    reason = boilerplate_reason(text)
    if reason is None and normalise_line(text) in outlet_boilerplate:
        reason = "outlet_repeat"
    if reason:
        return _Item(line, skip, text, "junk", reason)
    if is_prose(text) or (word_count(text) >= 3 and ends_like_sentence(text) and not is_teaser(text)):
        return _Item(line, skip, text, "sentence", dateline=skip > 0 or dateline_match(text) is not None)
    return _Item(line, skip, text, "headline", "headline_like")


def _mark_page_repeats(items: list[_Item]) -> None:
    """Short lines that occur several times on one page are widgets (share bars, labels)."""
    counts: dict[str, int] = {}
    for item in items:
        key = normalise_line(item.text)
        counts[key] = counts.get(key, 0) + 1
    for item in items:
        short = word_count(item.text) <= REPEAT_MAX_WORDS
        if item.kind == "headline" and short and counts[normalise_line(item.text)] >= 2:
            item.kind, item.reason = "junk", "repeated_line"


def _mark_captions_by_credits(items: list[_Item]) -> None:
    """The line a photo credit points at is that photo's caption.

    A credit ("Jane Roe/Example Agency") follows its caption; a label ending in
    a colon ("Image:") precedes it. Only one-sentence lines qualify: a story
    paragraph next to a photo is longer.
    """

    def mark(line: _Item) -> None:
        if line.kind != "junk" and word_count(line.text) <= CAPTION_MAX_WORDS and line.text.count(". ") <= 1:
            line.kind, line.reason = "junk", "caption"

    for previous, item in itertools.pairwise(items):
        if item.reason == "caption" and is_credit_line(item.text) and not item.text.rstrip().endswith(":"):
            mark(previous)
        elif previous.reason == "caption" and previous.text.rstrip().endswith(":") and word_count(previous.text) <= 3:
            mark(item)


def _group(items: list[_Item]) -> tuple[list[_Block], list[tuple[_Item, int]]]:
    """Cut the lines into blocks of sentences; junk and stray headlines are returned loose.

    A block ends at any junk line, or at more than ``MAX_SUBHEAD_RUN``
    headline-like lines in a row (a menu or a list of links). Up to that many
    headline-like lines directly before a sentence join its block as sub-heads.
    """
    blocks: list[_Block] = []
    loose: list[tuple[_Item, int]] = []  # with the index of the block that follows it
    current: list[_Item] = []
    pending: list[_Item] = []
    gap = 0
    stops = 0

    def close() -> None:
        nonlocal current, gap
        if current:
            blocks.append(_Block(current, gap, stops))
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


def _loose_decisions(
    loose: list[tuple[_Item, int]], decisions: list[tuple[_Block, bool, str]]
) -> list[tuple[_Item, str | None]]:
    """Lines outside blocks: junk is dropped; headline-like lines stay only inside the story.

    1. A run of headline-like lines (a list, a table, several sub-heads) with
       kept story blocks on both sides and no boilerplate between them is part
       of the story.
    2. A run right after a kept block, before any boilerplate, is kept when it
       is shaped like the story's own list (``lists.py``).
    3. Anywhere else such lines are menus, teasers or labels.
    """
    junk_gaps = {after for item, after in loose if item.kind == "junk"}
    runs: dict[int, list[_Item]] = {}  # gap index -> its headline lines before any junk line
    closed: set[int] = set()
    for item, after in loose:
        if item.kind == "junk":
            closed.add(after)
        elif after not in closed:
            runs.setdefault(after, []).append(item)
    story_lists: set[int] = set()
    for after, run in runs.items():
        if 0 < after <= len(decisions) and decisions[after - 1][1]:
            intro = decisions[after - 1][0].items[-1].text
            length = story_list_length(intro, [item.text for item in run])
            story_lists.update(id(item) for item in run[:length])
    out: list[tuple[_Item, str | None]] = []
    for item, after in loose:
        enclosed = (
            item.kind == "headline"
            and not is_teaser(item.text)
            and after not in junk_gaps
            and 0 < after < len(decisions)
            and decisions[after - 1][1]
            and decisions[after][1]
        )
        keep = enclosed or id(item) in story_lists
        out.append((item, None if keep else item.reason or "headline_like"))
    return out


def _select(blocks: list[_Block], context: str) -> list[tuple[_Block, bool, str]]:
    """Keep the story: its largest block, and the blocks that continue its topic.

    1. The first block long enough to be a story's body is its core; failing
       that, the longest block. (Comment threads after a story can be longer
       than the story, so length alone is not trusted; teasers before a story
       are short, so the first long block is.)
    2. Blocks after the core, in order, then blocks before it, nearest first,
       are kept when they share enough vocabulary with the story so far; the
       bar rises with the number of junk lines since the last kept block.
    3. A block too small to judge by topic is dropped (position: it sits
       outside the story's run of prose).
    """
    if not blocks:
        return []
    vocab = StoryVocabulary()
    if context:
        vocab.add(context)
    core = _core_block(blocks)
    vocab.extend(blocks[core].texts())
    decisions: dict[int, tuple[bool, str]] = {core: (True, "")}
    # Once the story has its dateline, another dateline opens another story.
    story_has_dateline = any(item.dateline for block in blocks[: core + 1] for item in block.items)
    for order in (range(core + 1, len(blocks)), range(core - 1, -1, -1)):
        gap = 0
        for i in order:
            block = blocks[i]
            # Gap between this block and the kept story on the side we came from.
            gap += block.gap_before if order.step > 0 else blocks[i + 1].gap_before
            if order.step > 0 and block.stops_before > blocks[core].stops_before:
                keep, reason = False, "after_story"  # past the footer or into the comments
            elif order.step > 0 and block.opens_with_dateline() and story_has_dateline:
                keep, reason = False, "other_story"  # the lead of another story (a teaser)
            else:
                keep, reason = _judge(block, vocab, gap)
            decisions[i] = (keep, reason)
            if keep:
                vocab.extend(block.texts())
                gap = 0
            else:
                gap += DROPPED_BLOCK_GAP * len(block.items)
    return [(block, *decisions[i]) for i, block in enumerate(blocks)]


def _core_block(blocks: list[_Block]) -> int:
    for i, block in enumerate(blocks):
        if block.words() >= CORE_MIN_WORDS:
            return i
    return max(range(len(blocks)), key=lambda i: blocks[i].words())


def _judge(block: _Block, vocab: StoryVocabulary, gap: int) -> tuple[bool, str]:
    if block.words() >= BIG_BLOCK_WORDS and not block.is_teaser_list():
        return True, ""
    tokens = content_tokens(" ".join(block.texts()))
    if len(tokens) < MIN_BLOCK_TOKENS:
        return False, "after_story"
    seen = sum(1 for token in tokens if token in vocab.counts)
    bar = TOPIC_MIN_LONG_GAP if gap >= LONG_GAP_LINES else TOPIC_MIN_SHORT_GAP
    # A story known from one short paragraph cannot have seen many of its words
    # yet: the bar is scaled down until the vocabulary is a few paragraphs big.
    bar *= min(1.0, len(vocab.counts) / FULL_VOCABULARY)
    if seen >= MIN_SHARED_TOKENS and seen / len(tokens) >= bar:
        return True, ""
    return False, "topic_shift"
