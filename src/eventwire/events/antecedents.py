"""The word a third-person pronoun stands for, read off the parse.

Why a module of its own: which earlier word "it", "he" or "they" names is a
question of clauses, agreement and quotation (a pronoun told before its speech
frame is not the speaker; "when and if he meets" hangs on the nearest act
before it), asked before any actor is looked up. ``arguments.actor_for`` then
codes the word found here; a pronoun whose word cannot be told stays
unresolved (no event) rather than guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.events.topics import SPEECH_VERBS
from eventwire.events.voice import subject_past_dateline

if TYPE_CHECKING:
    from spacy.tokens import Token


def antecedent_token(pronoun: Token) -> Token | None:
    """The word a third-person pronoun stands for, or None.

    Only subject pronouns and possessives inside a clause that hangs on
    another verb are resolved; anything else stays unresolved (no event)
    rather than guessed.
    """
    if pronoun.dep_ == "poss":  # "Israel must end [its] raids": the subject of the pronoun's own clause
        verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = subject_past_dateline(verb, ("nsubj",)) if verb is not None else None
        if subject is not None and subject.pos_ != "PRON" and _agrees(pronoun, subject):
            return subject
    host = _host_of_when_and_if(pronoun)
    if host is not None:
        subject = subject_past_dateline(host, ("nsubj",))
        return subject if subject is not None and subject.pos_ != "PRON" and _agrees(pronoun, subject) else None
    clause = pronoun.head
    while clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or clause.head.i == clause.i:
        if clause.head.i == clause.i or clause.dep_ in ("ROOT", "relcl"):
            return None
        clause = clause.head
    governor = clause.head
    subject = subject_past_dateline(governor, ("nsubj",))
    if subject is None or subject.i == pronoun.i:
        return None
    if governor.lemma_.lower() in SPEECH_VERBS and _told_before_its_frame(pronoun, clause, governor):
        return _doer_of_the_sentence_before(pronoun, subject)
    return subject if _agrees(pronoun, subject) else None


def _host_of_when_and_if(pronoun: Token) -> Token | None:
    """The verb a "when and if" / "if and when" clause of the pronoun hangs on: the nearest verb before it.

    "… that the American president will take security into account when and if [he] meets the North Korean
    leader": spaCy hangs "meets" on the main verb ("arrived") or "if" on it, whose subject ("Japan's prime
    minister") is not who "he" is; the clause says when the nearest act before it ("take") happens.
    """
    i = pronoun.i
    if pronoun.dep_ != "nsubj" or i < 4 or [t.lower_ for t in pronoun.doc[i - 3 : i]] not in (
            ["when", "and", "if"], ["if", "and", "when"]):
        return None
    return next((t for t in reversed(pronoun.doc[pronoun.sent.start : i - 3]) if t.pos_ == "VERB"), None)


#: Bodies that "he"/"she" cannot stand for ("The army shelled the town. 'He fired …'").
_BODIES = frozenset({
    "government", "administration", "army", "military", "police", "regime", "parliament", "council", "court",
    "ministry", "force", "coalition", "party", "group", "company", "agency", "country", "state",
})


def _doer_of_the_sentence_before(pronoun: Token, speaker: Token) -> Token | None:
    """The one a quoted "he"/"she"/"they" told before its speech frame stands for: the previous sentence's subject.

    'A gunman killed a guard. "[He] shot one guard fatally," said police spokesperson Ann Lee': the speaker
    is ruled out (a speaker says "I"), so "he" is someone the story named just before, its lead sentence's doer.
    Only a subject pronoun, only the sentence right before, and only a subject that agrees with it (a person
    for "he"/"she", not a body, and not the speaker named again; ``_antecedent`` takes it only when the word
    itself is a coded actor, not "Bridge's injury"); when that sentence is itself a report ("Lee
    said a gunman killed …"), the subject of what was reported, never its speaker.
    """
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she", "they"):
        return None
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    verb = pronoun.doc[sentence.start - 1].sent.root
    if verb.lemma_.lower() in SPEECH_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if verb is None:
            return None
    subject = subject_past_dateline(verb, ("nsubj",))
    if subject is None or subject.pos_ in ("PRON", "NUM") or not _agrees(pronoun, subject):
        return None
    if {t.lower_ for t in _phrase(subject)} & {t.lower_ for t in _phrase(speaker) if t.pos_ == "PROPN"}:
        return None  # "Ann Lee spoke to reporters. '[He] shot …,' said Lee": not the speaker either
    if pronoun.lower_ != "they" and (subject.lemma_.lower() in _BODIES or not (
            subject.ent_type_ == "PERSON" or subject.pos_ == "NOUN")):
        return None
    return subject


def _phrase(token: Token) -> list[Token]:
    return [t for t in token.subtree if t.dep_ in ("compound", "flat", "appos") or t.i == token.i]


def _told_before_its_frame(pronoun: Token, clause: Token, governor: Token) -> bool:
    """A third person in words quoted or told before their speech frame is not the speaker.

    "[He] shot one woman, said spokesman Tom Baker" and '"[He] shot one
    woman," said Baker': a speaker speaks of himself as "I", so "he" is someone
    the text named earlier (or no one we can tell), never the speaker. "Baker
    said [he] would resign" still is Baker.
    """
    if clause.i < governor.i:
        return True
    return any(t.is_quote for t in pronoun.doc[governor.i + 1 : pronoun.i])


def _agrees(pronoun: Token, subject: Token) -> bool:
    """Number and person agreement: "Officials said [it] killed nine" is not the officials."""
    word = pronoun.lower_
    plural = subject.tag_ in ("NNS", "NNPS") or subject.morph.get("Number") == ["Plur"] or any(
        c.dep_ == "conj" for c in subject.children)  # "Obama and Putin said [they] will"
    if word in ("they", "their"):
        return plural or subject.ent_type_ in ("ORG", "NORP", "GPE")
    if word in ("he", "she", "his", "her"):
        return not plural and subject.ent_type_ not in ("GPE", "ORG", "NORP")
    return not plural  # it, its
