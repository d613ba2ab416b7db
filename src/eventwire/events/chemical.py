"""A strike that released poison gas is a chemical attack (CAMEO 2041), not a plain air strike (195).

The mass-violence patterns take "chemical attack" and "used chemical weapons", whose words sit in the
trigger's own phrase. A report often tells the weapon in a clause of its own: "a warplane carried out
strikes [that released toxic gas]", "shells [filled with] chlorine", "bombed the town [with] sarin",
"targeted the town with shells [that contained] toxic gases". Only
the text's own chemical words count (toxic or poison gas, sarin, chlorine, nerve or mustard agent, chemical
weapons); a strike on a gas plant or a tear-gas volley is no chemical attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.roots import FORCE_ROOTS  # the roots of force that a chemical clause turns into 2041

CHEMICAL_CODE = "2041"
#: Verbs of a clause telling what a strike let loose: "strikes that [released] toxic gas".
RELEASE_VERBS = frozenset({"release", "spread", "emit", "unleash", "contain", "carry", "fill", "disperse", "leak"})
#: Agents named alone.
AGENT_NOUNS = frozenset({"sarin", "chlorine", "vx", "tabun", "soman", "phosgene"})
#: Carrier nouns that need a chemical modifier ("toxic [gas]", "chemical [weapons]", "nerve [agent]").
CARRIER_NOUNS = frozenset({"gas", "agent", "weapon", "substance", "chemical", "munition"})
CHEMICAL_MODIFIERS = frozenset({"toxic", "poison", "poisonous", "chemical", "nerve", "mustard", "sarin",
                                "chlorine"})


def chemical_strike(cameo: str, words: list[Token]) -> bool:
    """True when a code of force rests on a strike word (the trigger or its required object, in ``words``)
    whose clause of release or "with" phrase names a chemical agent."""
    if cameo[:2] not in FORCE_ROOTS:
        return False
    return any(_chemical(agent) for word in words for agent in _released(word))


def _released(word: Token) -> list[Token]:
    """What a strike word let loose: the object of its release clause, or its "with" phrase's object."""
    found: list[Token] = []
    for child in word.children:
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in RELEASE_VERBS:
            found.extend(c for c in child.children if c.dep_ in ("dobj", "nsubjpass"))
            found.extend(g for p in child.children if p.dep_ == "prep" and p.lower_ == "with"
                         for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "with":
            weapons = [c for c in child.children if c.dep_ == "pobj"]
            found.extend(weapons)
            # the weapon's own release clause: "targeted the town with shells [that contained] toxic gases"
            found.extend(agent for weapon in weapons for agent in _released(weapon))
    return [t for agent in found for t in (agent, *(c for c in agent.children if c.dep_ == "conj"))]


def _chemical(agent: Token) -> bool:
    """An agent by name ("sarin"), or a carrier with a chemical word ("toxic gas"): never bare "gas"."""
    lemma = agent.lemma_.lower()
    if lemma in AGENT_NOUNS:
        return True
    return lemma in CARRIER_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in CHEMICAL_MODIFIERS for c in agent.children)
