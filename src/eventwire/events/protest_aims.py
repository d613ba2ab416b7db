"""What a protest is held for is part of the protest, not a second event.

CAMEO 1.1b3 codes the aim of a protest inside the protest code: "demonstrate
for leadership change" is 1411, "conduct strike for policy change" 1432, and
so on for every protest form (141-145, leaves 1-4). PLOVER says the same in
its own words: the topic of a protest, typically a request, is not coded as a
separate event. So "teachers marched to demand the minister's resignation" is
one event, 1411, not a march (141) and a demand (1041) side by side.

Only a demand or appeal in an infinitive of purpose that hangs on the protest
counts ("went on strike [to demand]", "a strike [to demand]", "took to the
streets [to call for]"). A demand made beside the protest ("marched and
demanded", "said they would march until their demand is met") is an act of
its own and stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.voice import has_to_marker

if TYPE_CHECKING:
    from eventwire.events.matching import Match

PROTEST_ROOT = "14"
#: Requests that can be a protest's aim: appeals (02) and demands (10).
AIM_ROOTS = frozenset({"02", "10"})
#: Protest forms whose CAMEO leaves name the aim (1411 ... 1454).
AIMED_FORMS = frozenset({"141", "142", "143", "144", "145"})
#: The aim's leaf digit: leadership change, policy change, rights, institutions or regime.
AIM_LEAVES: dict[str, str] = {
    "1041": "1", "1042": "2", "1043": "3", "1044": "4",
    "0241": "1", "0242": "2", "0243": "3", "0244": "4",
}
#: Aims whose target is not whom the protest is held against: "to demand the release of [the hostages]".
NO_TARGET_AIMS = frozenset({"0253", "1053"})
#: How a purpose clause hangs on its protest: on a verb ("marched [to demand]"), on a noun ("a strike [to demand]").
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})


def _purpose_of(aim: Token) -> Token | None:
    """The word whose purpose ``aim`` states: "marched ... [to] demand" -> marched; else None."""
    if aim.dep_ not in PURPOSE_DEPS or aim.head.i == aim.i:
        return None
    if not has_to_marker(aim):
        return None
    return aim.head


def _protest_of(head: Token | None, best: dict[int, Match]) -> Match | None:
    """The protest matched at ``head``, at the protest noun of a light verb ("staged a [strike] to demand"), or at
    the verb a prepositional phrase hangs on ("[took] to the streets in a strike to demand")."""
    if head is None:
        return None
    words = [head, *(c for c in head.children if c.dep_ == "dobj")]
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        words.append(head.head.head)
    for word in words:
        match = best.get(word.i)
        if match is not None and match.pattern.cameo[:2] == PROTEST_ROOT:
            return match
    return None


def protest_aims(best: dict[int, Match]) -> None:
    """Fold each protest's aim into it, in place: the aim's match points at the protest (``aim_of``).

    The protest takes the aim's leaf where CAMEO has one ("to demand the resignation": 1411); the coder
    codes no event for the aim, but lends its target to the protest ("to demand [the minister's]
    resignation": the minister is the protest's target). Where the protest itself is not coded (a
    complement swallowed it: "threatened to march"), the aim stays a request of its own.
    """
    for aim in best.values():
        if aim.pattern.cameo[:2] not in AIM_ROOTS:
            continue
        protest = _protest_of(_purpose_of(aim.trigger), best)
        if protest is None:
            continue
        aim.aim_of = protest.trigger
        leaf = AIM_LEAVES.get(aim.pattern.cameo)
        form = protest.pattern.cameo
        if leaf and form in AIMED_FORMS:
            protest.pattern = replace(protest.pattern, cameo=form + leaf)


def lends_target(aim: Match) -> bool:
    """Whether the protest takes the aim's target: not the persons whose release is asked for."""
    return aim.pattern.cameo not in NO_TARGET_AIMS
