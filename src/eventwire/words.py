"""Function words, adverbs and a few noun classes that more than one stage reads.

Why a module of its own: the time stage reads these words on a parse, the incident linker on stored
sentences without one; the actors and events stages both read the war nouns. Kept here, free of spaCy,
so that linking stored rows never loads the parser, no stage imports another to share a list, and the
readings cannot drift apart.
"""

from __future__ import annotations

#: Determiners that point back to a thing or a happening already told: "[the] airstrike", "[that] attack".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Adverbs that say an act was done again and again: "has [repeatedly] denied", "[routinely] shells the town".
REPEATED_ADVERBS = frozenset({
    "repeatedly", "regularly", "routinely", "frequently", "habitually", "continually", "constantly", "persistently",
})
#: Nouns of a war or crisis as a whole: a state named as its owner says where it is fought, not who fights
#: ("[Syria's] civil war has killed 400,000", "the Yemen conflict", "the Syrian crisis").
WAR_NOUNS = frozenset({
    "war", "conflict", "crisis", "insurgency", "unrest", "turmoil", "strife", "bloodshed", "chaos", "violence",
    "fighting", "upheaval",
})
#: The hyphens that join two words into one: a holder to its participle ("rebel[-]held"), two states into one
#: border ("the Turkish[-]Syrian border").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
