"""Regions of states: "Borno State", "Helmand province", "County Kerry", "Fulton County, Ga.".

Why a table of its own: the city gazetteer holds cities and towns, while news
places much of what happens in a state's provinces, states and counties. Their
names come from ISO 3166-2 (``pycountry.subdivisions``, offline). A region's
name codes its country only where the text says it is a region (a place word
beside it: "Borno State", "the province of Helmand"), since many such names are
also people's names ("Kerry") or words. On their own they still tell which
country a story is set in, which decides between namesake cities
("Wellington, Somerset" is England's town, not New Zealand's capital; see
``shared_names``).

Left out: names several countries use ("Punjab", "Central"), names of a
country or of a big city of another country ("Georgia", "Victoria"), and
names shorter than four letters.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Arabic articles that news often drops ("Al Anbar" is "Anbar province").
ARTICLES = ("al ", "al-", "ad ", "ar ", "as ", "ash ", "at ", "an ", "az ")
#: Shortest region name that may code a country.
MIN_LENGTH = 4
#: Words that name a part of any state: a region named by them alone ("North", "Far North", "Upper East") is
#: no one country's in the text ("North District" of Israel is no Cameroonian "North" region).
GENERIC_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "centre", "center", "upper", "lower", "middle", "far", "coast", "coastal", "lakes", "lake",
                 "river", "plateau", "valley", "islands", "island", "capital", "nord", "sud", "est", "ouest"}
#: The U.S. postal style that follows a town: "Smyrna, Ga.", "Fulton County, Calif." (AP abbreviations).
US_STATE_ABBREVIATIONS = {
    "ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "kans.",
    "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.",
    "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "vt.", "va.",
    "wash.", "w.va.", "wis.", "wyo.", "d.c."}


def fold(name: str) -> str:
    """Lower case without accents: "Kandahār" and "Kandahar" are one key."""
    return unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode("ascii")


def region_names(cities: dict[str, str], state_words: set[str]) -> dict[str, str]:
    """Folded region name -> ISO3, for the names of one country only (see the module docstring).

    ``cities``: folded city name -> ISO3 of the big cities; ``state_words``: folded names and adjectives of
    the dictionary's states."""
    import pycountry

    found: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=region.country_code)
        if country is None:
            continue
        for key in _keys(region.name):
            found.setdefault(key, set()).add(country.alpha_3)
    out = {}
    for key, countries in found.items():
        if len(countries) != 1 or len(key) < MIN_LENGTH or key in state_words or \
                set(key.replace("-", " ").split()) <= GENERIC_WORDS:
            continue
        country = next(iter(countries))
        if cities.get(key, country) != country:
            continue  # "Victoria" is also Canada's city
        out[key] = country
    return out


def _keys(name: str) -> set[str]:
    """The ISO name folded, and without a leading Arabic article ("Al Anbār" -> "anbar")."""
    key = fold(name.split(",")[0].split("(")[0].strip())
    keys = {key}
    for article in ARTICLES:
        if key.startswith(article):
            keys.add(key[len(article):])
    return keys


def regions_in(doc: Doc, regions: dict[str, str], towns: dict[str, tuple[int, str]]) -> list[tuple[int, str]]:
    """(token index, ISO3) of region names written in the text as proper nouns, outside people's names
    ("Avon and Somerset Police", "in Somerset"; not "John Kerry"). A region that is also a town of its own
    country ("London", "Tokyo", "Edinburgh") counts as the city it mostly names, not as a region."""
    if not regions:
        return []
    out = []
    for token in doc:
        if not _proper(token):
            continue
        for length in (3, 2, 1):
            words = doc[token.i : token.i + length]
            if len(words) == length and all(_proper(t) for t in words):
                key = fold(words.text)
                country = regions.get(key)
                if country is not None:
                    if towns.get(key, (0, None))[1] != country:
                        out.append((token.i, country))
                    break
    return out


def _proper(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.pos_ == "PROPN" and token.ent_type_ != "PERSON"


def postal_state(doc: Doc) -> bool:
    """A U.S. postal style place anywhere in the text: "Fulton County, Ga.", "Smyrna, Ga."."""
    return any(token.lower_ in US_STATE_ABBREVIATIONS and token.i >= 2 and doc[token.i - 1].text == ","
               and doc[token.i - 2].text[:1].isupper() for token in doc)
