"""Lines that repeat across articles of the same outlet: that outlet's boilerplate.

A site's template prints the same newsletter prompt, sidebar heading or
disclaimer under every story. Seen in one article such a line may look like
story; seen under several articles of one outlet it is template. Articles that
share most of their lines (updates or copies of one story) are not evidence of
a template, so a line counts only when it repeats across articles that are
otherwise different.
"""

from __future__ import annotations

from collections import defaultdict

from eventwire.clean.lines import normalise_line, split_lines
from eventwire.model import Article

#: Two articles sharing more than this share of their lines are versions of one story.
SAME_STORY_LINE_SHARE = 0.5


def outlet_boilerplate(articles: list[Article]) -> dict[str, frozenset[str]]:
    """Per outlet, the normalised lines that repeat across its (otherwise different) articles."""
    by_outlet: dict[str, list[set[str]]] = defaultdict(list)
    for article in articles:
        if article.outlet and article.format != "html":
            lines = {normalise_line(line.text) for line in split_lines(article.raw) if line.stripped}
            by_outlet[article.outlet].append(lines)
    found: dict[str, frozenset[str]] = {}
    for outlet, line_sets in by_outlet.items():
        repeated: set[str] = set()
        for i, first in enumerate(line_sets):
            for second in line_sets[i + 1 :]:
                shared = first & second
                if shared and len(shared) <= SAME_STORY_LINE_SHARE * min(len(first), len(second)):
                    repeated |= shared
        if repeated:
            found[outlet] = frozenset(repeated)
    return found
