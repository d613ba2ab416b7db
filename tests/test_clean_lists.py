"""Lists that belong to a story (``clean/lists.py``), on hand-written lines."""

from __future__ import annotations

import pytest

from eventwire.clean.lists import enumerated_items, story_list_length

LINK = "http://example.test/item"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["1) Brass lantern", "2) Oak stool", "3) Wool blanket"], [0, 1, 2]),
        (["1. Brass lantern", LINK, "2. Oak stool", LINK, "3. Wool blanket", LINK], [0, 2, 4]),
        (["#1 - Brass lantern", "#2 - Oak stool", "#3 - Wool blanket", "Contact us"], [0, 1, 2]),
        (["Shop", "1) Brass lantern", "2) Oak stool", "3) Wool blanket"], [1, 2, 3]),
    ],
)
def test_clean_lists_enumerated_items_found(lines: list[str], expected: list[int]) -> None:
    assert enumerated_items(lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["1) Brass lantern", "2) Oak stool"],  # too short to show a numbering
        ["2) Oak stool", "3) Wool blanket", "4) Tin cup"],  # does not start at 1
        ["1) Brass lantern", "3) Oak stool", "4) Wool blanket"],  # skips a number
        ["1) Brass lantern", "a", "b", "c", "2) Oak stool", "3) Wool blanket"],  # long break ends the list
        ["Home", "Shop", "About", "1) Brass lantern", "2) Oak stool", "3) Wool blanket"],  # too far down
        ["2019 was a good year", "2020 was not", "2021 neither"],  # years, not item numbers
    ],
)
def test_clean_lists_enumerated_items_rejected(lines: list[str]) -> None:
    assert enumerated_items(lines) == []


def test_clean_lists_story_list_after_colon() -> None:
    items = ["Harbour Road", "Mill Street", "Juniper Park"]
    assert story_list_length("The parade passes these streets:", items) == 3
    assert story_list_length("The parade passes these streets.", items) == 0
