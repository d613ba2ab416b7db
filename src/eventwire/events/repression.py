"""Force used on protesters by the state's police or troops is violent repression (CAMEO 175), not an assault.

CAMEO 1.1b3 175 "use tactics of violent repression" is the state's force against its own public, and the
manual's own example is security forces firing on demonstrators. So "police fired tear gas at the
protesters", "troops clashed with demonstrators" and "security forces killed 60 protesters" are 175, the
act of one side only (a clash told this way is police force on a crowd, not two armies fighting).

Both sides are read from the words, so that nothing else moves: the doer is a state organ of force
(police, the military, the security services, or the government that commands them) and the target's head
noun is one of the crowd nouns of :mod:`eventwire.events.riots` (protesters, demonstrators, rioters ...).
"Rebels attacked the protesters" keeps its 190: armed opponents are not the state; and "a guard pointed a gun
at the demonstrators" keeps its 180: one member's act is his assault, not the force's tactics.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.riots import PROTESTER_NOUNS
from eventwire.model import Actor
from eventwire.roots import FORCE_ROOTS, REPRESSION_CODE

__all__ = ["FORCE_ORGANS", "REPRESSION_CODE", "repressed_crowd"]
#: Sectors of the state's organs of force: police, the military, the security services, the government.
FORCE_ORGANS = frozenset({"COP", "MIL", "SPY", "GOV"})


def repressed_crowd(cameo: str, source: tuple[Token, Actor], target: tuple[Token, Actor] | None) -> bool:
    """ "[police] fired tear gas at [protesters]", "[troops] clashed with [demonstrators]": repression (175)."""
    source_word, actor = source
    if cameo[:2] not in FORCE_ROOTS or target is None or actor.sector not in FORCE_ORGANS:
        return False
    if _lone_member(source_word):
        return False
    target_word = target[0]
    return target_word is not None and target_word.lemma_.lower() in PROTESTER_NOUNS


def _lone_member(word: Token) -> bool:
    """ "[a guard] pointed a gun at the demonstrators", "[one officer] shot ...": one man's assault (18x), not
    the tactics of a state's force."""
    return word.tag_ == "NN" and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")
                                     for c in word.children)
