"""The plain-text cleaner: keep the story's paragraphs, drop the junk around them.

Scraped plain text is the story with a page's debris on either side and
sometimes inside it: newsletter prompts, "Most Read" lists, teasers and photo
captions of other stories, contact and copyright lines, comment policy. Line
rules alone (C4, jusText) reach only about 0.8 F1 on such text because sidebars
are written in the same register as the story. The cleaner combines:

1. **Shape and family** of each line (``lines.py``, ``blocks.py``): sentence
   or headline-like, and whether it belongs to a boilerplate family (call to
   action, caption with a photo credit, contact, copyright, comment policy,
   reporting credit, navigation, author bio), repeats on the page, or repeats
   across other articles of the same outlet (``repeats.py``).
2. **Position**: lines are cut into blocks of sentences at boilerplate. The
   first long block is the story's core; other blocks are judged by their
   distance (junk lines) from the kept story; a footer or comment thread ends
   it for good; a dateline opening a later block starts another story; short
   headline-like lines stay only between story blocks or as the story's own
   list (``lists.py``).
3. **Topic continuity** (``topic.py``): a block whose content words are
   mostly new to the story is about other people and places. Near the story
   the bar is low; after a long run of junk it is high.
4. **Structure inside the story** (``interior.py``): between two kept blocks,
   a stretch of tables, labels and small blocks with no page furniture in it
   is story; items numbered 1, 2, 3 right after the story are its own list;
   a run of lone short blurbs after the story is a box of previews.

Measured with ``bench/clean.py`` (tail setting, 181 pages): F1 0.957; on the
42 political/world pages 0.979 (numbers and commands in the issue 3 closing note).

Every line that is dropped becomes a :class:`~eventwire.model.Removed` with the
span of its text in the raw input and the signal that dropped it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.clean.blocks import (
    Block,
    Item,
    classify,
    group,
    mark_captions_by_credits,
    mark_link_lists,
    mark_page_repeats,
)
from eventwire.clean.interior import drop_preview_runs, numbered_lists, story_interior, table_shaped
from eventwire.clean.lines import Line, is_teaser
from eventwire.clean.lists import story_list_length
from eventwire.clean.topic import StoryVocabulary, content_tokens
from eventwire.model import Removed, Span

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
    items: list[Item] = []
    for index, line in enumerate(lines):
        if not line.stripped:
            continue
        if index in preset:
            _drop(result, raw, line, preset[index])
            continue
        skip, cut_reason = prefix_cuts.get(index, (0, ""))
        if skip:
            _drop(result, raw, Line(line.start, line.start + skip, line.text[:skip]), cut_reason)
        items.append(classify(line, skip, outlet_boilerplate))
    mark_page_repeats(items)
    mark_captions_by_credits(items)
    mark_link_lists(items)
    blocks, loose = group(items)
    decisions = _select(blocks, context)
    interior = story_interior(blocks, loose, decisions)
    decisions = [
        (block, keep or id(block) in interior, "" if id(block) in interior else reason)
        for block, keep, reason in decisions
    ]
    for item, reason in _loose_decisions(loose, decisions):
        if reason is None or id(item) in interior:
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


def _loose_decisions(
    loose: list[tuple[Item, int]], decisions: list[tuple[Block, bool, str]]
) -> list[tuple[Item, str | None]]:
    """Lines outside blocks: junk is dropped; headline-like lines stay only inside the story.

    1. A run of headline-like lines (a list, a table, several sub-heads) with
       kept story blocks on both sides and no boilerplate between them is part
       of the story, if it is short or shaped like a table (``interior.py``;
       a long run of bare names is a menu). ``story_interior`` widens this to
       stretches with table debris and small dropped blocks.
    2. A run right after a kept block, before any boilerplate, is kept when it
       is shaped like the story's own list (``lists.py``), and so are the items
       of a list numbered 1, 2, 3 even with a link line under each.
    3. Anywhere else such lines are menus, teasers or labels.
    """
    junk_gaps = {after for item, after in loose if item.kind == "junk"}
    gap_lines: dict[int, list[Item]] = {}
    for item, after in loose:
        gap_lines.setdefault(after, []).append(item)
    runs: dict[int, list[Item]] = {}  # gap index -> its headline lines before any junk line
    closed: set[int] = set()
    for item, after in loose:
        if item.kind == "junk":
            closed.add(after)
        elif after not in closed:
            runs.setdefault(after, []).append(item)
    story_lists = numbered_lists(loose, decisions)
    for after, run in runs.items():
        if 0 < after <= len(decisions) and decisions[after - 1][1]:
            intro = decisions[after - 1][0].items[-1].text
            length = story_list_length(intro, [item.text for item in run])
            story_lists.update(id(item) for item in run[:length])
    out: list[tuple[Item, str | None]] = []
    for item, after in loose:
        enclosed = (
            item.kind == "headline"
            and not is_teaser(item.text)
            and after not in junk_gaps
            and table_shaped(gap_lines[after])
            and 0 < after < len(decisions)
            and decisions[after - 1][1]
            and decisions[after][1]
        )
        keep = enclosed or id(item) in story_lists
        out.append((item, None if keep else item.reason or "headline_like"))
    return out


def _select(blocks: list[Block], context: str) -> list[tuple[Block, bool, str]]:
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
    _keep_enclosed(blocks, decisions)
    drop_preview_runs(blocks, decisions, core)
    return [(block, *decisions[i]) for i, block in enumerate(blocks)]


def _keep_enclosed(blocks: list[Block], decisions: dict[int, tuple[bool, str]]) -> None:
    """A small block between two kept story blocks, with short gaps, is story too.

    Why: a one-sentence paragraph between two photo captions has too few words
    for the topic test, but sits inside the story's run of prose.
    """
    for i in range(1, len(blocks) - 1):
        keep_before, keep_after = decisions[i - 1][0], decisions[i + 1][0]
        close = blocks[i].gap_before < LONG_GAP_LINES and blocks[i + 1].gap_before < LONG_GAP_LINES
        same_side = blocks[i + 1].stops_before == blocks[i - 1].stops_before
        if not decisions[i][0] and keep_before and keep_after and close and same_side:
            decisions[i] = (True, "")


def _core_block(blocks: list[Block]) -> int:
    for i, block in enumerate(blocks):
        if block.words() >= CORE_MIN_WORDS:
            return i
    return max(range(len(blocks)), key=lambda i: blocks[i].words())


def _judge(block: Block, vocab: StoryVocabulary, gap: int) -> tuple[bool, str]:
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
