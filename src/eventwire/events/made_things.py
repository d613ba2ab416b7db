"""What an act sets out to make is no one it is aimed at: "agreed to [set up] a company", "to [form] a government".

A pattern that consumes a complement ("agreed to ...", "pledged to ...") looks for its target in the
complement's object ("threatened to shell [Haifa]"). When the complement's verb makes something, its object is
the thing made: a body the source founds ("agreed to set up a transport company" is not aimed at a company;
"Hamas agreed to form a unity government with Fatah" is aimed at Fatah, not at a government), and the actors
stage may still code it from a role word and a country in context ("company" -> DEUBUS). Whom the thing is
made with, or where, stays readable from the prepositions on the verb and on the thing, so only the object
itself is left out.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs whose object is a thing they bring into being (a body, a force, a building), not someone acted on.
MAKING_VERBS = frozenset({"establish", "create", "form", "found", "build", "construct", "forge", "assemble"})
#: Verbs that make a thing only with their particle: "[set up] a company".
MAKING_PHRASAL_VERBS = frozenset({("set", "up")})


def makes_its_object(verb: Token) -> bool:
    """Whether ``verb`` brings its object into being: "establish", "form", "set up" (not "set" alone)."""
    lemma = verb.lemma_.lower()
    if lemma in MAKING_VERBS:
        return True
    return any((lemma, c.lower_) in MAKING_PHRASAL_VERBS for c in verb.children if c.dep_ == "prt")
