"""The dateline city of a story written wholly in lower case: "patna: police arrested one person ...".

Why a module of its own: names match only where the text writes a capital letter (``match._case_ok``), so
that "reading", "mobile" or "nice" are never cities. Some sources lower-case whole stories; there no name
matches, and every police officer, court and victim of the story stays of unknown country (the sector
alone, ``bare_sectors.py``), though the story opens by saying where it was filed. The dateline is the one
place such a text names with a form that says it is a place: the story's first words, closed by a colon.
Read there only, and only for a city of 100,000 people or more (``Resources.cities``), it gives the
story's country as a capitalised dateline ("PATNA: ...") does. Like a place before "-based" it is flagged
``based_in``: it tells the story's country, but the events stage never takes it for a doer ("mumbai: a
leader had sought ..." is no act of Mumbai's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.bare_sectors import NO_COUNTRY_FOUND
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.shared_names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Words a dateline city may have ("new delhi", "navi mumbai"); longer runs before a colon are no dateline.
MAX_DATELINE_WORDS = 3
#: How far into the text the capitals are looked for: a story lower-cased by its source has none there.
OPENING_CHARS = 400


def uncased_dateline(doc: Doc, covered: list[bool], res: Resources) -> list[Mention]:
    """A place mention for the dateline city of a text with no capital letter in its opening, else none."""
    if not len(doc) or any(c.isupper() for c in doc.text[:OPENING_CHARS]):
        return []
    first = 0
    while first < len(doc) and doc[first].is_space:
        first += 1
    colon = next((t.i for t in doc[first : first + MAX_DATELINE_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon == first or any(covered[first:colon]) or \
            not all(t.is_alpha for t in doc[first:colon]):
        return []
    name = doc[first:colon].text
    iso3 = res.cities.get(fold(name))
    if iso3 is None:
        return []
    return [Mention(first, colon, "place", code=iso3, country=iso3, name=name, form="ent",
                    flags=["city", "uncased_dateline", "based_in"])]


def dateline_country(mentions: list[Mention]) -> None:
    """Role words whose country no other source gave (marked ``NO_COUNTRY_FOUND`` by ``context_countries``)
    take the country of an uncased story's dateline city when the story names no place or state of another
    country: the source lower-cased a local report ("patna: ... the police arrested one person"), and the
    dateline is where it is set, as a capitalised dateline is for such words through the usual cascade.
    Runs before ``bare_sectors``, which would code them by their sector alone."""
    dateline = next((m for m in mentions if "uncased_dateline" in m.flags), None)
    if dateline is None or any(m.country and m.country != dateline.country for m in mentions
                               if m.kind in ("state", "place")):
        return
    for mention in mentions:
        if NO_COUNTRY_FOUND in mention.flags and not mention.code and not mention.country and mention.sector:
            mention.flags.remove(NO_COUNTRY_FOUND)
            mention.country = dateline.country
            mention.code = dateline.country + mention.sector
            mention.flags.append("country_from_dateline")
