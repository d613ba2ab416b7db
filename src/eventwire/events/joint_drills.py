"""Military exercises held by two or more parties together are cooperation, not a show of force.

PLOVER codes joint military operations as COOPERATE (CAMEO 062) and only a
single country's exercises as MOBILIZE (150). "Joint" or "with X" already
picks the cooperation pattern; this module covers exercises whose stagers are
coordinated: "X and Y launched war games", "the drill was staged by X and Y".
The reciprocal pair then comes from the symmetric cooperation pattern.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from eventwire.events.matching import Match
    from eventwire.events.patterns import PatternIndex

POSTURE_ROOT = "15"
COOPERATION_ROOT = "06"


def _stagers(trigger: Token) -> Token | None:
    """The first party that holds the exercise: the light verb's subject, or the passive's agent."""
    head = trigger.head
    if head.pos_ not in ("VERB", "AUX") or head is trigger:
        return None
    if trigger.dep_ == "dobj":
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if trigger.dep_ == "nsubjpass":
        agent = next((c for c in head.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return None


def _coordinated(party: Token) -> bool:
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in party.children)


def joint_exercises(best: dict[int, Match], index: PatternIndex) -> None:
    """Recode, in place, an exercise staged by coordinated parties as the symmetric joint-exercise pattern."""
    for match in best.values():
        trigger = match.trigger
        if match.pattern.cameo[:2] != POSTURE_ROOT or match.pattern.pos != "noun":
            continue
        party = _stagers(trigger)
        if party is None or not _coordinated(party):
            continue
        joint = next((p for p in index.candidates("noun", trigger.lemma_.lower())
                      if p.cameo[:2] == COOPERATION_ROOT and p.symmetric), None)
        if joint is not None:
            match.pattern = joint
