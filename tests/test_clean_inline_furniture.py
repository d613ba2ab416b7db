"""Keyword tag lists and related-news sidebars run into a line of story text are cut out and recorded."""

from __future__ import annotations

from eventwire.clean import run
from eventwire.clean.inline import sidebar_start, tag_list_span
from eventwire.config import Context
from eventwire.model import Article

LEAD = "Flooding cut the coastal road to Port Mireva on Tuesday, stranding hundreds of drivers overnight."
BODY = (
    "At least 40 families were moved to a school gym after the river broke its banks near the old mill, "
    "and the regional council said repair crews would reach the bridge by Thursday morning."
)
SECOND = (
    "Council member Dana Ilves said the road had flooded three times in ten years and asked the ministry "
    "to fund a raised crossing before the next rainy season begins in the autumn."
)
SIDEBAR = (
    "Source Coastal Wire Related News Ferry strike enters second week Mayor opens new library "
    "Category News Markets close higher Follow us on Instagram. Copyright 2031 Coastal Wire."
)


def _clean(raw: str) -> Article:
    article = Article(id="t", raw=raw, format="text")
    run([article], Context())
    return article


def test_tag_list_between_lead_and_body_on_one_line_is_removed_and_recorded() -> None:
    article = _clean(f"{LEAD} Tags Mireva floods coastal road evacuation {BODY}\n\n{SECOND}")
    assert "Tags" not in article.text
    assert "evacuation" not in article.text
    assert BODY in article.text and LEAD in article.text
    removed = [r for r in article.removed if r.reason == "tags"]
    assert [r.text for r in removed] == ["Tags Mireva floods coastal road evacuation"]


def test_tag_list_ends_before_a_capitalised_opener() -> None:
    text = "Tags Mireva floods Three bridges were closed on Monday."
    span = tag_list_span(text)
    assert span is not None and text[span[0] : span[1]] == "Tags Mireva floods"


def test_tag_list_ends_before_the_subject_of_a_past_tense_verb() -> None:
    text = "Tags Mireva floods rescue Coastal Guard boats reached the village at dawn."
    span = tag_list_span(text)
    assert span is not None and text[span[0] : span[1]] == "Tags Mireva floods rescue"


def test_tag_list_ending_in_a_name_run_into_the_sentence_is_left_whole() -> None:
    # Where the keywords end inside a run of capitalised words is unknowable: keep the story's words.
    assert tag_list_span("Tags Mireva Coastal Guard boats reached the village at dawn.") is None


def test_tag_list_on_a_line_of_its_own_is_removed() -> None:
    article = _clean(f"{LEAD} {BODY}\n\nTags Mireva floods coastal road evacuation council\n\n{SECOND}")
    assert "Tags" not in article.text
    assert any(r.reason == "tags" for r in article.removed)
    assert SECOND in article.text


def test_sentence_starting_with_tags_stays() -> None:
    for sentence in (
        "Tags were fitted to forty seals off the coast of Mireva last spring.",
        "Tags Heuer and two other firms sponsored the regatta on Sunday.",
        "Tags on the crates showed they had been shipped from the northern port.",
    ):
        assert tag_list_span(sentence) is None, sentence
        article = _clean(f"{LEAD} {sentence} {BODY}\n\n{SECOND}")
        assert sentence in article.text


def test_related_news_sidebar_after_the_story_on_one_line_is_removed_and_recorded() -> None:
    article = _clean(f"{LEAD} {BODY}\n\n{SECOND} {SIDEBAR}")
    assert SECOND in article.text
    assert "Ferry strike" not in article.text and "Related News" not in article.text
    removed = [r for r in article.removed if r.reason == "link_list"]
    assert [r.text for r in removed] == [SIDEBAR]


def test_sentence_mentioning_related_news_stays() -> None:
    sentence = "The council said Related News Ltd had printed the flood maps for free."
    assert sidebar_start(sentence) is None
    mention = "Readers can find related news about the floods on the council website, officials said."
    assert sidebar_start(mention) is None
    article = _clean(f"{LEAD} {BODY} {sentence}\n\n{SECOND} {mention}")
    assert sentence in article.text and mention in article.text
