"""Place mentions in a parsed article: where things happened, not who acted.

A name like "Washington" is a *place* when the text locates something there
("talks in Kazakhstan", "at the Russian embassy in Washington") and an
*actor* when it acts or is acted on ("tensions between Washington and
Moscow", "Russia said"). We keep only the first: an entity counts as a place
when it is the object of a locative preposition (directly or as a conjunct:
"in Syria and Iraq"), a name a "where" clause describes ("entered Mosul,
where …"), a name on a located site ("at a Detroit office building"), or a
dateline ("WASHINGTON —"). A demonym before a
site noun locates the site in that country ("a Syrian air base"), but not an
embassy, which stands in another country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Span, Token

from eventwire.nlp.columns import tokens_with
from eventwire.places.area_words import AREA_NOUNS, area_named
from eventwire.places.gazetteer import Entry, Gazetteer

#: Prepositions that locate their object.
LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "throughout", "around", "within", "into",
            "outside of", "across from", "off", "over", "through", "along"}  # fmt: skip
#: Site nouns a town name before them locates in that town ("at a Detroit office building", "on the Seattle
#: campus", "in a Baghdad market"): the name modifies the site, and the site is where the act took place.
TOWN_SITES = {"campus", "building", "market", "airport", "school", "hospital", "office", "station", "church",
              "mosque", "synagogue", "hotel", "restaurant", "mall", "store", "shop", "factory", "plant",
              "suburb", "neighborhood", "neighbourhood", "street", "square", "park", "stadium", "club", "bar",
              "cafe"}  # fmt: skip
#: Prepositions that locate a *site* (a base, a town) but not a country ("against Russia" is a target).
SITE_PREPS = LOCATIVE | {"on", "against", "toward", "towards"}
#: Motion heads after which "to X" names where the act took place ("a visit to Moscow").
MOTION = {"visit", "trip", "travel", "fly", "go", "arrive", "come", "return", "journey", "tour", "head"}
ENTITY_LABELS = {"GPE", "LOC", "FAC", "ORG"}
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{2,40}?)(?:,\s*[A-Za-z.]+)?\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s")


@dataclass(slots=True)
class PlaceMention:
    """A located place: the entry, its tokens, and the token it hangs from."""

    entry: Entry
    text: str
    start_char: int
    end_char: int
    attach: Token | None
    dateline: bool = False


def find_places(doc: Doc, gazetteer: Gazetteer, context: set[str], text: str | None = None) -> list[PlaceMention]:
    """Every place mention in ``doc``, in text order.

    ``text`` is ``doc.text`` when the caller has it (the article's clean text):
    spaCy rebuilds ``doc.text`` from every token on each read (issue 9).
    """
    found = [m for m in (_entity_place(ent, gazetteer, context) for ent in doc.ents) if m is not None]
    taken = {(m.start_char, m.end_char) for m in found}
    for mention in _proper_noun_places(doc, gazetteer, context):
        if not any(s <= mention.start_char < e for s, e in taken):
            found.append(mention)
            taken.add((mention.start_char, mention.end_char))
    for mention in _demonym_sites(doc, gazetteer):
        if not any(s <= mention.start_char < e for s, e in taken):
            found.append(mention)
    dateline = _dateline(doc.text if text is None else text, gazetteer, context)
    if dateline is not None and not any(m.start_char == dateline.start_char for m in found):
        found.append(dateline)
    return sorted(found, key=lambda m: m.start_char)


def text_countries(doc: Doc, gazetteer: Gazetteer) -> set[str]:
    """Countries the text names or implies by demonym: context for ambiguous towns.

    Why beside the actors' countries: a local report names its country once
    ("Salvadoran troops", "in El Salvador") while its towns share names with
    bigger ones abroad (Santa Ana, California vs Santa Ana, El Salvador).
    """
    countries: set[str] = set()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC", "NORP"):
            if ent.text in gazetteer.demonyms:
                countries.add(gazetteer.demonyms[ent.text])
                continue
            entry = next((e for e in gazetteer.lookup(ent.text) if e.kind == "country"), None)
            if entry is not None and entry.country:
                countries.add(entry.country)
    return countries


def _town_site(name: Token) -> Token | None:
    """The preposition locating the site a town name modifies ("at a Detroit office building"), if any.

    The name may modify the site through other nouns of a compound ("Detroit office building"). "On"
    locates a site ("on the campus") though not a country, so it counts here as well. Only a site in
    lower case: "Beaumont Hospital" and "University Hospital" are names, not a hospital in a town.
    """
    head = name.head
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    if head.lower_ not in TOWN_SITES or not head.text.islower() or head.dep_ != "pobj":
        return None  # a capitalised site is an institution's name: "Beaumont Hospital" is in no town Beaumont
    prep = head.head
    return prep if prep.lower_ in LOCATIVE or prep.lower_ == "on" else None


def locative_preposition(token: Token) -> Token | None:
    """The preposition that locates ``token`` (an entity root), if any."""
    current = token
    while current.dep_ in ("conj", "appos") and current.head is not current:
        current = current.head
    if current.dep_ == "compound" and current.head.lower_ in AREA_NOUNS:
        current = current.head  # "in Idlib province"
    if current.dep_ == "compound" and (site := _town_site(current)) is not None:
        return site  # "at a Detroit office building", "on the Seattle campus"
    if (area := area_named(current)) is not None:
        current = area  # "in the northern city of Thessaloniki"
    if current.dep_ != "pobj":
        return None
    prep = current.head
    word = prep.lower_
    if word in LOCATIVE:
        return prep
    if word == "to" and (prep.head.lemma_.lower() in MOTION or described_by_where(token)):
        return prep  # "a visit to Moscow"; "the fighting spread to Mosul, where …"
    return None


def is_where_clause(token: Token) -> bool:
    """Is ``token`` the head of a "where" relative clause ("Mosul, [where troops attacked]")?"""
    return token.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in token.children)


def described_by_where(token: Token) -> bool:
    """Does a "where" relative clause hang on ``token`` ("fled to Mosul, where troops attacked …")?

    The relative clause itself says the name is a place where something happened.
    """
    return any(is_where_clause(child) for child in token.children)


def named_where(token: Token) -> bool:
    """Is ``token`` a name a "where" clause describes, whatever its role ("entered Mosul, where …";
    "other areas of Eastern Ghouta where …")?

    Why: the clause says the name is where something happened, so it is a place
    even as an object, where an actor reading would otherwise win.
    """
    if token.ent_type_ in ("DATE", "TIME"):
        return False  # "unrest since mid-March where …": the clause hangs on a time, not a town
    if described_by_where(token):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and described_by_where(token.head.head)


def _entity_place(ent: Span, gazetteer: Gazetteer, context: set[str]) -> PlaceMention | None:
    if ent.label_ not in ENTITY_LABELS:
        return None
    if locative_preposition(ent.root) is None and not named_where(ent.root):
        return None
    # "in Idlib province": the entity names the region its head noun is.
    head = ent.root.head
    if ent.root.dep_ == "compound" and head.lower_ in AREA_NOUNS:
        entry = gazetteer.resolve(f"{ent.text} {head.text}", context)
        if entry is not None:
            return PlaceMention(entry, f"{ent.text} {head.text}", ent.start_char, head.idx + len(head), head)
    entry = gazetteer.resolve(ent.text, context)
    if entry is None or (ent.label_ == "ORG" and entry.kind != "facility"):
        return None
    return PlaceMention(entry, ent.text, ent.start_char, ent.end_char, ent.root)


def _proper_noun_places(doc: Doc, gazetteer: Gazetteer, context: set[str]) -> list[PlaceMention]:
    """Located proper nouns the entity recogniser missed or mislabelled ("in Aleppo" as NORP).

    Why: the small English model tags many Syrian and Ukrainian towns as NORP
    or not at all; the locative preposition plus a gazetteer hit is evidence
    enough, and demonyms ("in Russian") are refused.
    """
    found: list[PlaceMention] = []
    for token in _proper_nouns(doc):
        if (locative_preposition(token) is None and not named_where(token)) or token.text in gazetteer.demonyms:
            continue
        start = min([c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token.i])
        span = doc[start : token.i + 1]
        entry = gazetteer.resolve(span.text, context)
        if entry is not None:
            found.append(PlaceMention(entry, span.text, span.start_char, span.end_char, token))
    return found


def _proper_nouns(doc: Doc) -> list[Token]:
    """The tokens with ``pos_ == "PROPN"``, in order, read from the POS column (issue 9: the same
    tokens as asking each one, without building a ``Token`` per word)."""
    if not len(doc):
        return []
    from spacy.attrs import POS
    from spacy.symbols import PROPN

    return [doc[i] for i in np.flatnonzero(doc.to_array(POS) == PROPN).tolist()]


def _demonym_sites(doc: Doc, gazetteer: Gazetteer) -> list[PlaceMention]:
    """'against a Syrian air base' → Syria; the site's own locative wins if it has one."""
    found: list[PlaceMention] = []
    for token in tokens_with(doc, gazetteer.sites):  # the tokens whose lemma names a site (issue 9)
        if token.pos_ != "NOUN":
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in SITE_PREPS:
            continue
        demonym = next(
            (c for c in token.children if c.dep_ in ("amod", "compound") and c.text in gazetteer.demonyms), None
        )
        if demonym is None or any(c.dep_ == "prep" and c.lower_ in LOCATIVE for c in token.children):
            continue
        country = gazetteer.countries.get(gazetteer.demonyms[demonym.text])
        if country is None:
            continue
        first = min((c for c in token.subtree if c.i >= demonym.i), key=lambda c: c.i)
        start = first.idx
        text = doc[first.i : token.i + 1].text if first.i <= token.i else ""  # = doc.text[start : end of token]
        entry = Entry(text, country.country, country.lat, country.lon, "facility")
        found.append(PlaceMention(entry, text, start, token.idx + len(token), token))
    return found


def _dateline(text: str, gazetteer: Gazetteer, context: set[str]) -> PlaceMention | None:
    """'WASHINGTON —' opening a paragraph (of the document's ``text``): where the story was filed."""
    for match in re.finditer(r"(?m)^.*$", text[:2000]):
        line = match.group(0)
        found = _DATELINE.match(line)
        if not found:
            continue
        name = found.group(1).strip().title()
        entry = gazetteer.resolve(name, context)
        if entry is not None:
            start = match.start() + found.start(1)
            name = found.group(1).strip()
            return PlaceMention(entry, name, start, start + len(name), None, dateline=True)
    return None
