"""An army reports its own operations: "Israeli jets carried out raids on Gaza, the military said".

A bare "the military" or "the army" that says what happened took the nearest country of its sentence, and
in a report of a strike that is the place struck ("Gaza" -> PSEMIL), since the striking force's adjective
stands further off. A state's forces announce what their own jets and troops did; so a bare armed-forces
speaker whose report names, as its doer, forces with their country written ("Israeli jets", "Turkish
troops") is those forces' military. A doer of another kind ("Hamas fighters fired rockets, the military
said") says nothing of the speaker, which keeps its other sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.context_guards import REPORTING_VERBS
from eventwire.actors.mention import Mention
from eventwire.actors.refusals import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Sector of the speakers and doers read here: the armed forces.
FORCES = "MIL"


def reported_own_force(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """The country of the armed forces named as the doer of what a bare armed-forces speaker reports, or None."""
    mention = mentions[index]
    if (mention.sector or "")[:3] != FORCES or not doc.has_annotation("DEP"):
        return None
    own = doc[mention.start : mention.end].root
    if own.dep_ not in SUBJECT_DEPS or own.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    doers = {t.i for clause in own.head.children if clause.dep_ == "ccomp" for t in _doers(clause)}
    found = {m.country for m in mentions if m is not mention and m.country and (m.code or "").endswith(FORCES)
             and "country_from_context" not in m.flags and doc[m.start : m.end].root.i in doers}
    return found.pop() if len(found) == 1 else None


def _doers(verb):
    """The active subject of a reported verb, or the "by" agent of a passive one ("were killed by Israeli jets")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            yield child
        elif child.dep_ == "agent":
            yield from (c for c in child.children if c.dep_ == "pobj")
