"""The pre-pass reads token columns instead of spaCy Token objects.

Each fast path is compared with the code it replaced, on our own sentences
(no corpus text) and on random token soups: the columns with the Token
attributes, the sentence cuts with the former token loop, the predicate's
column twins with its Span methods, the lean span copy with ``Span.as_doc``,
the join with ``Doc.from_docs`` and the joined text with ``Doc.text``.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from spacy.tokens import Doc

from eventwire.nlp.columns import TokenColumns, doc_text, join_docs, span_doc
from eventwire.nlp.select import chunks, default_predicate, parse_selected, split_sentences

TEXTS = [
    "WASHINGTON — The foreign minister of France said on Tuesday that talks with Iran would resume.\n\n"
    "“We will not wait,” he told reporters. The U.S. envoy met Lavrov in Moscow.",
    "Russian warplanes struck a Turkish army post in Idlib, the ministry said.Turkey condemned the attack "
    "three days later (on Friday.) and recalled its ambassador... \"It is a crime,\" she added!",
    "k.r. narayanan spoke.\nThe Kremlin denied it.  It made no mention of the talks?  'No,' said Mr. Smith.\n",
    "Police arrested two protesters in Paris on Friday \u2013 witnesses said \u2019twas calm.",
    "",
    "   \n  ",
]

WORDS = ["The", "minister", "met", "Lavrov", "said", "army", "U.S.", "k.r.", "“", "”", '"', "'", "(", ")", "]",
         ".", "!", "?", "...", ",", "\n", "\n\n", " ", "  ", "It", "he", "they", "2017", "Moscow", "attacked",
         "according", "to", "—", "\u2013", "’s", "no", "mention", "talks"]


def _soup(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(WORDS) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(1, 60)))


def _former_split_sentences(doc):
    """The token loop that ``split_sentences`` replaced."""
    starts, pending, line_break = [0], False, False
    for i, token in enumerate(doc):
        opening = token.is_quote and i > 0 and (doc[i - 1].is_space or bool(doc[i - 1].whitespace_))
        if not token.is_space:
            capital = token.text[:1].isupper() or token.text[:1].isdigit() or opening
            if (pending or line_break) and capital:
                starts.append(i)
            pending = pending and (token.is_quote or token.text in (")", "]")) and not opening
            line_break = False
        if token.is_space:
            line_break = line_break or "\n" in token.text
        elif token.text in (".", "!", "?", "..."):
            pending = True
    bounds = sorted(set(starts))
    return [(s, e) for s, e in zip(bounds, [*bounds[1:], len(doc)], strict=True) if e > s]


class _SpanOnly:
    """The default predicate asked only through its Span methods, as chunks() did before."""

    def __init__(self, predicate):
        self.predicate = predicate

    def __call__(self, sentence):
        return self.predicate(sentence)

    def context(self, sentence):
        return self.predicate.context(sentence)


def _same_doc(a: Doc, b: Doc) -> None:
    assert a.to_bytes() == b.to_bytes()
    assert a.text == b.text
    assert a.vector.dtype == b.vector.dtype and a.vector.shape == b.vector.shape
    assert np.array_equal(a.vector, b.vector)
    assert a.vector_norm == b.vector_norm
    assert a.tensor.shape == b.tensor.shape and np.array_equal(a.tensor, b.tensor)
    assert (a.user_hooks, a.user_span_hooks, a.user_token_hooks) == (b.user_hooks, b.user_span_hooks,
                                                                     b.user_token_hooks)
    assert a.noun_chunks_iterator is b.noun_chunks_iterator


@pytest.mark.parametrize("text", TEXTS + [_soup(seed) for seed in range(40)])
def test_nlp_columns_equal_token_attributes_and_sentence_cuts(nlp, text):
    doc = nlp.make_doc(text)
    columns = TokenColumns(doc)
    assert columns.words == [t.text for t in doc]
    assert columns.spaces == [bool(t.whitespace_) for t in doc]
    assert columns.is_space == [t.is_space for t in doc]
    assert columns.is_quote == [t.is_quote for t in doc]
    assert columns.plain or len(doc) <= 1  # spaCy says a Doc of 0 or 1 token has sentence starts: as_doc then
    assert doc_text(doc) == doc.text == text
    assert split_sentences(doc) == split_sentences(doc, columns) == _former_split_sentences(doc)


@pytest.mark.parametrize("text", TEXTS + [_soup(seed) for seed in range(40, 70)])
def test_nlp_columns_predicate_twins_decide_as_the_span_methods(ctx, nlp, text):
    predicate = default_predicate(ctx, "events+quotes")
    doc = nlp.make_doc(text)
    columns = TokenColumns(doc)
    for start, end in split_sentences(doc):
        assert predicate.decide(doc, start, end, columns) == predicate(doc[start:end])
        assert predicate.context_at(start, end, columns) == predicate.context(doc[start:end])
    assert chunks(doc, predicate) == chunks(doc, _SpanOnly(predicate))


@pytest.mark.parametrize("text", TEXTS[:4] + [_soup(seed) for seed in range(70, 80)])
def test_nlp_columns_span_doc_equals_as_doc_before_and_after_the_pipeline(nlp, text):
    doc = nlp.make_doc(text)
    columns = TokenColumns(doc)
    ranges = [(s, e) for s in range(len(doc)) for e in range(s + 1, len(doc) + 1)][::7]
    for start, end in ranges:
        fast, former = span_doc(doc, start, end, columns), doc[start:end].as_doc()
        _same_doc(fast, former)
    fast = [span_doc(doc, s, e, columns) for s, e in ranges[:12]]
    former = [doc[s:e].as_doc() for s, e in ranges[:12]]
    for a, b in zip(nlp.pipe(fast), nlp.pipe(former), strict=True):
        _same_doc(a, b)


def test_nlp_columns_span_doc_of_an_annotated_doc_is_as_doc(nlp):
    doc = nlp(TEXTS[0])
    columns = TokenColumns(doc)
    assert not columns.plain  # parsed: the lean copy would drop heads and entities, so as_doc is used
    for start, end in [(0, 5), (3, 12), (10, len(doc))]:
        _same_doc(span_doc(doc, start, end, columns), doc[start:end].as_doc())


@pytest.mark.parametrize("text", TEXTS[:4])
def test_nlp_columns_join_docs_equals_from_docs(nlp, text):
    doc = nlp.make_doc(text)
    cuts = sorted({0, len(doc) // 3, len(doc) // 2, len(doc)})
    parts = [doc[s:e].as_doc() for s, e in itertools.pairwise(cuts) if e > s]
    for pieces in (parts, list(nlp.pipe([p.copy() for p in parts])), [parts[0], *nlp.pipe(parts[1:])]):
        _same_doc(join_docs(pieces), Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"]))
    marked = [p.copy() for p in parts]
    marked[0].spans["cue"] = [marked[0][0:1]]  # a span group: handed to from_docs itself
    joined = join_docs(marked)
    assert [s.text for s in joined.spans["cue"]] == [marked[0][0].text]


@pytest.mark.parametrize("text", TEXTS)
def test_nlp_columns_parse_selected_equals_the_span_method_path(ctx, nlp, text):
    predicate = default_predicate(ctx, "events+quotes")
    [fast] = parse_selected([text], nlp, predicate)
    [former] = parse_selected([text], nlp, _SpanOnly(predicate))
    assert fast.to_bytes() == former.to_bytes() and fast.text == text
