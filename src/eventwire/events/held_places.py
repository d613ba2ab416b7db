"""A place of war named by who holds it is struck as its holder: "bombed [rebel]-held Idlib" hits the rebels.

Why a module of its own: in war reporting a town or province is named by the side that holds it ("the
opposition-held district", "government-held western Aleppo", "rebel-controlled Douma"), and the strike,
siege or offensive on it is aimed at that side. CAMEO codes the target as the holder (SYRREB, SYRGOV), not the
place's state (SYR), which tells nothing of whom the force was used against. A common noun of land already
took its holder ("the rebel-held [town]": ``arguments.actor_for`` reads the noun's modifiers), but a place with
a name of its own ("opposition-held [Idlib]") is an actor itself and so hid the holder behind it.

Kept to what the text says: the holder is the word written right before "-held/-controlled/-run" inside the
place's own phrase; it is put before the place in the cascade, so when the dictionaries cannot code it
("[IS]-held Mosul" where "IS" is no actor) the place stays the target as before. Only acts of force (roots
18-20): aid sent to a held town is for the people there, not for its holders. "Besieged" is no holding word
here: the "regime-besieged town" is held by the other side. An act launched to take ground ("an offensive to
retake rebel-held eastern Aleppo", "... from rebel groups") is aimed the same way, at the side the ground would
be taken from (``held_ground_sought``); ground with no holder named gives no target.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.recipients import HOLDING_PARTICIPLES
from eventwire.events.seized_places import PLACE_ENTITIES
from eventwire.events.voice import has_to_marker
from eventwire.roots import MATERIAL_CONFLICT_ROOTS
from eventwire.words import HYPHENS

#: Participles after a hyphen that say who holds a place ("rebel-held", "regime-controlled", "militia-run"); the
#: besieger of a town is not its holder.
HOLDING_WORDS = HOLDING_PARTICIPLES - {"besieged"}


def _holds(word: Token, before: Token) -> bool:
    """``word`` is written as a holder, right before "-held/-controlled/-run", all inside the phrase that ends
    at ``before``: "[rebel]-held eastern Aleppo"."""
    doc = word.doc
    return word.i + 2 < before.i and doc[word.i + 1].text in HYPHENS and doc[word.i + 2].lower_ in HOLDING_WORDS


def holder_word(place: Token) -> Token | None:
    """The word before "-held" in the phrase of a place named by its name: "[rebel]-held eastern Aleppo",
    "[opposition]-held Idlib province"; none when the phrase names no holder, or when the place is only a common
    noun ("a rebel-held neighbourhood"), which the actors stage reads itself (its holder through
    ``arguments.actor_for``, or the people living there where it codes the noun so)."""
    doc = place.doc
    for word in doc[place.left_edge.i : place.i]:
        if _holds(word, place) and word.pos_ in ("NOUN", "PROPN") and _named(doc[word.i + 3 : place.i + 1]):
            return word
    return None


#: Verbs of taking ground whose purpose infinitive on an act of force says what the act is for ("an offensive to
#: [retake] X").
TAKING_VERBS = frozenset({"take", "retake", "retook", "capture", "recapture", "seize", "regain", "reclaim", "wrest",
                          "liberate"})  # "retook": the tagger's lemma of it


def held_ground_sought(act: Token) -> list[Token]:
    """Who holds the ground an act of force is launched to take: "an offensive to retake [rebel]-held eastern
    Aleppo", "an operation to recapture the city from [IS]". The act is aimed at the side it would take the
    ground from; ground with no holder named ("an offensive to retake the city") names no side, and is left out
    (the place is where, not whom)."""
    found: list[Token] = []
    for clause in act.children:
        if clause.dep_ != "acl" or clause.lemma_.lower() not in TAKING_VERBS or not has_to_marker(clause):
            continue
        found += [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "from"
                  for o in p.children if o.dep_ == "pobj"]
        found += [w for o in clause.children if o.dep_ == "dobj" for w in (_holder_before(o),) if w is not None]
    return found


def _holder_before(ground: Token) -> Token | None:
    """The word before "-held" anywhere in the ground's phrase, named place or not."""
    return next((w for w in ground.doc[ground.left_edge.i : ground.i] if _holds(w, ground)), None)


def _named(words: Span) -> bool:
    """The words after "-held" up to the place's head hold a name ("eastern [Aleppo]", "[Idlib] province")."""
    return any(w.pos_ == "PROPN" or w.ent_type_ in PLACE_ENTITIES for w in words)


def holders_first(cameo: str, targets: list[Token]) -> list[Token]:
    """The targets of an act of force with each held place's holder put right before the place."""
    if cameo[:2] not in MATERIAL_CONFLICT_ROOTS:
        return targets
    out: list[Token] = []
    for target in targets:
        holder = holder_word(target)
        if holder is not None and all(holder.i != t.i for t in out):
            out.append(holder)
        out.append(target)
    return out
