"""The cleaner on the user's two seed articles, read from ../shared at run time.

Expectations are structural: the story occupies a known range of lines of
each seed file (determined by reading them), so the test checks that exactly
those lines are kept, in order, and every other non-empty line is removed with
a span that slices back to it. No seed text is copied here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.clean import run
from eventwire.clean.lines import split_lines
from eventwire.config import Context
from eventwire.model import Article

#: seed file prefix -> (first story line, last story line), 1-based line numbers in the file.
STORY_LINES = {"000_": (5, 37), "004_": (3, 31)}


def _seed(seeds_dir: Path, prefix: str) -> Article:
    path = next(seeds_dir.glob(f"{prefix}*.txt"))
    article = Article(id=path.name, raw=path.read_text(encoding="utf-8"))
    run([article], Context())
    return article


@pytest.mark.parametrize("prefix", sorted(STORY_LINES))
def test_clean_seeds_keeps_exactly_the_story(seeds_dir: Path, prefix: str) -> None:
    article = _seed(seeds_dir, prefix)
    first, last = STORY_LINES[prefix]
    lines = split_lines(article.raw)
    story = [line.stripped for n, line in enumerate(lines, 1) if first <= n <= last and line.stripped]
    kept = article.text.split("\n\n")
    assert len(kept) == len(story)
    assert kept[0] == story[0] or story[0].endswith(kept[0])  # the dateline may be cut from the first
    assert kept[1:] == story[1:]
    assert article.text.endswith(story[-1])


@pytest.mark.parametrize("prefix", sorted(STORY_LINES))
def test_clean_seeds_every_other_line_is_removed(seeds_dir: Path, prefix: str) -> None:
    article = _seed(seeds_dir, prefix)
    first, last = STORY_LINES[prefix]
    removed_text = {r.text for r in article.removed}
    for removed in article.removed:
        assert article.raw[removed.span.start : removed.span.end] == removed.text
    for n, line in enumerate(split_lines(article.raw), 1):
        if line.stripped and not first <= n <= last:
            assert line.stripped in removed_text, f"line {n} neither kept nor removed"


@pytest.mark.parametrize("prefix", sorted(STORY_LINES))
def test_clean_seeds_no_junk_survives(seeds_dir: Path, prefix: str) -> None:
    article = _seed(seeds_dir, prefix)
    for line in article.text.split("\n\n"):
        assert not re.search(r"\([^()]*/[^()]*\)\s*$", line), "a photo credit in parentheses survived"
        assert not re.search(r"\b[A-Z]{2,}(?: [A-Z]{2,})*/[A-Z][a-z]", line), "an agency/photographer credit survived"
        assert not re.search(r"(?i)sign up|click|comment|copyright|©|reached at|https?://", line)


def test_clean_seeds_metadata_000(seeds_dir: Path) -> None:
    article = _seed(seeds_dir, "000_")
    first_line = article.raw.splitlines()[0].strip()
    assert article.title == first_line
    assert first_line not in article.text  # neither the title nor its repeat stays in the text
    assert article.dateline == "WASHINGTON"
    assert article.outlet == "The Associated Press"
    assert "Canadian Press" in article.outlets
    assert article.authors == ["Julie Pace"]
    assert article.published is None  # the text states no publication date: never invented
    reasons = [r.reason for r in article.removed]
    assert reasons[:3] == ["title", "title_duplicate", "dateline"]


def test_clean_seeds_metadata_004(seeds_dir: Path) -> None:
    article = _seed(seeds_dir, "004_")
    assert article.title is None
    assert article.outlet == "The Washington Times"
    assert article.published == "2017-05-10"  # from the head line, not the copyright year
    assert article.authors == ["Dave Boyer"]
    assert article.removed[0].reason == "outlet_date"
    assert not article.text.startswith("-")


def test_clean_seeds_caller_date_wins(seeds_dir: Path) -> None:
    path = next(seeds_dir.glob("004_*.txt"))
    article = Article(id="x", raw=path.read_text(encoding="utf-8"), published="2017-05-11")
    run([article], Context())
    assert article.published == "2017-05-11"
