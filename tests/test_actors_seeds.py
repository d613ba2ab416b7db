"""The user's seed articles: every named person, state and body is coded right.

Runs clean -> nlp -> actors through the pipeline, so junk the cleaner removes
never reaches the actors stage. Skipped where ../shared is absent.
"""

from __future__ import annotations

import re

import pytest

from conftest import SEEDS
from eventwire.model import Article
from eventwire.pipeline import process_batch

#: surface text -> (code, country); code None means "any code of that country".
EXPECTED = {
    "Trump": ("USAGOV", "USA"),
    "Putin": ("RUSGOV", "RUS"),
    "Lavrov": ("RUSGOV", "RUS"),
    "Kislyak": ("RUSGOV", "RUS"),
    "Flynn": (None, "USA"),
    "Assad": ("SYRGOV", "SYR"),
    "Merkel": ("DEUGOV", "DEU"),
    "Tillerson": ("USAGOV", "USA"),
    "Haley": ("USAGOV", "USA"),
    "Clinton": (None, "USA"),
    "Kissinger": (None, "USA"),
    "Kremlin": ("RUSGOV", "RUS"),
    "White House": ("USAGOV", "USA"),
    "Moscow": ("RUS", "RUS"),
    "Washington": ("USA", "USA"),
    "Syria": ("SYR", "SYR"),
    "Iran": ("IRN", "IRN"),
    "Ukraine": ("UKR", "UKR"),
    "North Korea": ("PRK", "PRK"),
    "Kazakhstan": ("KAZ", "KAZ"),
    "Germany": ("DEU", "DEU"),
    "FBI": ("USACOP", "USA"),
    "Islamic State": ("IMGMUSISI", None),
}


@pytest.fixture(scope="module")
def seed_articles(ctx):
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is absent: this test needs ../shared beside the repo")
    articles = [Article(id=p.stem, raw=p.read_text(encoding="utf-8"), format="text")
                for p in sorted(SEEDS.glob("*.txt"))]
    result = process_batch(articles, ctx, stages=("clean", "nlp", "actors"))
    assert not result.rejects
    return result.articles


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_actors_seeds_names_coded(seed_articles, name):
    code, country = EXPECTED[name]
    word = re.compile(rf"\b{re.escape(name)}\b")
    found = [a for article in seed_articles for a in article.actors if word.search(a.text)]
    assert found, f"{name} not found as an actor"
    for actor in found:
        assert actor.country == country, (actor.text, actor.code)
        if code is not None:
            assert actor.code == code, (actor.text, actor.code)


def test_actors_seeds_mentions_point_into_clean_text(seed_articles):
    for article in seed_articles:
        for actor in article.actors:
            assert article.text[actor.span.start : actor.span.end] == actor.text
