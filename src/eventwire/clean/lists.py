"""Lists that belong to a story: tour dates, results tables, "the qualified teams:".

Short unpunctuated lines are usually menus and teasers, but a story can end
in (or contain) a list whose items are just as short. Two signals tell such a
list from a menu, without looking at any particular page:

* the story introduces it: the paragraph before it ends with a colon;
* its items share a template: every item has the same kind of separator and
  a good share of them carry a number ("June 9 – City @ Venue", "Team (Group
  A): 10th"), which menus of section names and teaser headlines do not.
"""

from __future__ import annotations

import re

from eventwire.clean.lines import word_count

#: A list needs at least this many items to show a template.
MIN_ITEMS = 3
#: Share of the templated items that must carry a number.
TEMPLATE_SHARE = 0.3
_SEPARATORS = (r"\s[-–—]{1,2}\s", r"@", r":", r"\|", r"\(.+\)", r"\t", r",")


def _templated_prefix(items: list[str]) -> int:
    """Length of the longest opening run of items sharing one separator, mostly with numbers."""
    best = 0
    for separator in _SEPARATORS:
        pattern = re.compile(separator)
        length = 0
        while length < len(items) and pattern.search(items[length]) and word_count(items[length]) >= 2:
            length += 1
        with_digits = sum(1 for item in items[:length] if re.search(r"\d", item))
        if length >= MIN_ITEMS and with_digits >= TEMPLATE_SHARE * length:
            best = max(best, length)
    return best


#: "1) ...", "2. ...", "#3 ...", "(4) ...": an item that carries its place in a numbered list.
_ENUMERATED_RE = re.compile(r"^(?:#|\()?(\d{1,3})(?:[.)]|\s*[-–—:])\s+\S")
#: At most this many other lines (a link, a price) between two numbered items.
MAX_LINES_BETWEEN_ITEMS = 2


def enumerated_items(lines: list[str]) -> list[int]:
    """Indexes of the lines that form a list numbered 1, 2, 3, ... from the first of ``lines``.

    Why: a story's own ranking or step list counts its items in order; menus
    and teaser lists do not. Other lines may sit between the items (a link,
    a price), but only a few: a longer break ends the list.
    """
    found: list[int] = []
    expected, since = 1, 0
    for index, line in enumerate(lines):
        match = _ENUMERATED_RE.match(line.strip())
        if match and int(match.group(1)) == expected:
            found.append(index)
            expected, since = expected + 1, 0
            continue
        since += 1
        if since > MAX_LINES_BETWEEN_ITEMS or (not found and index >= MAX_LINES_BETWEEN_ITEMS):
            break
    return found if len(found) >= MIN_ITEMS else []


def story_list_length(intro: str, items: list[str]) -> int:
    """How many of ``items`` (headline-like lines right after story text ``intro``) are the story's list.

    1. The story introduced a list (its last line ends with a colon): the
       whole run up to the next boilerplate line.
    2. Otherwise the longest opening run that shares a template, after at most
       one heading line ("Tour dates", "Qualified teams").
    """
    if intro.rstrip().endswith(":") and len(items) >= MIN_ITEMS:
        return len(items)
    with_heading = _templated_prefix(items[1:])
    return with_heading + 1 if with_heading else _templated_prefix(items)
