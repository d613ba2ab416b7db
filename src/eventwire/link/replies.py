"""Which denials answer one act: the words that tie a denial of responsibility to the act it denies.

A denial of responsibility (CAMEO 016) names no target, so incident linking keeps it to its own story
(:func:`~eventwire.link.incidents.one_sided_apart`): "the government denies using such weapons" may be a
standing position, told in many stories. But a denial that its words tie to one act is a reply to that
act, told in the act's story and in stories on the reactions that the story clustering keeps apart:
"denied responsibility for the attack", "denied any involvement", "denied allegations that it was behind
that attack", "denied the reports of Wednesday's attack". Why a module of its own: it reads the denial's
words, which no pair test does, and keys both in-memory events and stored rows (:mod:`eventwire.link.keys`,
:mod:`eventwire.link.store_io`) the same way.
"""

from __future__ import annotations

import re

from eventwire.words import DEFINITE, REPEATED_ADVERBS

#: Codes whose events may answer one act: a denial of responsibility (:func:`~eventwire.link.incidents.dated_replies`).
REPLY_CODES = frozenset({"016"})
#: Nouns a denial disowns one act with, with nothing before them: "denied responsibility", "denied any
#: involvement".
DISOWNED = frozenset({"responsibility", "involvement", "role"})
#: Nouns of an act: a denial is tied to one act when a definite or demonstrative word comes before one
#: ("the attacks", "that attack"). "Denied the use of chemical weapons" names a kind of act, not one.
ONE_ACT_NOUNS = frozenset({
    "attack", "attacks", "strike", "strikes", "bombing", "bombings", "massacre", "shelling", "raid", "raids",
    "killing", "killings",
})
#: Nouns of the charge about an act: "denied the reports of Wednesday's attack", "these allegations over
#: the raid" tie a denial to one act only when the clause names the act too. Alone ("denied the claims",
#: "dismissed the claim he had lied") they name one charge, which in politics is as often another one
#: each day, and the charges of two stories would then meet by the denial's words.
CHARGE_NOUNS = frozenset({
    "allegation", "allegations", "accusation", "accusations", "charge", "charges", "report", "reports",
    "claim", "claims",
})
#: Words about the trigger that make a denial a standing position, not a reply: "has long denied",
#: "has always denied", "repeatedly denied", "denied ever seeking", "denied previous accusations": the adverbs of
#: acts done again and again that the time stage reads too (``eventwire.words``), and words of a lasting stance.
STANDING_WORDS = REPEATED_ADVERBS | {"always", "long", "consistently", "ever", "previous"}
#: How many words after the trigger are read: "denied charges that the army used chemical weapons in the
#: attacks" names the act in its tenth.
REPLY_REACH = 10
#: How many words before the trigger are read for a standing position ("has long denied").
STANDING_REACH = 3
WORDS_AND_STOPS = re.compile(r"[A-Za-z]+|[;:!?.]")


#: What :func:`reply_kind` calls a denial that answers one act, and one that states a standing position.
ONE_ACT = "one_act"
STANDING = "standing"


def reply_kind(cameo: str | None, trigger: str | None, sentence: str | None) -> str | None:
    """``ONE_ACT`` when the denial's words tie it to one act, ``STANDING`` when they tell a standing position
    ("has long denied", "repeatedly denied", "denied ever seeking"), else None (module docstring). Only for
    ``REPLY_CODES``."""
    if cameo not in REPLY_CODES or not trigger or not sentence:
        return None
    found = re.search(rf"(?<![A-Za-z]){re.escape(trigger)}(?![A-Za-z])", sentence)
    if found is None:
        return None
    told = [w.lower() for w in WORDS_AND_STOPS.findall(trigger)]
    before = [w.lower() for w in WORDS_AND_STOPS.findall(sentence[: found.start()])][-STANDING_REACH:]
    after = told + [w.lower() for w in WORDS_AND_STOPS.findall(sentence[found.end():])]
    if STANDING_WORDS & set(before + after[: len(told) + 2]):
        return STANDING
    clause = []
    for word in after[: len(told) + REPLY_REACH]:
        if word in ";:!?.":
            break
        clause.append(word)
    if DISOWNED & set(clause[: len(told) + 2]) or _named(ONE_ACT_NOUNS, clause) or \
            (ONE_ACT_NOUNS & set(clause) and _named(CHARGE_NOUNS, clause)):
        return ONE_ACT
    return None


def _named(nouns: frozenset[str], words: list[str]) -> bool:
    """Does one of ``nouns`` come right after a definite or demonstrative word ("the attack", "these
    allegations")?"""
    return any(word in nouns and words[i - 1] in DEFINITE for i, word in enumerate(words) if i > 0)
