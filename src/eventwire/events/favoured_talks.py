"""Talks that an actor favours, supports or backs are its intent to negotiate (CAMEO 036), not talks held (046).

"Italy and Germany favour an early start to talks" and "France backs talks with Iran" tell where the speakers
stand: CAMEO 1.1b3 036 "express intent to meet or negotiate". A talks noun was coded as held talks (046),
and the co-subjects of the verb of favouring were made each other's counterpart (ITA->DEU, DEU->ITA), though
favouring is no reciprocal act: Italy does not negotiate with Germany by agreeing with it that talks should
start. So the favoured talks keep only a counterpart the words give ("talks [with Iran]"); a co-subject of
the verb is dropped as target. Reciprocal verbs ("met", "agreed") are not verbs of favouring and keep theirs.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor

#: Verbs of favouring a course: "[favour] an early start to talks", "[backed] negotiations".
FAVOURING_VERBS = frozenset({"favour", "favor", "support", "back", "endorse", "advocate", "prefer", "champion"})
#: Roots of meeting and negotiating whose nouns may be favoured.
TALKS_ROOTS = ("04",)
#: How many noun-and-preposition steps may lie between the verb's object and the talks noun ("an early
#: [start] to talks", "the [resumption] of negotiations").
MAX_STEPS = 2


def favouring_verb(trigger: Token, cameo: str, source_word: Token) -> Token | None:
    """The verb of favouring whose object is (or leads by "to"/"of" to) the talks noun ``trigger``, where the
    event's source is the one who favours: "the United States supports talks between Israel and the
    Palestinians" tells no intent of Israel's."""
    if cameo[:2] not in TALKS_ROOTS or trigger.pos_ != "NOUN":
        return None
    noun = trigger
    for _ in range(MAX_STEPS + 1):
        if noun.dep_ == "dobj":
            verb = noun.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in FAVOURING_VERBS:
                return None
            return verb if source_word.i in _subjects(verb) else None
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("to", "of", "for") or prep.head.pos_ != "NOUN":
            return None
        noun = prep.head
    return None


def co_subject(verb: Token, target_word: Token | None, target: Actor | None) -> bool:
    """Is the target a fellow subject of the verb ("Italy and [Germany] favour"), no counterpart?"""
    if target is None or target_word is None:
        return False
    return target_word.i in _subjects(verb)


def _subjects(verb: Token) -> set[int]:
    """The token positions of the verb's subjects and their conjuncts ("[Italy] and [Germany] favour")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return {t.i for s in subjects for t in (s, *s.conjuncts)}
