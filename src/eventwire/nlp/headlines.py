"""Title-Case headlines parsed from a case-normalised copy of themselves.

Why: the small English model reads capitalised words as proper nouns. In a
headline written in Title Case ("Union Calls Strike at Harbour Depot") every
word is capitalised, so the verb is tagged PROPN, the parse is one long name,
and no event is found in the one sentence that states the news most plainly
(it also costs the incident linker the headline's act).

The remedy keeps the article's Doc (text, tokens, offsets, entities) and
replaces only the analysis of such a sentence: its words are written as
running text would write them, one word for one token (so no offset moves),
the copy is parsed as one sentence, and its tags, morphology, lemmas and
dependency tree are copied onto the sentence's tokens. A word keeps its
capital when it is a name: it has capitals or a stop inside ("U.S.", "McAllister",
"NATO"), the model named it a place, a nationality or a date, or the article's own
running text writes it capitalised more often than not. (Not a person: in
Title Case the model reads "Judge Orders Halt" as one.) Other
words are lower-cased ("Calls" -> "calls"). Entities stay as the model found
them in the real text: recognising names needs the real case.

A sentence counts as Title Case when at least :data:`MIN_WORDS` of its words
are capitalised, every word of :data:`CONTENT_CHARS` letters or more is, and
at least one of them is not a name by the test above (else it is a list of
names, which the model reads well). Sentences the selective parser left
unparsed are left alone. If the copied tree would move a sentence boundary,
the sentence keeps its first parse.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: Fewest capitalised words of a Title-Case sentence, and the length from which every word must be capitalised.
MIN_WORDS = 3
CONTENT_CHARS = 4
#: Entity types whose words keep their capital: places and nationalities, and dates ("March" is a month,
#: "march" a verb).
NAME_ENTS = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME"})


#: Three capitalised words with at most short lower-case words between: where a Title-Case sentence may be.
CANDIDATE = re.compile(r"(?:\b[A-Z]\S*\s+(?:[a-z]{1,3}\s+)*){2}[A-Z]")
#: A word in running text after a lower-case letter or a comma: not a sentence's first word.
MID_SENTENCE = re.compile(r"(?<=[a-z,;] )[A-Za-z]+\b")


def title_case_sentences(doc: Doc, text: str) -> list[Span]:
    """The parsed sentences of ``doc`` (whose text is ``text``) written in Title Case.

    Only sentences holding a :data:`CANDIDATE` run are looked at: the regular expression reads the
    text in C, where a walk over every sentence's tokens cost about a millisecond an article.
    """
    import numpy as np
    from spacy.attrs import IDX

    found = []
    offsets = None
    match = CANDIDATE.search(text)
    while match is not None:
        if offsets is None:
            offsets = doc.to_array([IDX])
        sent = doc[int(np.searchsorted(offsets, match.start(), side="right")) - 1].sent
        if sent.root.pos_ and _title_case(sent):  # (an unparsed sentence has no POS)
            found.append(sent)
        match = CANDIDATE.search(text, max(sent.end_char, match.start() + 1))  # (the next sentence's own run)
    return found


def _title_case(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha]
    capitalised = [t for t in words if t.text[0].isupper()]
    if len(capitalised) < MIN_WORDS:
        return False
    return all(t.text[0].isupper() for t in words if len(t) >= CONTENT_CHARS)


def case_counts(text: str, sents: list[Span]) -> tuple[Counter, Counter]:
    """How often running text (not a sentence's first word, not a Title-Case sentence) writes each word
    capitalised and in lower case, by its lower-case form."""
    for sent in sents:  # (blanked, same length)
        text = text[: sent.start_char] + " " * len(sent.text) + text[sent.end_char :]
    upper: Counter = Counter()
    lower: Counter = Counter()
    for word in MID_SENTENCE.findall(text):
        if word[0].isupper():
            upper[word.lower()] += 1
        elif word.islower():
            lower[word] += 1
    return upper, lower


def _is_name(token, upper: Counter, lower: Counter) -> bool:
    text = token.text
    if any(c.isupper() for c in text[1:]) or "." in text or not text[:1].isupper():
        return True
    if token.ent_type_ in NAME_ENTS:
        return True
    return upper[token.lower_] > lower[token.lower_]


def normalised_words(sent: Span, upper: Counter, lower: Counter) -> list[str] | None:
    """The sentence's words as running text writes them, or None when every word is a name."""
    words = []
    changed = False
    for token in sent:
        word = token.text
        if token.is_alpha and not _is_name(token, upper, lower):
            low = word.lower()
            if len(low) == len(word):  # (one character for one: offsets stay put)
                word, changed = low, True
        words.append(word)
    return words if changed else None


def recase(docs: list[Doc], nlp: Language, texts: list[str] | None = None) -> list[Doc]:
    """Reparse every Title-Case sentence of ``docs`` from its normalised copy, in place (module doc).

    ``texts`` are the docs' texts when the caller has them (spaCy rebuilds ``doc.text`` on each read).
    """
    from spacy.tokens import Doc as SpacyDoc

    jobs = []
    for number, doc in enumerate(docs):
        text = texts[number] if texts is not None else doc.text
        sents = title_case_sentences(doc, text)
        if not sents:
            continue
        upper, lower = case_counts(text, sents)
        for sent in sents:
            words = normalised_words(sent, upper, lower)
            if words is None:
                continue
            copy = SpacyDoc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
            for token in copy[1:]:
                token.is_sent_start = False
            jobs.append((doc, sent.start, sent.end, copy))
    if not jobs:
        return docs
    for (doc, start, end, _), copy in zip(jobs, _analyse(nlp, [copy for *_, copy in jobs]), strict=True):
        _copy_analysis(doc, start, end, copy)
    return docs


def _analyse(nlp: Language, copies: list[Doc]) -> list[Doc]:
    """Tag, parse and lemmatise ``copies`` with the pipeline's own components, in one batch.

    Why not ``nlp.pipe``: its set-up costs tens of milliseconds a call, many times the parse of
    a few headlines; and the copies need no entities (kept from the real text) and no paragraph marks.
    """
    from eventwire.nlp.paragraphs import NAME as PARAGRAPHS

    for name, component in nlp.pipeline:
        if name in ("ner", PARAGRAPHS):
            continue
        copies = list(component.pipe(copies)) if hasattr(component, "pipe") else [component(d) for d in copies]
    return copies


def _copy_analysis(doc: Doc, start: int, end: int, copy: Doc) -> None:
    """Put ``copy``'s tags, morphology, lemmas and tree on ``doc[start:end]`` unless a boundary would move."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
    from spacy.parts_of_speech import PROPN as PROPN_ID

    if sum(1 for _ in copy.sents) != 1:
        return
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    values = doc.to_array(attrs)
    before = doc.to_array([SENT_START])
    saved = values.copy()
    values[start:end] = copy.to_array(attrs)
    # A word the copy still reads as a name keeps its own spelling as lemma ("oslo" was only the copy's).
    names = copy.to_array([POS]) == PROPN_ID
    values[start:end, 3][names] = doc.to_array([ORTH])[start:end][names]
    doc.from_array(attrs, values)
    if (doc.to_array([SENT_START]) != before).any():
        doc.from_array(attrs, saved)
