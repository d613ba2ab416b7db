"""Structure inside a story: tables, stat sheets, recipe menus and numbered lists.

The block selector (``plain.py``) keeps runs of prose. Pages that are not plain
news (a stat sheet between two paragraphs of analysis, a recipe's meal plan, a
ranked list of products) cut the story into many small blocks separated by
short labels, figures and column heads repeated per row. Those lines look like
a menu one at a time; this module recognises them by where they sit and by
their shape:

* **position**: a stretch between two kept story blocks is inside the story;
  a stretch after the story's last kept block is not (it is a sidebar);
* **no furniture**: the stretch holds only headline-like lines, table debris
  (repeated short labels, rules) and small dropped blocks; one call to action,
  caption, credit or hard stop marks it as the page's insertion;
* **table shape**: a long stretch must carry figures or repeated column labels
  (a stat sheet), not only names (a staff list or a section menu);
* **numbering**: items numbered 1, 2, 3 right after the story are its own list;
* **rhythm**: after the story, three or more lone short paragraphs in a row,
  each after its own break, are the blurbs of a box of previews.
"""

from __future__ import annotations

import itertools
import re

from eventwire.clean.blocks import Block, Item
from eventwire.clean.lines import is_teaser, word_count
from eventwire.clean.lists import enumerated_items

#: Line families that a table or a structured list produces inside a story (a
#: column label repeated per row, a rule between sections). They break a block
#: but are no evidence of the page's furniture, unlike a call to action.
SOFT_JUNK_REASONS = frozenset({"repeated_line", "separator"})
#: Reasons for which a dropped block may still sit inside the story: it was too
#: small or too unlike the story so far, not another story's lead or past a footer.
SOFT_DROP_REASONS = frozenset({"after_story", "topic_shift"})
#: Up to this many loose lines inside the story need no table shape (sub-heads).
MAX_INTERIOR_HEADS = 4
#: Share of a longer interior run's lines that must be table cells (a figure or a repeated label).
TABLE_CELL_SHARE = 0.3
#: A stretch with a repeated label must hold at least this many cells to be a table.
MIN_TABLE_CELLS = 2
#: A repeated line of at most this many words can be a column label.
CELL_LABEL_WORDS = 3
#: This many lone short paragraphs in a row after the story are a box of previews.
TEASER_RUN = 3
#: A preview's blurb is at most this long.
BLURB_MAX_WORDS = 40


def story_interior(
    blocks: list[Block], loose: list[tuple[Item, int]], decisions: list[tuple[Block, bool, str]]
) -> set[int]:
    """Ids of the blocks and loose lines that sit inside the story's run between two kept blocks.

    Why: tables, menus of a recipe and stat sheets cut a story into many small
    blocks separated by short labels and repeated column heads. Between two kept
    story blocks such a stretch is part of the story, provided it holds only
    headline-like lines, table debris and small dropped blocks. One line of real
    page furniture (a call to action, a caption, a credit, a hard stop) marks
    the stretch as an insertion and it stays dropped.
    """
    kept = [i for i, (_, keep, _) in enumerate(decisions) if keep]
    by_gap: dict[int, list[Item]] = {}
    for item, after in loose:
        by_gap.setdefault(after, []).append(item)
    interior: set[int] = set()
    for left, right in itertools.pairwise(kept):
        if blocks[left].stops_before != blocks[right].stops_before:
            continue
        inner_blocks = [decisions[i] for i in range(left + 1, right)]
        inner_lines = [item for gap in range(left + 1, right + 1) for item in by_gap.get(gap, [])]
        if any(reason not in SOFT_DROP_REASONS for _, _, reason in inner_blocks):
            continue
        if any(_is_furniture(item) for item in inner_lines) or not table_shaped(inner_lines):
            continue
        interior.update(id(block) for block, _, _ in inner_blocks)
        interior.update(id(item) for item in inner_lines if item.reason != "separator")
    return interior


def numbered_lists(loose: list[tuple[Item, int]], decisions: list[tuple[Block, bool, str]]) -> set[int]:
    """Ids of the headline-like lines of a numbered list (1, 2, 3, ...) right after a kept block.

    Unlike a plain list run, a numbered list may be interleaved with a link or a
    price line per item (``lists.enumerated_items``); those lines stay dropped.
    """
    gaps: dict[int, list[Item]] = {}
    for item, after in loose:
        gaps.setdefault(after, []).append(item)
    ids: set[int] = set()
    for after, gap in gaps.items():
        if not (0 < after <= len(decisions) and decisions[after - 1][1]):
            continue
        for index in enumerated_items([item.text for item in gap]):
            if gap[index].kind == "headline":
                ids.add(id(gap[index]))
    return ids


def table_shaped(lines: list[Item]) -> bool:
    """A few sub-heads, or a longer run that looks like table cells rather than a menu.

    Why: a staff list or a section menu is a run of names without figures; the
    rows of a stat sheet, a schedule or a recipe carry numbers or repeat their
    column labels. A label repeated on the page is a widget ("Comments",
    "Share") unless the stretch holds a table: several cells, not one.
    """
    cells = sum(1 for item in lines if _is_cell(item))
    if any(item.reason == "repeated_line" for item in lines) and cells < MIN_TABLE_CELLS:
        return False
    return len(lines) <= MAX_INTERIOR_HEADS or cells >= TABLE_CELL_SHARE * len(lines)


def _is_cell(item: Item) -> bool:
    """A table cell: a figure, or a short label repeated on every row ("Pos", "Meal 1")."""
    has_figure = re.search(r"\d", item.text) is not None
    return has_figure or (item.reason == "repeated_line" and word_count(item.text) <= CELL_LABEL_WORDS)


def _is_furniture(item: Item) -> bool:
    """A line that shows a stretch is the page's insertion, not a table of the story.

    A long line repeated on the page without figures is a headline shown in two
    widgets; boilerplate families other than table debris are furniture too.
    """
    if item.kind == "junk" and item.reason == "repeated_line":
        return word_count(item.text) > CELL_LABEL_WORDS + 1 and re.search(r"\d", item.text) is None
    if item.kind == "junk":
        return item.reason not in SOFT_JUNK_REASONS
    return is_teaser(item.text)


def drop_preview_runs(blocks: list[Block], decisions: dict[int, tuple[bool, str]], core: int) -> None:
    """Three or more lone short paragraphs in a row, each behind its own headline or link, are previews.

    Why: a related-stories box after the story shows a title, a one-sentence
    blurb and a link for each story. The blurbs share the story's topic, so the
    topic test keeps them; their rhythm (one short paragraph per break, again
    and again) gives them away. A story's paragraphs after an inline ad come
    in longer runs.
    """
    run: list[int] = []
    for i in [*range(core + 1, len(blocks)), None]:
        lone = i is not None and _is_lone_blurb(blocks[i])
        if lone:
            run.append(i)
            continue
        if len(run) >= TEASER_RUN:
            for j in run:
                decisions[j] = (False, "teaser_run")
        run = []


def _is_lone_blurb(block: Block) -> bool:
    """One short paragraph of prose, perhaps under its title, after a break (not a row of figures)."""
    sentences = [item for item in block.items if item.kind == "sentence"]
    if len(sentences) != 1 or len(block.items) > 2 or block.gap_before < 1:
        return False
    words = sentences[0].text.split()
    if len(words) > BLURB_MAX_WORDS:
        return False
    return sum(1 for word in words if any(char.isdigit() for char in word)) < 0.2 * len(words)
