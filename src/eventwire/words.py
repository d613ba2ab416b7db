"""Function words and adverbs that stages on both sides of the store read.

Why a module of its own: the time stage reads these words on a parse, the incident linker on stored
sentences without one. Kept here, free of spaCy, so that linking stored rows never loads the parser and
the two readings cannot drift apart.
"""

from __future__ import annotations

#: Determiners that point back to a thing or a happening already told: "[the] airstrike", "[that] attack".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Adverbs that say an act was done again and again: "has [repeatedly] denied", "[routinely] shells the town".
REPEATED_ADVERBS = frozenset({
    "repeatedly", "regularly", "routinely", "frequently", "habitually", "continually", "constantly", "persistently",
})
