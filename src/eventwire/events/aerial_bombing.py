"""A state's bombing is dropped from the air: CAMEO 195, not 183.

The bare noun "bombing" is coded 183 (conduct suicide, car, or other non-military bombing): CAMEO defines
183 as the use of explosive devices outside of military engagements, the bombs that groups plant ("the
bombing of a police barracks", claimed by an armed group). Its usage note sends aerial bombings to 195
(employ aerial weapons). When the one doing the bombing is a state or its government or forces ("Russian
bombing", "the regime's bombing of Aleppo", "Russian and Syrian planes intensified their bombing"), the bombs
are its air force's: armies drop bombs, they do not plant them, and left at 183 such reports counted as
terrorist bombings. A bombing of an airliner or a flight stays 183: that is a bomb planted on board, whoever
is blamed for it; so does a bombing named after the place or capital where it went off ("the Bali bombing").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Actor

NON_MILITARY_BOMBING = "183"
AERIAL_CODE = "195"
#: Trigger words of a bombing told as a noun.
BOMBING_NOUNS = frozenset({"bombing", "bombings"})
#: Sectors of a state acting as a state: the bare state, its government, its armed forces.
STATE_SECTORS = frozenset({"", "GOV", "MIL"})
#: What a bomb planted on board destroys: "the bombing of [flight] 103".
AIRCRAFT_NOUNS = frozenset({"flight", "airliner", "plane", "aircraft", "jet", "jetliner", "airplane"})


def state_bombing(cameo: str, trigger: Token, source: Actor) -> bool:
    """True when a non-military bombing (183) told by the noun "bombing" is done by a state, its government
    or its forces, and is not the bombing of an aircraft."""
    if cameo != NON_MILITARY_BOMBING or trigger.lower_ not in BOMBING_NOUNS:
        return False
    if not source.country or not source.code or source.sector not in STATE_SECTORS:
        return False
    if source.kind == "place" or "capital" in source.flags:
        return False  # "the Bali bombing", "the Moscow bombing": where it went off, not who dropped it
    return _named_on_it(trigger, source) and not any(_aircraft(word) for word in _bombed(trigger))


def _named_on_it(trigger: Token, source: Actor) -> bool:
    """The state is the bombing's own doer: a modifier ("[Russian] bombing", "[regime] bombing"), a possessor
    ("[their] bombing", its antecedent found by the roles), or the "by" phrase ("bombing by [Russian jets]").
    A state named elsewhere in the sentence is no doer: in "Indonesia tightened security after the bombing"
    it is the one that suffered it."""
    for child in trigger.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            return True
        if child.dep_ in ("amod", "compound", "poss", "nmod", "agent") or (
                child.dep_ == "prep" and child.lower_ == "by"):
            words = list(child.subtree)
            if words[0].idx < source.span.end and source.span.start < words[-1].idx + len(words[-1]):
                return True
    return False


def _bombed(trigger: Token) -> list[Token]:
    """What the bombing is "of", "on" or "against": "the bombing [of] Pan Am flight 103"."""
    return [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("of", "on", "against")
            for o in p.children if o.dep_ == "pobj"]


def _aircraft(word: Token) -> bool:
    return word.lemma_.lower() in AIRCRAFT_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in AIRCRAFT_NOUNS for c in word.children)
