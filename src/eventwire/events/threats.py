"""When an intended act of pressure is a threat, and when only a plan.

CAMEO codes an announced coercive act as a threat: "will extend the curfew"
is 1323, "said they would boycott the vote" 133; the announcement itself is
the pressure. A plan that someone is reported to have or pursue ("planned to
sign the bill and declare a national emergency", "intends to impose martial
law", "sought to quell the uproar", "plans to hold a rally there") is no
announcement held over anyone: it is the act itself with modality
``intended``, so that it meets the report of the act done (1724) instead of
standing apart as a THREATEN event. It is still a threat when it names whom it
is aimed at (other than the doer's own state as the place), or sets a condition
("unless the strikers return").

Only protest, reduced relations and coercion are read so (roots 14, 16, 17): a
planned act of force ("plans to attack Israel") is coded as the threat, as
CAMEO codes it. Not force that is only prepared, tried, plotted, put to
a vote, authorised or debated, or a plan told as a noun ("was developing
[plans] to attack", "were preparing to attack", "voted to authorise strikes"):
nothing is announced to anyone there, so it is the act of force with modality
``intended``, no threat (138x), unless someone announces it ("announced plans
to attack").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.modality import governing_chain
from eventwire.model import Actor
from eventwire.roots import MATERIAL_CONFLICT_ROOTS

#: Roots whose intended acts are plans unless held over someone: protest, reduce relations, coerce.
PLANNED_MEASURE_ROOTS = frozenset({"14", "16", "17"})
#: Verbs of pursuing an aim: what they govern is a plan, not an announcement.
PLANNING_VERBS = frozenset({
    "plan", "intend", "seek", "try", "attempt", "aim", "prepare", "hope", "want", "decide", "mean", "wish",
})
#: Nouns of a plan: "announced plans to declare an emergency".
PLANNING_NOUNS = frozenset({"plan", "intention", "intent", "preparation", "bid", "effort", "attempt"})
#: Verbs that govern an act of force without announcing it to anyone.
UNANNOUNCED_FORCE_VERBS = frozenset({
    "prepare", "try", "attempt", "plot", "conspire", "authorize", "authorise", "approve", "vote", "debate",
})
#: Nouns of a plan or a decision on force that is told of, not announced.
UNANNOUNCED_FORCE_NOUNS = frozenset({
    "plan", "preparation", "plot", "approval", "authorization", "authorisation", "vote", "debate",
})
#: Verbs by which a plan is made known: an announced plan of force is a threat.
ANNOUNCING_VERBS = frozenset({"announce", "declare", "unveil", "vow", "pledge", "promise", "warn"})
#: Subordinators of a condition the other side must meet.
CONDITION_MARKS = frozenset({"if", "unless", "until"})


def held_over(cameo: str, trigger: Token, source: Actor, target: Actor | None) -> bool:
    """Whether the intended act ``cameo`` is a threat (see module docstring): always for roots outside
    ``PLANNED_MEASURE_ROOTS``, except force only prepared, authorised or debated; else unless it is a plan,
    aimed at no one, with no condition."""
    if cameo[:2] in MATERIAL_CONFLICT_ROOTS:  # force: a threat unless only prepared, authorised or debated
        return not _unannounced_force(trigger)
    if cameo[:2] not in PLANNED_MEASURE_ROOTS:
        return True
    if target is not None and not _own_state(source, target):
        return True
    chain = governing_chain(trigger)
    if any(_condition(token) for token, _ in chain):
        return True
    return not any(_planning(token) for token, takes in chain[1:] if takes)


def _unannounced_force(trigger: Token) -> bool:
    """ "were [preparing] to attack", "developing [plans] to attack", "voted to [authorise] strikes": force
    governed by preparing, trying, voting or a plan noun, with no verb of announcing or condition above it."""
    chain = governing_chain(trigger)
    if any(token.lemma_.lower() in ANNOUNCING_VERBS or _condition(token) for token, _ in chain):
        return False
    return any(_unannounced(token) for token, takes in chain[1:] if takes)


def _unannounced(governor: Token) -> bool:
    lemma = governor.lemma_.lower()
    if governor.pos_ in ("VERB", "AUX"):
        return lemma in UNANNOUNCED_FORCE_VERBS
    return governor.pos_ == "NOUN" and lemma in UNANNOUNCED_FORCE_NOUNS


def _planning(governor: Token) -> bool:
    lemma = governor.lemma_.lower()
    if governor.pos_ in ("VERB", "AUX"):
        return lemma in PLANNING_VERBS
    return governor.pos_ == "NOUN" and lemma in PLANNING_NOUNS


def _own_state(source: Actor, target: Actor) -> bool:
    """ "plans to declare an emergency [in the capital]": the doer's own state, named as the place, is no one
    the plan is held over."""
    code = target.code or ""
    own = source.home
    return len(code) == 3 and code == own


def _condition(clause: Token) -> bool:
    return any(child.dep_ == "advcl" and any(
        mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS for mark in child.children)
        for child in clause.children)
