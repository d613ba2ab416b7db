"""The nouns of a named area: "Idlib province", "the town of Maaret al-Numan", "the state of Texas".

Why a module of its own: two stages ask whether a name is a place by the area noun it stands with.
The places stage locates an event there ("in the northern city of Thessaloniki"), and the actors stage
keeps the striker's country from victims harmed in a place it cannot code ("on the town of Hass"). One
word list and one reading of "the <area> of X" keep the two from drifting apart.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of an area a name stands for: after the name ("Idlib province", "Homs city") or before it
#: with "of" ("the town of X", "the Yarmouk camp" told as "the camp of X", "the state of Texas").
AREA_NOUNS = frozenset({
    "province", "governorate", "region", "district", "state", "county", "city", "town", "village",
    "department", "prefecture", "oblast", "municipality", "area",
    "neighborhood", "neighbourhood", "suburb", "camp",
})  # fmt: skip


def area_named(token: Token) -> Token | None:
    """The area noun of "the town of X" when ``token`` is X (the object of "of" after an area noun), else None.

    The noun's lemma is read, so "the towns of X and Y" counts as "the town of X".
    """
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    area = token.head.head
    return area if area.lemma_.lower() in AREA_NOUNS else None
