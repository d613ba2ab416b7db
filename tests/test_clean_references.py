"""Character references left in plain text are decoded in the clean text, not in the raw input."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_plain
from eventwire.clean.references import decode_references
from eventwire.model import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AT&amp;T said", "AT&T said"),
        ("the communiqu&#233; said", "the communiqué said"),
        ("Russia&#39;s envoy", "Russia's envoy"),
        ("Russia&#x27;s envoy", "Russia's envoy"),
        ("the &quot;red line&quot;", 'the "red line"'),
        ("fought &#151; and lost", "fought — and lost"),  # Windows-1252 dash, as browsers read it
    ],
)
def test_clean_references_well_formed_are_decoded(text: str, expected: str) -> None:
    assert decode_references(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan #39;s Toshiba agreed", "Japan's Toshiba agreed"),
        ("he isn #39;t under pressure", "he isn't under pressure"),
        ("a #36;300K prize", "a $300K prize"),
        ("better than  #39;San Andreas", "better than  'San Andreas"),
        ("#39;Tis the season", "'Tis the season"),
    ],
)
def test_clean_references_lost_ampersand_is_repaired(text: str, expected: str) -> None:
    assert decode_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ranked #39 on the list",  # no semicolon: a number, not a reference
        "the #metoo movement",
        "room#39;s door",  # no space where an ampersand stood
        "code #1; then",  # a control character is no lost reference
        "Tom & Jerry; and",  # a bare ampersand is text
        "&unknownentity; stays",
        "plain text with nothing to decode",
    ],
)
def test_clean_references_leave_other_text_alone(text: str) -> None:
    assert decode_references(text) == text


def test_clean_references_apply_to_clean_text_and_title_not_raw() -> None:
    raw = ("Toshiba and TCL agree on a venture\n\n"
           "Japan #39;s Toshiba and China&#39;s TCL agreed on Monday to form a venture.\n")
    article = Article(id="a", text="", raw=raw, title="Japan #39;s Toshiba, TCL to team up")
    clean_plain(article)
    assert "Japan's Toshiba and China's TCL agreed" in article.text
    assert "#39;" not in article.text
    assert article.title == "Japan's Toshiba, TCL to team up"
    assert article.raw == raw
    assert all(removed.span.slice(raw) == removed.text for removed in article.removed)
