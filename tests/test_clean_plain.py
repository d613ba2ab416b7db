"""The plain-text cleaner on hand-written pages: story kept, junk removed, spans exact."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import clean_plain
from eventwire.clean.lines import split_lines
from eventwire.clean.meta import extract_meta
from eventwire.clean.plain import clean_lines
from eventwire.model import Article

STORY = [
    "Dock workers at the port of Selden walked off the job on Monday, halting cargo traffic at the "
    "country's second-largest harbour after talks over night-shift pay collapsed.",
    "The dockworkers' union said about 2,400 members joined the strike, and the port authority confirmed "
    "that no container ship had been unloaded since dawn.",
    "Transport Minister Elena Varga urged both sides to return to talks, warning that the port strike "
    "could delay fuel deliveries to the northern provinces within days.",
    "What the union wants",
    "The union is asking for a 12 percent rise for night shifts and new rules on overtime at the harbour, "
    "while the port authority has offered 5 percent over two years.",
    "Varga said the government would not intervene in the pay talks for now but was preparing "
    "contingency plans for fuel shipments if the strike at Selden lasts beyond Friday.",
    "Union leaders said the dockworkers would picket the harbour gates until the port authority "
    "returns to the table with a better offer on night-shift pay.",
]
INLINE_AD = "Advertisement"
AFTER = [
    "___",
    "Staff writer Omar Haddad contributed to this report.",
    "Get our evening newsletter delivered to your inbox.",
    "Sign up now",
    "More from the region",
    "Children race down the hill on sleds at Juniper Park on Saturday. (Lena Fox/Valley Record)",
    "Winter carnival draws record crowds",
    "Organisers counted more than 9,000 visitors over the weekend",
    "A chef plates a dessert at the new bistro on Mill Street. (Submitted photo)",
    "Bistro brings French pastry to the old mill",
    "The bakery-restaurant opens its doors to diners on Thursday with a tasting menu of tarts and eclairs.",
    "Copyright 2031 Valley Record. All rights reserved.",
]


def _page() -> str:
    body = [*STORY[:3], INLINE_AD, *STORY[3:]]
    return "\n\n".join(body + AFTER)


def test_clean_plain_keeps_every_story_paragraph() -> None:
    article = clean_plain(Article(id="a", raw=_page()))
    kept = article.text.split("\n\n")
    assert kept == STORY  # in order, sub-head included, nothing else


@pytest.mark.parametrize("junk", [INLINE_AD, *AFTER])
def test_clean_plain_drops_junk(junk: str) -> None:
    article = clean_plain(Article(id="a", raw=_page()))
    assert junk not in article.text
    assert any(removed.text == junk for removed in article.removed)


def test_clean_plain_reasons_name_the_signal() -> None:
    article = clean_plain(Article(id="a", raw=_page()))
    reasons = {removed.text: removed.reason for removed in article.removed}
    assert reasons[AFTER[1]] == "credit"
    assert reasons[AFTER[2]] == "call_to_action"
    assert reasons[AFTER[5]] == "caption"
    assert reasons[AFTER[6]] == "headline_like"
    assert reasons[AFTER[10]] == "topic_shift"  # a full sentence, but about other things
    assert reasons[AFTER[11]] == "footer"


def test_clean_plain_removed_spans_slice_the_raw_text() -> None:
    raw = _page()
    article = clean_plain(Article(id="a", raw=raw))
    for removed in article.removed:
        assert removed.span.slice(raw) == removed.text
    result = clean_lines(raw, split_lines(raw))
    assert result.text(raw) == article.text


def test_clean_plain_topic_shift_needs_a_break() -> None:
    """A paragraph introducing new names inside the running story is kept (no junk before it)."""
    new_names = (
        "Meanwhile, shipping agent Karim Osei said vessels bound for the Baltic were already "
        "being rerouted to the ports of Anholt and Brevik to avoid long queues."
    )
    raw = "\n\n".join([*STORY[:3], new_names, *STORY[4:]])
    article = clean_plain(Article(id="a", raw=raw))
    assert new_names in article.text


def test_clean_plain_page_repeats_are_widgets() -> None:
    share_bar = "Share on social media"
    raw = "\n\n".join([STORY[0], share_bar, STORY[1], STORY[2], share_bar, STORY[4]])
    article = clean_plain(Article(id="a", raw=raw))
    assert share_bar not in article.text
    assert STORY[4] in article.text


def test_clean_plain_comment_thread_ends_the_story() -> None:
    comment = (
        "I work at the harbour and the night-shift pay at Selden has not changed in years, the union is "
        "right to strike and the port authority should pay up before the fuel runs out. " * 2
    )
    raw = "\n\n".join([*STORY[:3], "3 responses to this story", "Jo Bloggs on May 3, 2031 at 5:12 pm said:", comment])
    article = clean_plain(Article(id="a", raw=raw))
    assert comment.strip() not in article.text
    assert article.text.endswith(STORY[2])


_line = st.one_of(
    st.sampled_from(STORY + AFTER + ["", "   ", "Advertisement", "Read more"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_clean_plain_spans_always_exact(lines: list[str], newline: str) -> None:
    """Whatever the input, removed spans slice back exactly and kept plus removed cover all text."""
    raw = newline.join(lines)
    article = clean_plain(Article(id="p", raw=raw))
    # The same decisions, with the kept spans visible (clean_plain keeps only their text).
    split = split_lines(raw)
    meta = extract_meta(split)
    result = clean_lines(raw, split, preset=meta.consumed, prefix_cuts=meta.prefix_cuts, context=meta.title or "")
    assert result.text(raw) == article.text
    assert [(r.span.start, r.span.end, r.reason) for r in result.removed] == [
        (r.span.start, r.span.end, r.reason) for r in article.removed
    ]
    covered = [False] * len(raw)
    for span in [*result.kept, *(r.span for r in result.removed)]:
        for i in range(span.start, span.end):
            assert not covered[i], f"character {i} both kept and removed, or removed twice"
            covered[i] = True
    for removed in article.removed:
        assert removed.span.slice(raw) == removed.text
    for i, char in enumerate(raw):
        assert covered[i] or not re.match(r"\S", char), f"character {i} ({char!r}) neither kept nor removed"


#: A small table as a page's text gives it: column labels repeated per section, figures in cells.
TABLE = ["Berth", "Ships", "Tonnes", "North quay", "14", "58%", "Berth", "Ships", "Tonnes", "South quay", "10", "42%"]
#: A staff list: as many short lines, but names without figures.
STAFF = ["Editors", "Ana Kim", "Lee Chan", "Sam Ortiz", "Omar Haddad", "Lena Fox", "Priya Natarajan"]


def test_clean_plain_table_inside_the_story_is_kept() -> None:
    """Between two story paragraphs, table cells (figures, repeated labels) are part of the story."""
    raw = "\n".join([*STORY[:2], *TABLE, *STORY[2:]])
    article = clean_plain(Article(id="a", raw=raw))
    kept = article.text.split("\n\n")
    assert kept == [*STORY[:2], *TABLE, *STORY[2:]]


def test_clean_plain_menu_inside_the_story_is_dropped() -> None:
    """The same number of short lines without figures is a menu or a staff list."""
    raw = "\n".join([*STORY[:2], *STAFF, *STORY[2:]])
    article = clean_plain(Article(id="a", raw=raw))
    assert all(name not in article.text.split("\n\n") for name in STAFF)
    assert all(paragraph in article.text for paragraph in STORY)


def test_clean_plain_table_after_a_call_to_action_is_an_insertion() -> None:
    """One line of page furniture in the stretch shows it is the page's, not the story's."""
    raw = "\n".join([*STORY[:2], "Click here to see more tables", *TABLE, *STORY[2:]])
    article = clean_plain(Article(id="a", raw=raw))
    assert "North quay" not in article.text
    assert all(paragraph in article.text for paragraph in STORY)


def test_clean_plain_numbered_list_after_the_story_is_kept() -> None:
    """Items numbered 1, 2, 3 after the story are its own list, even with a link line under each."""
    items = ["1) Harbour lantern, brass", "2) Dock stool in oak", "3) Wool deck blanket"]
    raw = "\n".join(
        [*STORY[:3], items[0], "http://example.test/a", items[1], "http://example.test/b", items[2], "Most Read"]
    )
    article = clean_plain(Article(id="a", raw=raw))
    assert article.text.split("\n\n") == [*STORY[:3], *items]


def test_clean_plain_links_under_a_related_header_are_not_subheads() -> None:
    """Short lines under "Related news" are links even when a story paragraph follows them."""
    teasers = ["Ferry operators warn of winter delays", "Harbour master to retire after 30 years"]
    raw = "\n".join([*STORY[:2], "Related news", *teasers, *STORY[2:]])
    article = clean_plain(Article(id="a", raw=raw))
    assert article.text.split("\n\n") == STORY
    assert {removed.reason for removed in article.removed if removed.text in teasers} == {"link_list"}


def test_clean_plain_subhead_after_an_ad_label_is_kept() -> None:
    """An ad label announces no links: the sub-head under it stays with its paragraph."""
    raw = "\n".join([*STORY[:3], "Advert", *STORY[3:]])
    assert clean_plain(Article(id="a", raw=raw)).text.split("\n\n") == STORY


#: Previews of related stories: on the story's topic, but one short blurb per headline and link.
PREVIEWS = [
    "Port of Selden strike: what night-shift workers earn",
    "The union's pay demands explained in five charts from the harbour.",
    "See more",
    "Fuel deliveries to the north at risk",
    "Why the port strike could reach petrol stations by the weekend.",
    "See more",
    "Varga's record on port disputes",
    "The transport minister has settled two harbour strikes since taking office.",
    "See more",
]


def test_clean_plain_run_of_previews_is_dropped() -> None:
    raw = "\n".join([*STORY, INLINE_AD, *PREVIEWS])
    article = clean_plain(Article(id="a", raw=raw))
    assert article.text.split("\n\n") == STORY
    assert {removed.reason for removed in article.removed if removed.text == PREVIEWS[1]} == {"teaser_run"}


def test_clean_plain_two_lone_paragraphs_are_not_a_preview_run() -> None:
    """Short paragraphs after breaks, but fewer than a box of previews: the topic test decides."""
    raw = "\n".join([*STORY[:3], INLINE_AD, *PREVIEWS[:3], PREVIEWS[4], "See more"])
    article = clean_plain(Article(id="a", raw=raw))
    assert PREVIEWS[1] in article.text
