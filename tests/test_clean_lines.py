"""Per-line signals of the plain-text cleaner, on hand-written lines."""

from __future__ import annotations

import pytest

from eventwire.clean.lines import (
    announces_links,
    boilerplate_reason,
    dateline_match,
    ends_like_sentence,
    is_caption,
    is_headline_like,
    is_prose,
    is_separator,
    is_teaser,
    split_lines,
    word_count,
)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("The finance minister said on Monday that the budget would be tabled next week.", True),
        ("Harbour council approves new ferry schedule", False),
        ("He left.", False),  # a sentence, but too short to count as a paragraph of prose
        (" ".join(["word"] * 31), True),  # long lines are prose even without a final stop
    ],
)
def test_clean_lines_prose(text: str, prose: bool) -> None:
    assert is_prose(text) is prose


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Harbour council approves new ferry schedule", True),
        ("Mayor to seek third term, aides say", True),
        ("The council voted on Tuesday.", False),
        ("", False),
    ],
)
def test_clean_lines_headline_like(text: str, headline: bool) -> None:
    assert is_headline_like(text) is headline
    assert ends_like_sentence(text) is (text.endswith(".") and bool(text))


@pytest.mark.parametrize("text", ["___", "* * *", "—", "-----"])
def test_clean_lines_separator(text: str) -> None:
    assert is_separator(text)
    assert boilerplate_reason(text) == "separator"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # calls to action
        ("Sign up for our morning briefing", "call_to_action"),
        ("Get the day's headlines delivered straight to your inbox.", "call_to_action"),
        ("Click here to see the full gallery", "call_to_action"),
        ("Follow Maria Lopez on Twitter at https://example.org/mlopez", "call_to_action"),
        ("Continue reading the main story", "call_to_action"),
        ("Related: Port strike enters its second week", "call_to_action"),
        # contact lines
        ("• Tom Reyes can be reached at treyes@example.org.", "contact"),
        ("Contact the writer at desk@example.net", "contact"),
        # copyright and footers
        ("Copyright 2031 Example Media Group. All rights reserved.", "footer"),
        ("© Example Photo Agency", "copyright"),
        ("This material may not be published, broadcast or rewritten.", "copyright"),
        # comments
        ("Please review our comment policy before you post.", "comment_policy"),
        ("Show Comments", "comment_policy"),
        ("Leave a Reply", "comments"),
        ("42 responses to this story", "comments"),
        ("Name *", "comments"),  # a required field of the reply form
        ("E-mail *", "comments"),
        # credits of reporting
        ("Staff writer Ana Kim contributed to this report.", "credit"),
        ("(Reporting by Lee Chan; Editing by Sam Ortiz)", "credit"),
        # site notices
        ("This website uses cookies to improve your experience.", "site_notice"),
        # navigation and bylines
        ("Most Popular", "navigation"),
        ("Trending Now", "navigation"),
        ("By Priya Natarajan", "byline"),
        # share and follow buttons, ad labels
        ("Tweet", "button"),
        ("Pin it", "button"),
        ("214 Shares", "button"),
        ("WhatsApp", "button"),
        ("Close", "button"),
        ("Advert", "call_to_action"),
    ],
)
def test_clean_lines_boilerplate_families(text: str, reason: str) -> None:
    assert boilerplate_reason(text) == reason


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks would resume after the holiday weekend, officials confirmed.",
        "Rescue teams worked through the night to reach the villages cut off by the flood.",
        "Harbour council approves new ferry schedule",
        "The agency (EPA) said its review would take a year.",
        "Residents said the road had been closed (for safety reasons) since Friday.",
        "Share prices fell sharply on Monday.",  # a button word opening a sentence
        "Advertisers left the network after the report.",
        "Rates rose 2.5 * 3 times in a year",  # an asterisk that is not a form marker
    ],
)
def test_clean_lines_story_lines_are_not_boilerplate(text: str) -> None:
    assert boilerplate_reason(text) is None


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Volunteers stack sandbags along the river bank on Sunday. (Jordan Blake/Riverside Courier)", True),
        ("A firefighter rests after the blaze. (File photo)", True),
        ("The mayor speaks at the opening. (Courtesy of the city)", True),
        ("Delegates arrive for the summit in Geneva. THE DAILY LEDGER/Sam Ortiz", True),
        ("Maria Lopez/Example Times/Getty Images", True),
        ("Image 3 of 7", True),
        ("FILE – Workers repair the bridge deck in March.", True),
        ("The committee will publish its findings (possibly in June).", False),
        ("Officials said the plan had the support of AC/DC fans at the stadium.", False),
    ],
)
def test_clean_lines_captions(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("OTTAWA — The prime minister said ...", "OTTAWA", None),
        ("NEW DELHI: Farmers marched on the capital ...", "NEW DELHI", None),
        ("CAIRO (Reuters) - Egypt's parliament voted ...", "CAIRO", "Reuters"),
        ("SPRINGFIELD, Ill. (AP) — The governor signed ...", "SPRINGFIELD", "AP"),
        ("UPDATE: The vote has been moved to Friday.", None, None),
        ("Ottawa is a city.", None, None),
    ],
)
def test_clean_lines_dateline(text: str, place: str | None, agency: str | None) -> None:
    match = dateline_match(text)
    if place is None:
        assert match is None
    else:
        assert match is not None
        assert match.group("place") == place
        assert match.group("agency") == agency


def test_clean_lines_teaser_and_cjk_word_count() -> None:
    assert is_teaser("Ten things to know before the vote...")
    assert not is_teaser("The vote was delayed again, officials said.")
    assert word_count("東京都で会議が開かれた") >= 5  # unspaced scripts count by characters


def test_clean_lines_split_keeps_offsets() -> None:
    raw = "first line\r\nsecond\n\nthird"
    lines = split_lines(raw)
    assert [line.text for line in lines] == ["first line", "second", "", "third"]
    for line in lines:
        assert raw[line.start : line.end] == line.text


@pytest.mark.parametrize(
    ("text", "announces"),
    [
        ("Related news", True),
        ("Read also:", True),
        ("You may also like", True),
        ("Advertisement", False),  # an ad label heads no list of links
        ("Sign up for our newsletter", False),
    ],
)
def test_clean_lines_link_list_headers(text: str, announces: bool) -> None:
    assert announces_links(text, boilerplate_reason(text)) is announces
