"""Quotation-mark scanning: pairs, straight quotes, quotes over paragraphs."""

from __future__ import annotations

import pytest

from eventwire.quotes.marks import find_segments


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("She said “we will go” and left.", ["we will go"]),
        ('He said "no deal" twice, "never."', ["no deal", "never."]),
        ("A 12\" pipe and “a quote” here.", ["a quote"]),
        ("“One.” “Two.”", ["One.", "Two."]),
        ("Nothing quoted here.", []),
    ],
)
def test_quotes_marks_pairs(text, inner):
    assert [s.inner_text(text) for s in find_segments(text)] == inner


def test_quotes_marks_quote_continues_over_paragraphs():
    text = "“First part, he said.\n\n“Second part.\n\n“Third part,” she added.\n\nAfter."
    segments = find_segments(text)
    assert len(segments) == 1
    segment = segments[0]
    assert text[segment.start] == "“" and text[segment.end - 1] == "”"
    assert segment.inner_text(text).split("\n\n") == ["First part, he said.", "Second part.", "Third part,"]


def test_quotes_marks_unclosed_quote_without_continuation_is_dropped():
    text = "He called it “odd.\n\nThe next paragraph has “a real one” here."
    assert [s.inner_text(text) for s in find_segments(text)] == ["a real one"]
