"""Metadata shapes in plain text, on hand-written look-alike lines."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_plain
from eventwire.clean.lines import split_lines
from eventwire.clean.meta import extract_meta, parse_date
from eventwire.model import Article

PARAGRAPHS = [
    "The city council of Brevik voted on Tuesday to close the old ferry terminal, ending a century of "
    "crossings to the island of Anholt.",
    "Council members said the terminal's pier was no longer safe and that repairs would cost more than a new "
    "bridge, which engineers expect to open in two years.",
    "Island residents, who rely on the ferry for shopping and school runs, asked the council to keep a "
    "temporary service running until the bridge is finished.",
]


def _article(*head: str, tail: tuple[str, ...] = (), **fields) -> Article:
    return clean_plain(Article(id="m", raw="\n\n".join([*head, *PARAGRAPHS, *tail]), **fields))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Monday, March 3, 2014", "2014-03-03"),
        ("Published Sept. 9, 2021 at 4:05 p.m. ET", "2021-09-09"),
        ("3 March 2014", "2014-03-03"),
        ("2019-11-20", "2019-11-20"),
        ("Feb. 30, 2020", None),  # no such day
        ("March 2014", None),  # no day: not a publication date
    ],
)
def test_clean_meta_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_clean_meta_outlet_and_date_line() -> None:
    article = _article("- The Example Times - Monday, March 3, 2014")
    assert article.outlet == "The Example Times"
    assert article.published == "2014-03-03"
    assert article.title is None
    assert article.text.startswith(PARAGRAPHS[0][:20])
    assert [r.reason for r in article.removed] == ["outlet_date"]


def test_clean_meta_title_twice_becomes_one_title() -> None:
    headline = "Brevik council votes to close ferry terminal"
    article = _article(headline, headline)
    assert article.title == headline
    assert headline not in article.text
    assert [r.reason for r in article.removed] == ["title", "title_duplicate"]


def test_clean_meta_byline_with_outlet() -> None:
    article = _article("Ferry terminal to close", "By Ana Kim and Lee Chan, Harbour Gazette")
    assert article.authors == ["Ana Kim", "Lee Chan"]
    assert article.outlet == "Harbour Gazette"


def test_clean_meta_dateline_is_cut_and_kept_as_field() -> None:
    raw_first = "BREVIK, Norland (AP) — " + PARAGRAPHS[0]
    article = clean_plain(Article(id="d", raw="\n\n".join([raw_first, *PARAGRAPHS[1:]])))
    assert article.dateline == "BREVIK, Norland"
    assert article.text.startswith("The city council")
    assert "The Associated Press" in article.outlets
    cut = next(r for r in article.removed if r.reason == "dateline")
    assert article.raw[cut.span.start : cut.span.end] == "BREVIK, Norland (AP) —"


def test_clean_meta_wire_credit_and_syndicator_lines() -> None:
    tail = ("Maria Lopez, The Associated Press", "Northern Press", "Sign up for our newsletter")
    article = _article(tail=tail)
    assert article.authors == ["Maria Lopez"]
    assert article.outlet == "The Associated Press"
    assert article.outlets == ["The Associated Press", "Northern Press"]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Maria Lopez, The Associated Press"] == "credit"
    assert reasons["Northern Press"] == "syndicator"


def test_clean_meta_contact_line_gives_author() -> None:
    article = _article(tail=("• Tom Reyes can be reached at treyes@example.org.",))
    assert article.authors == ["Tom Reyes"]
    assert all("treyes" not in line for line in article.text.splitlines())


def test_clean_meta_never_dates_from_copyright_or_story() -> None:
    tail = ("Copyright © 2030 The Example Times, LLC. Click here for reprint permission.",)
    article = clean_plain(
        Article(id="c", raw="\n\n".join(["The vote took place on May 10, 2017, officials said in a statement.",
                                          *PARAGRAPHS, *tail]))
    )
    assert article.published is None


def test_clean_meta_caller_values_win() -> None:
    article = _article(
        "Ferry terminal to close",
        "- The Example Times - Monday, March 3, 2014",
        title="Given title",
        outlet="Given Outlet",
        published="2014-03-05",
    )
    assert article.title == "Given title"
    assert article.outlet == "Given Outlet"
    assert article.outlets[0] == "Given Outlet"
    assert "The Example Times" in article.outlets
    assert article.published == "2014-03-05"
    assert "Ferry terminal to close" not in article.text  # the title line still leaves the text


def test_clean_meta_no_title_when_first_line_is_prose() -> None:
    meta = extract_meta(split_lines("\n\n".join(PARAGRAPHS)))
    assert meta.title is None and meta.published is None and meta.outlets == []
