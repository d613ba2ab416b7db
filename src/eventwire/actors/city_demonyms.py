"""A city's adjective before a place word: "a Damascan suburb town", "a Baghdadi neighbourhood".

The gazetteer knows cities by name, so a place written with its city's adjective named no state, and the
victims of strikes "on a Damascan suburb town" had no country the text gave. The adjective is taken as the
city only before a word for a part of a place: alone it is a person's ("a Parisian designer") or an idiom's
("a Damascene conversion"), and neither says where anything happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention, Resources
from eventwire.actors.regions import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: City adjectives of news usage -> the city's gazetteer name.
CITY_DEMONYMS = {"damascan": "damascus", "damascene": "damascus", "aleppan": "aleppo", "aleppine": "aleppo",
                 "baghdadi": "baghdad", "beiruti": "beirut", "cairene": "cairo", "muscovite": "moscow",
                 "parisian": "paris", "kabuli": "kabul", "homsi": "homs", "tehrani": "tehran"}
#: Words for a part of a place that the adjective may locate.
PLACE_PARTS = {"suburb", "suburbs", "town", "towns", "village", "villages", "neighbourhood", "neighbourhoods",
               "neighborhood", "neighborhoods", "district", "districts", "countryside", "outskirts", "quarter",
               "quarters", "street", "streets", "square"}


def city_adjectives(doc: Doc, covered: list[bool], res: Resources) -> list[Mention]:
    """Place mentions for capitalised city adjectives before a place part, coded with their city's country."""
    out = []
    for token in doc:
        city = CITY_DEMONYMS.get(token.lower_)
        if city is None or covered[token.i] or not token.text[:1].isupper() or token.i + 1 >= len(doc) \
                or doc[token.i + 1].lower_ not in PLACE_PARTS:
            continue
        country = res.cities.get(fold(city))
        if country:
            out.append(Mention(token.i, token.i + 1, "place", code=country, country=country, name=city.title(),
                               form="city", flags=["city", "city_adjective"]))
    return out
