"""Pointed silences: "It made no mention of safe zones."

Reporters mark what one side left out when another side said it. The quotes
stage finds the silence and who kept it (same speaker resolution as quotes);
the link stage pairs it with a quote on the same topic from another source
(a *contrast*).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from eventwire.model import Actor, Article
from eventwire.nlp.columns import tokens_with
from eventwire.quotes.speakers import resolve_speaker

SILENCE_VERBS = {"mention", "address", "discuss", "raise", "refer"}
SILENCE_NOUNS = {"mention", "reference"}
#: Lemmas a sentence must hold to be a silence: what a selective parse must keep for this module.
SILENCE_CUES = frozenset(SILENCE_VERBS | SILENCE_NOUNS | {"silent"})


def find_omissions(article: Article, doc: Doc, ctx: Any, memo: dict[int, Actor | None]) -> list[dict]:
    """Each silence as ``{span, topic, speaker}`` (speaker as an Actor dict or None)."""
    found = []
    for token in tokens_with(doc, SILENCE_CUES):  # no other token has a silenced topic (issue 9)
        topic = _silenced_topic(token)
        if topic is None:
            continue
        subject = _subject(token)
        if subject is None:
            continue
        speaker = resolve_speaker(article, doc, subject, ctx, memo)
        sentence = token.sent
        found.append({
            "span": [sentence.start_char, sentence.end_char],
            "topic": article.text[topic[0] : topic[1]],
            "topic_span": list(topic),
            "speaker": speaker.to_dict() if speaker else None,
        })
    return found


def _silenced_topic(token: Token) -> tuple[int, int] | None:
    """The topic left out, for the three shapes reporters use.

    1. "made no mention of X" / "gave no reference to X";
    2. "did not mention X" (a negated verb of saying with an object);
    3. "was silent on/about X".
    """
    lemma = token.lemma_.lower()
    if lemma in SILENCE_NOUNS and token.pos_ == "NOUN" and any(c.lower_ == "no" for c in token.children):
        return _object_of_preposition(token, {"of", "to"})
    if lemma in SILENCE_VERBS and token.pos_ == "VERB" and any(c.dep_ == "neg" for c in token.children):
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return _extent(objects[0]) if objects else None
    if lemma == "silent" and token.pos_ == "ADJ":
        return _object_of_preposition(token, {"on", "about"})
    return None


def _object_of_preposition(token: Token, prepositions: set[str]) -> tuple[int, int] | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return _extent(objects[0])
    return None


def _extent(head: Token) -> tuple[int, int]:
    left = min((c.left_edge for c in head.lefts), key=lambda t: t.i, default=head)
    if left.dep_ == "det":
        left = left.nbor(1)
    right = head  # the noun phrase itself; an "of" phrase belongs to it, other phrases do not
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            right = child.right_edge
    return left.idx, right.idx + len(right.text)


def _subject(token: Token) -> Token | None:
    """The subject of the clause: "It made no mention", "Moscow was silent"."""
    verb = token.head if token.dep_ in ("dobj", "acomp", "attr") else token
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None
