"""Who says an event happened: "the Kremlin said", "according to the White House".

Most events in news are reported speech. Keeping the speaker lets an analyst
tell a strike the Pentagon announced from one a rebel group claims, and lets
the store weigh sources. Speakers are found three ways, in order:

1. The trigger's clause is the complement of a speech or assessment verb
   ("U.S. intelligence agencies have assessed that Russia interfered").
2. A reporting clause hangs on the trigger's clause ("…, the Kremlin said").
3. An "according to X" phrase anywhere in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.arguments import ActorIndex, actor_for
from eventwire.events.topics import SPEECH_VERBS, misparsed_frame
from eventwire.model import Actor

REPORTING_DEPS = ("ccomp", "parataxis", "advcl", "conj")


@dataclass(slots=True)
class Attribution:
    text: str
    actor: Actor | None
    start: int
    end: int


def _speaker_of(verb: Token, index: ActorIndex) -> Attribution | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.dep_ == "nsubjpass":  # "it was reported by X"
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subject is None:
            return None
    phrase = _phrase(subject)
    return Attribution(phrase.text, actor_for(subject, index), phrase.start_char, phrase.end_char)


def _misparsed_speaker(word: Token, index: ActorIndex) -> Attribution | None:
    """The speaker of a speech verb the tagger read as a noun: the words before it in its own phrase
    ("[Canadian police] allege a man ..."). None when nothing stands before it."""
    speakers = [c for c in word.lefts if c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not speakers:
        return None
    speaker = speakers[-1]
    phrase = word.doc[word.left_edge.i : word.i]
    actor = actor_for(speaker, index)
    return Attribution(phrase.text, actor, phrase.start_char, phrase.end_char)


def _phrase(token: Token) -> SpacySpan:
    """A noun phrase, without trailing relative clauses or commas.

    Its ``text`` is cut from its own tokens: spaCy rebuilds ``doc.text`` from
    every token of the article on each read (same characters, issue 9).
    """
    tokens = [t for t in token.subtree if t.i <= token.i or t.dep_ in ("compound", "flat", "appos", "pobj", "prep")]
    tokens = [t for t in tokens if not t.is_punct] or [token]
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return token.doc[first.i : last.i + 1]


#: Conjunctions that set a clause against the claim before it: "X believe Russia struck, [but] Moscow denied".
CONTRASTS = frozenset({"but", "yet", "while", "whereas"})


def _own_answer(token: Token) -> bool:
    """A coordinated clause with its own subject that is no part of the speaker's claim: one joined to the
    speech verb itself ("officials said ..., and Moscow denied it") stands beside the report, and one set
    against the claim by "but" ("US officials believe Russian jets struck, but Moscow has denied involvement")
    is the other side's answer, in the narrator's voice."""
    if token.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    if token.head.lemma_.lower() in SPEECH_VERBS:
        return True
    return any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in token.head.children if c.i < token.i)


def attribution(trigger: Token, sentence: SpacySpan, index: ActorIndex) -> Attribution | None:
    """The speaker of the claim containing ``trigger``, or None for the narrator's own voice."""
    token = trigger
    # 1. climbing from the trigger into a governing speech verb, or a speech verb the tagger read as a noun
    steps = 0
    while True:
        framed = misparsed_frame(token) if token.pos_ in ("VERB", "AUX") else None
        if framed is not None:
            return _misparsed_speaker(framed, index)
        if token.head.i == token.i or steps >= 6 or _own_answer(token):
            break
        head = token.head
        if head.lemma_.lower() in SPEECH_VERBS and token.dep_ in ("ccomp", "xcomp", "dobj", "conj", "parataxis"):
            return _speaker_of(head, index)
        token = head
        steps += 1
    clause_root = token
    # 2. a reporting clause attached to the clause root ("..., officials said")
    for c in clause_root.children:
        if c.dep_ in REPORTING_DEPS and c.lemma_.lower() in SPEECH_VERBS and c.i != trigger.i:
            found = _speaker_of(c, index)
            if found is not None:
                return found
    # 3. "according to X"
    for t in sentence:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to":
            pobj = next((c for c in t.nbor().children if c.dep_ == "pobj"), None)
            pobj = pobj or next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is None:
                for c in t.children:
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None) or pobj
            if pobj is not None:
                phrase = _phrase(pobj)
                return Attribution(phrase.text, actor_for(pobj, index), phrase.start_char, phrase.end_char)
    return None
