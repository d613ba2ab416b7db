"""Lines repeating across articles of one outlet are that outlet's template."""

from __future__ import annotations

from eventwire.clean import run
from eventwire.clean.repeats import outlet_boilerplate
from eventwire.config import Context
from eventwire.model import Article

TEMPLATE = "Local news you can trust, every morning at seven"
STORIES = [
    [
        "The school board in Marlow approved a new bus route on Wednesday after parents complained about long "
        "walks along the highway shoulder.",
        "Board chair Nina Ruiz said the route would start after the spring break and cost about 40,000 a year.",
    ],
    [
        "Firefighters in Marlow put out a barn fire on Sunday night that killed no animals but destroyed a "
        "season's hay, the fire chief said.",
        "Chief Aaron Bell said the blaze probably started in an old electrical panel near the loft.",
    ],
]


def _article(n: int, outlet: str, paragraphs: list[str]) -> Article:
    raw = "\n\n".join([*paragraphs[:1], TEMPLATE, *paragraphs[1:]])
    return Article(id=f"a{n}", raw=raw, outlet=outlet)


def test_clean_repeats_template_line_found_per_outlet() -> None:
    articles = [_article(0, "Marlow Herald", STORIES[0]), _article(1, "Marlow Herald", STORIES[1])]
    templates = outlet_boilerplate(articles)
    assert templates["Marlow Herald"] == frozenset({TEMPLATE.lower()})


def test_clean_repeats_removed_by_the_stage() -> None:
    articles = [_article(0, "Marlow Herald", STORIES[0]), _article(1, "Marlow Herald", STORIES[1])]
    run(articles, Context())
    for article in articles:
        assert TEMPLATE not in article.text
        assert any(r.reason == "outlet_repeat" or r.text == TEMPLATE for r in article.removed)
        assert article.text.count("\n\n") == 1  # both story paragraphs kept


def test_clean_repeats_other_outlets_and_versions_are_not_templates() -> None:
    different_outlets = [_article(0, "Marlow Herald", STORIES[0]), _article(1, "Valley Post", STORIES[1])]
    assert outlet_boilerplate(different_outlets) == {}
    # Two versions of one story share most lines: they say nothing about the template.
    versions = [_article(0, "Marlow Herald", STORIES[0]), _article(1, "Marlow Herald", STORIES[0])]
    assert outlet_boilerplate(versions) == {}
