"""Indirect quotes: a speech verb with a reported clause outside quotation marks.

"The Kremlin said Trump and Putin agreed …", "X told reporters that …",
"… according to X". The reported clause is the verb's clausal complement
(``ccomp``); a clause that already holds a quotation is left to the direct
quotes, which cover it with the exact words.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from eventwire.model import Actor, Article, Quote, Span
from eventwire.nlp.columns import tokens_with
from eventwire.quotes.lexicon import SpeechLexicon
from eventwire.quotes.speakers import is_speech_verb, resolve_speaker, speech_verb_subject

TRAILING = " ,.;:—–-\n"


def reported_clause(verb: Token) -> tuple[int, int] | None:
    """Character range of what was reported, or None if the verb reports no clause."""
    if verb.lower_ == "according":
        sent = verb.sent
        phrase_end = verb.right_edge.idx + len(verb.right_edge.text)
        before = (sent.start_char, verb.left_edge.idx)
        after = (phrase_end, sent.end_char)
        return max(before, after, key=lambda r: r[1] - r[0])
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses:
        return None
    clause = clauses[0]
    return clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)


def indirect_quotes(
    article: Article, doc: Doc, inside_quote, lexicon: SpeechLexicon, ctx: Any, memo: dict[int, Actor | None]
) -> list[Quote]:
    """One Quote per speech verb with a reported clause, per speaker."""
    quotes: list[Quote] = []
    text = article.text
    # Only a token with a speech-verb lemma or "according" can pass is_speech_verb (issue 9).
    for token in tokens_with(doc, lexicon.indirect, ("according",)):
        if inside_quote(token.idx) or not is_speech_verb(token, lexicon.indirect, lexicon):
            continue
        clause = reported_clause(token)
        if clause is None:
            continue
        start, end = _trim(text, *clause)
        if "\n" in text[min(token.idx, start) : end]:
            continue  # the parser ran the clause into another paragraph: not a reported clause
        if end - start < 3 or inside_quote(start) or inside_quote(end - 1) or _holds_quote(text, start, end):
            continue
        subject = speech_verb_subject(token, inside_quote)
        if subject is None:
            continue
        for head in [subject, *[c for c in subject.conjuncts if c.i > subject.i]]:
            speaker = resolve_speaker(article, doc, head, ctx, memo)
            quotes.append(Quote(Span(start, end), text[start:end], "indirect", speaker))
    return quotes


def _holds_quote(text: str, start: int, end: int) -> bool:
    return any(mark in text[start:end] for mark in "“”\"«»")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRAILING:
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end
