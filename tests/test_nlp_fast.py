"""The fast attribute-ruler matcher and lemmatizer give exactly spaCy's annotations."""

from __future__ import annotations

import importlib

import pytest
from spacy.attrs import IDS
from spacy.matcher import Matcher

from eventwire.config import MODEL_PACKAGE
from eventwire.nlp.fast import TokenPatternMatcher, UnsupportedPattern, speed_up

ATTRS = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START", "SPACY"]

TEXTS = [
    "Russia's foreign minister met his Turkish counterpart in Ankara on Tuesday, officials said.",
    "It is what it is. I told you it was, and they weren't happy. There's  \n\n a convoy.",
    "Y'all gon na see: ain't nothin' goin' on, let's go. C'mon, he gets it; she got it.",
    "Rebels had shelled the town but failed; the U.N. envoy, who has warned that it will, did not.",
    "\"We will not negotiate,\" the spokesman said.  Nothing else happened...",
    "",
]


@pytest.fixture(scope="module")
def stock():
    """The pipeline exactly as the model package builds it, without our fast paths."""
    return importlib.import_module(MODEL_PACKAGE).load()


def test_nlp_fast_pipeline_annotations_equal_stock(nlp, stock):
    ids = [IDS[name] for name in ATTRS]
    fast_docs = list(nlp.pipe(TEXTS))
    for text, fast, plain in zip(TEXTS, fast_docs, stock.pipe(TEXTS), strict=True):
        assert (fast.to_array(ids) == plain.to_array(ids)).all(), text
        assert [t.lemma_ for t in fast] == [t.lemma_ for t in plain]
        assert [str(t.morph) for t in fast] == [str(t.morph) for t in plain]
    single = nlp(TEXTS[1])  # the one-text path (nlp(text)) too
    assert (single.to_array(ids) == stock(TEXTS[1]).to_array(ids)).all()


def test_nlp_fast_is_installed_in_the_context_pipeline(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, TokenPatternMatcher)
    assert type(nlp.get_pipe("lemmatizer")).__name__.startswith("Cached")


@pytest.mark.parametrize(
    "patterns",
    [
        [[{"LOWER": "gon"}, {"LOWER": "na"}]],
        [[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]],
        [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT", "WDT"]}}]],
        [[{"IS_SPACE": True}], [{"LOWER": "it", "DEP": "nsubj"}]],
    ],
)
def test_nlp_fast_matcher_finds_what_the_matcher_finds(nlp, patterns):
    matcher = Matcher(nlp.vocab)
    matcher.add("0", patterns)
    fast = TokenPatternMatcher(matcher, ["0"])
    for doc in nlp.pipe(TEXTS):
        expected = sorted(matcher(doc, allow_missing=True, as_spans=False))
        assert sorted(fast(doc)) == expected


@pytest.mark.parametrize(
    "pattern", [[{"LOWER": "a", "OP": "+"}], [{"LENGTH": {">=": 3}}], [{"LOWER": {"FUZZY": "x"}}]]
)
def test_nlp_fast_matcher_refuses_patterns_it_cannot_match_exactly(nlp, pattern):
    matcher = Matcher(nlp.vocab)
    matcher.add("0", [pattern])
    with pytest.raises(UnsupportedPattern):
        TokenPatternMatcher(matcher, ["0"])


def test_nlp_fast_speed_up_is_idempotent():
    once = speed_up(importlib.import_module(MODEL_PACKAGE).load())
    lemmatizer_class = type(once.get_pipe("lemmatizer"))
    assert type(speed_up(once).get_pipe("lemmatizer")) is lemmatizer_class


def test_nlp_fast_lemma_index_is_sets_with_the_same_words(nlp, stock):
    fast_index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    plain_index = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(fast_index) == set(plain_index)
    for key, words in fast_index.items():
        assert isinstance(words, frozenset)
        assert words == set(plain_index[key])
