"""The word a third-person pronoun stands for, read off the parse.

Why a module of its own: which earlier word "it", "he" or "they" names is a
question of clauses, agreement and quotation (a pronoun told before its speech
frame is not the speaker; "when and if he meets" hangs on the nearest act
before it), asked before any actor is looked up. An object pronoun ("sentenced
[him]") has its own rule (``object_antecedent``): the one acted on before, never
its own clause's doer. ``arguments.actor_for`` then codes the word found here;
a pronoun whose word cannot be told stays unresolved (no event) rather than
guessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from eventwire.events.subjects import OBJECT_CONTROL
from eventwire.events.topics import SPEECH_VERBS
from eventwire.events.voice import has_to_marker, subject_past_dateline

if TYPE_CHECKING:
    from spacy.tokens import Token


def _nobody(token: Token) -> bool:
    """No word is known to be a person (callers without the actors stage's mentions)."""
    return False


def antecedent_token(pronoun: Token, is_person: Callable[[Token], bool] = _nobody) -> Token | None:
    """The word a third-person pronoun stands for, or None.

    Only subject pronouns and possessives inside a clause that hangs on
    another verb are resolved; anything else stays unresolved (no event)
    rather than guessed. ``is_person`` says which words the actors stage
    found to be people: its word outranks the tagger's entity label ("[Trump]"
    tagged ORG is still a "he").
    """
    def agrees(subject: Token) -> bool:
        return _agrees(pronoun, subject, is_person(subject))

    if pronoun.dep_ == "poss":  # "Israel must end [its] raids": the subject of the pronoun's own clause
        verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = subject_past_dateline(verb, ("nsubj",)) if verb is not None else None
        if subject is not None and subject.pos_ != "PRON" and agrees(subject):
            return subject
    host = _host_of_when_and_if(pronoun)
    if host is not None:
        subject = subject_past_dateline(host, ("nsubj",))
        return subject if subject is not None and subject.pos_ != "PRON" and agrees(subject) else None
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
        return _doer_of_the_sentence_before(pronoun, subject, is_person)
    return subject if agrees(subject) else None


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


def _doer_of_the_sentence_before(pronoun: Token, speaker: Token, is_person: Callable[[Token], bool]) -> Token | None:
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
    if subject is None or subject.pos_ in ("PRON", "NUM") or not _agrees(pronoun, subject, is_person(subject)):
        return None
    if {t.lower_ for t in _phrase(subject)} & {t.lower_ for t in _phrase(speaker) if t.pos_ == "PROPN"}:
        return None  # "Ann Lee spoke to reporters. '[He] shot …,' said Lee": not the speaker either
    if pronoun.lower_ != "they" and not _may_be_one_person(subject, is_person(subject)):
        return None
    return subject


def _phrase(token: Token) -> list[Token]:
    return [t for t in token.subtree if t.dep_ in ("compound", "flat", "appos") or t.i == token.i]


def _may_be_one_person(word: Token, person: bool) -> bool:
    """A word "he", "she", "him" or "her" may stand for: no body ("the ministry"), and a person's name, a
    word the actors stage found to be a person (``person``), or a common noun ("the gunman")."""
    return word.lemma_.lower() not in _BODIES and (person or word.ent_type_ == "PERSON" or word.pos_ == "NOUN")


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


def _agrees(pronoun: Token, subject: Token, person: bool = False) -> bool:
    """Number and person agreement: "Officials said [it] killed nine" is not the officials. A word the actors
    stage found to be a person is a "he"/"she" whatever the tagger's entity label."""
    word = pronoun.lower_
    plural = subject.tag_ in ("NNS", "NNPS") or subject.morph.get("Number") == ["Plur"] or any(
        c.dep_ == "conj" for c in subject.children)  # "Obama and Putin said [they] will"
    if word in ("they", "their", "them"):
        return plural or (not person and subject.ent_type_ in ("ORG", "NORP", "GPE"))
    if word in ("he", "she", "his", "her", "him"):
        return not plural and (person or subject.ent_type_ not in ("GPE", "ORG", "NORP"))
    return not plural  # it, its


#: Object pronouns: "sentenced [him]", "released [them]" ("her" only where it is no possessive).
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def is_object_pronoun(token: Token) -> bool:
    """A third-person pronoun that is acted on: "sentenced [him]", "met [her]", "released [them]"."""
    return token.pos_ == "PRON" and token.lower_ in OBJECT_PRONOUNS and token.dep_ in ("dobj", "dative", "pobj")


def object_antecedent(pronoun: Token, is_person: Callable[[Token], bool] = _nobody) -> Token | None:
    """The word an object pronoun stands for, or None.

    A subject pronoun's rule (the subject of the governing clause) would make the court itself the "him" of
    "a court convicted X and sentenced [him]", so an object pronoun has its own, in order:

    1. In a clause coordinated with an earlier one, that clause's object ("convicted [X] of fraud and
       sentenced him"), else its subject when that is not the pronoun's own clause's doer ("[X] returned
       home and police arrested him"); else on to step 2.
    1b. In an adverbial clause on an earlier verb, that verb's object ("held [2,000 people] to use them as
       shields", "[X] was released after the president pardoned him"), never its doer.
    2. In a sentence's main clause, the sentence before: its object ("Police arrested [X]. A court later
       sentenced him"), of what it reports when it is a report, else its subject ("[X] returned home on
       Sunday. Police arrested him"; also through a light verb: "Y held talks with him"); never across a
       speech frame ("Y said police arrested him": Y, or someone else).

    Each must agree with the pronoun ("him"/"her" a single person, not a body or a place; "them" several),
    and be no pronoun itself; anything else stays unresolved (no target) rather than guessed.
    """
    if not is_object_pronoun(pronoun):
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "held talks with [him]": the light verb's clause
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    own_doer = subject_past_dateline(verb, ("nsubj",))
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        word = _first_agreeing(pronoun, _acted_on_then_doer(verb.head), own_doer, is_person)
        if word is not None:
            return word
    if _hangs_on_an_earlier_act(verb):
        acted_on = _acted_on_then_doer(verb.head)[:1]  # not its doer: an infinitive's doer is the governor's
        word = _first_agreeing(pronoun, acted_on, own_doer, is_person)
        if word is not None:
            return word
    clause = verb
    while clause.dep_ in ("conj", "xcomp", "advcl") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ROOT" or clause.lemma_.lower() in SPEECH_VERBS or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent.root
    if before.lemma_.lower() in SPEECH_VERBS:
        before = next((c for c in before.children if c.dep_ == "ccomp"), None)
        if before is None:
            return None
    return _first_agreeing(pronoun, _acted_on_then_doer(before), own_doer, is_person)


def _hangs_on_an_earlier_act(verb: Token) -> bool:
    """An adverbial clause on a verb before it, whose object the clause's object pronoun names: "were holding
    [2,000 people] to use them as shields", "[X] was released after the president pardoned him", "told
    [lawmakers], urging them to ...". Not an infinitive whose doer is the governor's object ("ordered [the
    director] to fire him")."""
    governor = verb.head
    if verb.dep_ != "advcl" or governor.pos_ not in ("VERB", "AUX") or governor.i >= verb.i:
        return False
    infinitive = has_to_marker(verb)
    return not (infinitive and governor.lemma_.lower() in OBJECT_CONTROL)


def _acted_on_then_doer(verb: Token) -> list[Token | None]:
    """A clause's object (or passive subject: "[X] was arrested"), then its active subject."""
    acted_on = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return [acted_on, subject_past_dateline(verb, ("nsubj",))]


def _first_agreeing(pronoun: Token, candidates: list[Token | None], own_doer: Token | None,
                    is_person: Callable[[Token], bool]) -> Token | None:
    for word in candidates:
        if word is None or word.pos_ in ("PRON", "NUM") or (own_doer is not None and word.i == own_doer.i):
            continue
        if own_doer is not None and own_doer.lower_ == word.lower_:
            continue
        person = is_person(word)
        if pronoun.lower_ == "them":
            if _agrees(pronoun, word, person) and word.ent_type_ not in ("GPE", "NORP"):
                return word
        elif _agrees(pronoun, word, person) and _may_be_one_person(word, person):
            return word
    return None
