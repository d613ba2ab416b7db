"""Every direct quote in the user's two seed articles, with its speaker.

The seeds are read from ../shared at run time (never copied here). The
expected list was checked by hand against the articles: for each direct
quote, in text order, a key that must appear in the resolved speaker's name
or mention text, and the country its actor code must start with once the
actors stage runs. Entries flagged ``True`` need the actors stage's
coreference ("the president" → Trump); without that stage only the count
and the other speakers' names are checked.
"""

from __future__ import annotations

import importlib.util

import pytest

import eventwire.pipeline as _pipeline
from quotes_link_support import coded_seeds

WH, KREMLIN = ("white house", "USA", False), ("kremlin", "RUS", False)
TRUMP, LAVROV = ("trump", "USA", False), ("lavrov", "RUS", False)
PUTIN, CLINTON = ("putin", "RUS", False), ("clinton", "USA", False)
EXPECTED = {
    # AP call readout: 11 direct quotes.
    "000": [WH, WH, WH, KREMLIN, KREMLIN, TRUMP, TRUMP, CLINTON, CLINTON, PUTIN, TRUMP],
    # Washington Times, Trump–Lavrov meeting: 14 direct quotes.
    "004": [TRUMP, TRUMP, ("trump", "USA", True), TRUMP, WH, WH, TRUMP,
            LAVROV, LAVROV, LAVROV, LAVROV, LAVROV, WH, WH],
}


def _speaker_label(quote) -> str:
    speaker = quote.speaker
    return "" if speaker is None else f"{speaker.name or ''} {speaker.text}".lower()


@pytest.fixture(scope="module")
def seed_articles(seeds_dir, ctx):
    return coded_seeds(seeds_dir, ctx)


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_quotes_seeds_every_direct_quote_with_its_speaker(seed_articles, seed):
    article = seed_articles.get(seed) or pytest.skip(f"seed {seed}* not present in ../shared/seeds")
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert len(direct) == len(EXPECTED[seed])
    has_coref = "actors" in _pipeline.ARTICLE_STAGES and importlib.util.find_spec("eventwire.actors") is not None
    for quote, (key, country, needs_coref) in zip(direct, EXPECTED[seed], strict=True):
        if needs_coref and not has_coref:
            continue
        assert key in _speaker_label(quote), (quote.span.to_list(), _speaker_label(quote))
        if has_coref:
            assert (quote.speaker.code or "").startswith(country), (quote.span.to_list(), quote.speaker.code)
        assert quote.span.slice(article.text).strip("“”\"").startswith(quote.text.split("\n")[0][:20])


def test_quotes_seeds_indirect_quotes_have_speakers(seed_articles):
    indirect = [q for a in seed_articles.values() for q in a.quotes if q.kind == "indirect"]
    assert indirect, "the seeds report several statements indirectly"
    assert all(q.speaker is not None for q in indirect)
