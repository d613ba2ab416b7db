"""A tokenizer-only Doc read as plain columns, for the selective-parsing pre-pass.

Why: the pre-pass looks at every token of every article several times
(sentence cuts, the predicate's keys and quote flags, copies of the runs to
parse). Through spaCy's Python API each look builds a ``Token`` object, and
``Span.as_doc`` walks its tokens three more times (words, spaces, an average
of empty word vectors) plus once to re-home dependency heads that the
tokenizer never set. Reading each attribute once per Doc with ``to_array``
gives the same values for a fraction of the CPU (issue 9).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class TokenColumns:
    """Per-token values of one Doc, each read once: the same values as the Token attributes."""

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import IS_QUOTE, IS_SPACE, ORTH, SPACY

        self.doc = doc
        values = doc.to_array([ORTH, SPACY, IS_SPACE, IS_QUOTE]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        self.words: list[str] = [strings[row[0]] for row in values]  # token.text
        self.spaces: list[bool] = [bool(row[1]) for row in values]  # bool(token.whitespace_)
        self.is_space: list[bool] = [bool(row[2]) for row in values]  # token.is_space
        self.is_quote: list[bool] = [bool(row[3]) for row in values]  # token.is_quote

    @cached_property
    def norms(self) -> list[str]:
        """``norm(token.text)`` of every token (the actor dictionaries' key)."""
        from eventwire.actors.match import norm

        return [norm(word) for word in self.words]

    @cached_property
    def plain(self) -> bool:
        """True when the Doc holds nothing but tokens, so :func:`span_doc` may copy it cheaply.

        That is what ``nlp.make_doc`` gives: no annotation, no tensor, no
        word vectors in the vocabulary, no hooks, no user data.
        """
        doc = self.doc
        annotated = any(doc.has_annotation(attr) for attr in ("TAG", "POS", "MORPH", "LEMMA", "DEP",
                                                              "SENT_START", "ENT_IOB"))
        hooks = doc.user_hooks or doc.user_span_hooks or doc.user_token_hooks
        return not (annotated or hooks or doc.user_data or doc.cats or doc.spans
                    or doc.tensor.size or doc.vocab.vectors.size)

    @cached_property
    def array(self) -> tuple[tuple[int, ...], np.ndarray]:
        """``doc.to_array`` of the attributes ``Span.as_doc`` copies."""
        head = self.doc._get_array_attrs()
        return head, self.doc.to_array(head)


def span_doc(doc: Doc, start: int, end: int, columns: TokenColumns | None = None) -> Doc:
    """``doc[start:end].as_doc()``, without its per-token Python work when ``doc`` is :attr:`~TokenColumns.plain`.

    For such a Doc, ``as_doc`` re-homes no dependency head and fixes no
    entity (there are none), and the span's vector is the average of empty
    word vectors: zeros of the vocabulary's width, norm 0. The copy below
    sets the same tokens, attributes, hooks, vector, norm and tensor
    (compared with ``as_doc`` in ``tests/test_speed_same_output.py``).
    """
    from spacy.tokens import Doc

    columns = columns or TokenColumns(doc)
    if not columns.plain:
        return doc[start:end].as_doc()
    part = Doc(doc.vocab, words=columns.words[start:end], spaces=columns.spaces[start:end])
    head, array = columns.array
    part.from_array(head, array[start:end])
    part.noun_chunks_iterator = doc.noun_chunks_iterator
    part.user_hooks = doc.user_hooks
    part.user_span_hooks = doc.user_span_hooks
    part.user_token_hooks = doc.user_token_hooks
    part.vector = np.zeros((doc.vocab.vectors_length,), dtype="f")
    part.vector_norm = 0.0
    part.tensor = doc.tensor[start:end]
    return part


def doc_text(doc: Doc) -> str:
    """``doc.text`` (every token's text and trailing space, joined) from two columns."""
    from spacy.attrs import ORTH, SPACY

    strings = doc.vocab.strings
    values = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []
    return "".join(strings[orth] + " " if space else strings[orth] for orth, space in values)


def join_docs(parts: list[Doc]) -> Doc:
    """``Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])``, its words read as columns.

    Without user data or span groups in the parts (what the pipeline gives),
    ``from_docs`` builds each part's words and spaces from Token objects and
    then copies the parts' attribute arrays; the same arrays hold the words
    (ORTH) and spaces (SPACY), so they are read from there. Anything else
    goes to ``from_docs`` itself.
    """
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    vocabs = {part.vocab for part in parts}
    if not parts or len(vocabs) > 1 or any(part.user_data or part.spans for part in parts):
        return Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
    (vocab,) = vocabs
    attrs = list(Doc._get_array_attrs())
    values = np.concatenate([part.to_array(attrs) for part in parts])
    strings = vocab.strings
    words = [strings[orth] for orth in values[:, attrs.index(ORTH)].tolist()]
    spaces = [bool(space) for space in values[:, attrs.index(SPACY)].tolist()]
    merged = Doc(vocab, words=words, spaces=spaces, user_data={})
    merged.from_array(attrs, values)
    return merged


def tokens_with(doc: Doc, lemmas: Collection[str], lowers: Collection[str] = ()) -> list[Token]:
    """The tokens ``t`` of ``doc`` with ``t.lemma_.lower() in lemmas`` or ``t.lower_ in lowers``, in order.

    Why: the quote, silence and demonym-site finders ask this of every token
    first, and nothing else in them can keep a token without it. Building a ``Token``
    per word to ask cost more than the rest of those loops; the lemma and
    lower-case columns, read once per Doc, with each distinct value's answer
    remembered per process (a string's hash is the same in every Doc), give
    the same tokens (issue 9).
    """
    if not len(doc):
        return []
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    columns = doc.to_array([LEMMA, LOWER])
    keep = None
    for index, wanted, fold in ((0, lemmas, True), (1, lowers, False)):
        if not wanted:
            continue
        answers = _ANSWERS.setdefault((fold, frozenset(wanted)), {})
        if len(answers) >= ANSWER_CACHE_LIMIT:
            answers.clear()
        column = columns[:, index]
        hits = []
        for value in set(column.tolist()):
            hit = answers.get(value)
            if hit is None:
                string = strings[value]
                hit = answers[value] = (string.lower() if fold else string) in wanted
            if hit:
                hits.append(value)
        if hits:
            found = np.isin(column, hits)
            keep = found if keep is None else keep | found
    if keep is None:
        return []
    return [doc[i] for i in np.flatnonzero(keep).tolist()]


#: Per process: for (lower-cased?, wanted strings), each string hash seen -> whether it is wanted
#: (up to ANSWER_CACHE_LIMIT hashes per key; then that key's answers restart).
ANSWER_CACHE_LIMIT = 200_000
_ANSWERS: dict[tuple[bool, frozenset[str]], dict[int, bool]] = {}
