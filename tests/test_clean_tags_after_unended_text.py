"""A "Tags" keyword list is cut out even when the text before it has lost its full stop.

Pages that lose their line breaks also lose the stop before the tag list: the lead's last words or a
headline run straight into "Tags Ravel floods army ...". The list is still page furniture, and left in
it reads as a sentence whose names are coded as actors of an event. Guards: "Tags" that a sentence goes
on from ("Smart Tags allowed users ...", "Price Tags were cut") stays. Our own sentences.
"""

from __future__ import annotations

import pytest

from eventwire.clean import run
from eventwire.clean.inline import tag_list_span
from eventwire.config import Context
from eventwire.model import Article

LEAD = "Floods cut the coastal road to Port Mireva on Tuesday, a regional council spokesman said"
BODY = (
    "At least 40 families were moved to a school gym after the river broke its banks near the old mill, "
    "and the regional council said repair crews would reach the bridge by Thursday morning."
)


def _clean(raw: str) -> Article:
    article = Article(id="t", raw=raw, format="text")
    run([article], Context())
    return article


def test_clean_tags_after_unended_lead_are_removed_with_offsets():
    raw = f"{LEAD} Tags Mireva floods Northland United States {BODY}"
    article = _clean(raw)
    assert "Tags" not in article.text
    assert "Northland United States" not in article.text
    assert "At least 40 families" in article.text
    removed = [r for r in article.removed if r.reason == "tags"]
    assert [raw[r.span.start : r.span.end] for r in removed] == ["Tags Mireva floods Northland United States"]


def test_clean_tags_after_headline_run_to_line_end():
    text = "Jets Strike Depots Near Mireva Tags airstrikes Northland United States Comment via Feedpage"
    span = tag_list_span(text)
    assert span is not None
    assert text[span[0] : span[1]] == "Tags airstrikes Northland United States Comment via Feedpage"


@pytest.mark.parametrize(
    "text",
    [
        "The browser has Smart Tags allowed users to link any word to another page.",
        "In the shops, Price Tags were cut by a third after the storm.",
        "The new tool copies Smart Tags from an older program.",
    ],
)
def test_clean_tags_word_inside_a_sentence_stays(text):
    assert tag_list_span(text) is None


def test_clean_related_headlines_before_tags_go_with_them():
    raw = (
        f"{LEAD}. {BODY} 12 Related Mireva Council Opens New Bridge Floods Close Coastal Road Again "
        "Tags Mireva floods Northland Comment via Feedpage"
    )
    article = _clean(raw)
    assert "Opens New Bridge" not in article.text
    assert "At least 40 families" in article.text
    reasons = {r.reason for r in article.removed}
    assert {"link_list", "tags"} <= reasons


def test_clean_related_in_a_sentence_before_tags_stays():
    raw = f"{LEAD}. Related Press reporters saw the flooded road. {BODY} Tags Mireva floods Northland"
    article = _clean(raw)
    assert "Related Press reporters saw the flooded road." in article.text
    assert "Tags" not in article.text
