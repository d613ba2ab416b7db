"""Mentions of names that no dictionary phrase matched, read from the parser's evidence instead.

Why a module of its own: the dictionary match (``resolve.py``, step 1) finds only names it lists in full.
Everything else a story names needs other evidence, and each piece here is the rule for trusting one kind
of it without the dictionary:

- spaCy's entities the dictionary does not cover (``_from_entities``): unknown people stay as mentions
  without a code (the events stage still needs them), places are looked up in the gazetteer (towns and
  regions only beside a place word, ``_place_country``), a lone surname tagged ORG is the person, other
  organisations are kept uncoded.
- An honorific before a capitalised word ("Mr. Flynn") that spaCy missed (``_honorific_names``).
- A listed person's bare surname ("Trump and Putin agreed") whatever spaCy's label (``_known_surnames``),
  with the tagger's slips (a common-noun or stray label) trusted only as far as the article supports them
  (``_named_in_full``: the surnames of the people it names in full).

``resolve.mentions_for`` calls these in that order, each on the tokens earlier steps left uncovered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention, Resources
from eventwire.actors.shared_names import fold
from eventwire.actors.titles import is_rank

if TYPE_CHECKING:
    from spacy.tokens import Doc

HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "sheikh"}


def _from_entities(doc: Doc, covered: list[bool], res: Resources) -> list[Mention]:
    out = []
    # surnames of people named in full here: a later lone "Kettleborough" tagged ORG is that person
    local_surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in doc.ents:
        if any(covered[ent.start : ent.end]):
            continue
        while len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].is_punct):
            ent = ent[:-1]  # "Trump's" tagged as one ORG
        iso3 = _place_country(ent, res) if ent.label_ in ("GPE", "LOC", "FAC", "ORG") or \
            (ent.label_ == "PERSON" and _named_as_a_place(ent)) else None
        if ent.label_ == "PERSON" and all(is_rank(t) for t in ent) and not iso3:
            continue  # "Sgt." on its own is a rank, no one's name
        if ent.label_ == "PERSON" and not iso3:
            out.append(Mention(ent.start, ent.end, "person", name=ent.text, form="ent", flags=_town_named(ent, res)))
        elif iso3:
            # ORG too: the small model tags some cities as organisations ("the Quetta attack")
            small = _named_as_a_place(ent) and fold(ent.text) not in res.cities
            out.append(Mention(ent.start, ent.end, "place", code=iso3, country=iso3, name=ent.text,
                               form="ent", flags=["city", TOWN_OF] if small else ["city"]))
        elif ent.label_ in ("ORG", "GPE") and _is_single_name(ent) and \
                (ent.text.lower() in res.index.surnames or ent.text.lower() in local_surnames) and \
                not _after_locative(ent[0]) and (ent[0].pos_ == "PROPN" or ent.text.lower() in local_surnames
                                                 or _curated_surname(ent.text.lower(), res)):
            # a common-noun tag ("[Trump] is planning", tagged NOUN and ORG) is trusted only for a hand-checked
            # person's surname or one named in full here: spaCy's entity label already says it is a name
            out.append(Mention(ent.start, ent.end, "person", name=ent.text, form="surname"))
        elif ent.label_ == "ORG":
            start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            if start < ent.end:
                out.append(Mention(start, ent.end, "organisation", name=doc[start : ent.end].text, form="ent",
                                   flags=_town_named(doc[start : ent.end], res)))
    return out


#: Flag of an uncoded person or organisation whose whole name is a town's: the small model calls many towns
#: people or bodies ("warplanes targeted [Khan Sheikhoun]", "raids on [Douma]"). The mention stays (it may be
#: a person: "Clinton"), but the coder takes no such name as an act's uncoded target (``uncoded_targets``).
TOWN_NAME = "town_name"


def _town_named(ent, res: Resources) -> list[str]:
    return [TOWN_NAME] if fold(ent.text) in res.towns else []


#: Words that make the name before them a place: "Kandahar province", "Leawood-based".
PLACE_WORDS = {"province", "state", "district", "county", "governorate", "region", "prefecture", "oblast",
               "city", "town", "municipality", "based"}


#: Place words that say a name is a state's region: "Borno State", "County Kerry", "the province of Helmand".
REGION_WORDS = PLACE_WORDS - {"city", "town", "based"}


def _place_country(ent, res: Resources) -> str | None:
    """A spaCy place entity's country: big cities by name; towns and regions (``regions.py``) only where a
    place word says what the name is ("Kandahar province", "the Leawood-based firm", "Borno State")."""
    words = [t for t in ent if t.lower_ != "the" or t.i != ent.start]
    doc = ent.doc
    follower = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "-" else \
        (doc[ent.end] if ent.end < len(doc) else None)
    signalled = follower is not None and follower.lower_ in PLACE_WORDS
    region = follower is not None and follower.lower_ in REGION_WORDS
    if len(words) > 1 and words[-1].lower_ in PLACE_WORDS:
        region = region or words[-1].lower_ in REGION_WORDS
        words, signalled = words[:-1], True
    if len(words) > 1 and words[0].lower_ in REGION_WORDS:
        words, region = words[1:], True  # "County Kerry"
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in REGION_WORDS:
        region = True  # "the province of Helmand"
    if ent.start >= 1 and doc[ent.start - 1].lower_ == "county":
        region = True
    signalled = signalled or _named_as_a_place(ent)  # "the town of Saraqib", "the Damascus suburb of Harasta"
    key = fold(" ".join(t.text for t in words))
    town = res.towns.get(key) if signalled else None
    return res.cities.get(key) or (town[1] if town else None) or (res.regions.get(key) if region else None)


#: Words that say the name after "<word> of" is a place: "the town of Saraqib", "the suburb of Harasta".
PLACE_OF_WORDS = {"town", "towns", "city", "village", "villages", "suburb", "suburbs", "district", "neighbourhood",
                  "neighborhood", "municipality", "township", "hamlet"}


def _named_as_a_place(ent) -> bool:
    """The name follows "<town|village|suburb|...> of": the text says it is a place, whatever the tagger's
    label (it calls "Harasta" a person); the gazetteer's towns from 15,000 people may then code it, as they
    do with a place word after the name ("Saraqib town")."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in PLACE_OF_WORDS


#: Flag of a town the gazetteer found only because "<town> of" stands before it: kept where the text names its
#: country (``unconfirmed_towns``).
TOWN_OF = "town_of"


def unconfirmed_towns(mentions: list[Mention]) -> list[Mention]:
    """Drop the towns found after "the town of" whose country the text names nowhere else: small towns share
    names across countries ("the besieged town of Madaya" is Syria's, the gazetteer's only Madaya is in
    Myanmar), and a story about a town names its country."""
    named = {m.country for m in mentions if m.country and TOWN_OF not in m.flags}
    return [m for m in mentions if TOWN_OF not in m.flags or m.country in named]


def _is_single_name(ent) -> bool:
    """A lone capitalised PROPN tagged ORG is often a surname ("Trump" as ORG); the tagger also calls such a
    word a common noun ("[Trump] is planning" as NOUN), which the caller accepts for known surnames only."""
    return len(ent) == 1 and ent[0].pos_ in ("PROPN", "NOUN") and ent[0].text[:1].isupper() and ent[0].text.isalpha() \
        and not ent[0].text.isupper()


def _honorific_names(doc: Doc, covered: list[bool]) -> list[Mention]:
    """"Mr. Flynn" where spaCy saw no entity: the honorific makes it a person."""
    out = []
    for token in doc[:-1]:
        if token.lower_ not in HONORIFICS:
            continue  # the rare case first: the next token is built only after an honorific (issue 9)
        i = token.i
        nxt = doc[i + 1]
        if not covered[i + 1] and nxt.text[:1].isupper() and nxt.is_alpha:
            end = i + 2
            while end < len(doc) and not covered[end] and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            out.append(Mention(i, end, "person", name=doc[i + 1 : end].text, form="surname"))
    return out


NAME_LABELS = {"", "PERSON", "ORG", "GPE"}
#: Labels the small model also gives a lone surname ("[Trump]" as a WORK_OF_ART, "Mr [Straw]" as a PRODUCT):
#: read as the person only when the entity is that one word ("Trump Tower" is a building).
STRAY_LABELS = {"WORK_OF_ART", "PRODUCT", "NORP"}
#: Place labels given to a lone surname ("[Soleimani] was arriving"): the person only where the article
#: names him in full, since a place may be spelled the same.
PLACE_NAME_LABELS = {"LOC", "FAC"}


def _known_surnames(doc: Doc, covered: list[bool], res: Resources, named_in_full: set[str]) -> list[Mention]:
    """A capitalised proper noun that is the surname of a dictionary person
    ("Trump and Putin agreed"), whatever spaCy's label; coref decides who.

    The tagger calls some surnames common nouns ("[Trump] repeated that he …", the English word "trump"):
    such a word counts only when the article names that person in full ("Donald Trump"), so a namesake
    word ("Bush fires") is not read as a person."""
    out = []
    for token in doc:
        common = token.pos_ == "NOUN" and token.lower_ in named_in_full
        if covered[token.i] or not (token.pos_ == "PROPN" or common) or not token.text[:1].isupper() or \
                token.text.isupper() or token.lower_ not in res.index.surnames or \
                not _a_name_label(token, named_in_full):
            continue
        if not _curated_surname(token.lower_, res):
            continue  # legacy-only surnames need spaCy to call the word a PERSON first
        if token.lower_ in res.index.family_first and token.ent_type_ != "PERSON":
            continue  # "Travel Ban", "the Moon": family names first in the dictionary are English words too
        if _after_locative(token):
            continue  # "a refugee centre in Kerry" is a place
        out.append(Mention(token.i, token.i + 1, "person", name=token.text, form="surname"))
    return out


def _a_name_label(token, named_in_full: set[str]) -> bool:
    """spaCy's label does not rule the word out as a surname: a name's label, or a stray one on a one-word
    entity (a place's only for a person the article names in full)."""
    if token.ent_type_ in NAME_LABELS:
        return True
    lone = token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    return lone and (token.ent_type_ in STRAY_LABELS or (
        token.ent_type_ in PLACE_NAME_LABELS and token.lower_ in named_in_full))


def _named_in_full(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Surnames of the people this text names in full: dictionary people matched by name ("Donald Trump")
    and spaCy's multi-word PERSON entities."""
    names = {doc[m.end - 1].lower_ for m in mentions if m.kind == "person" and m.entry is not None
             and m.end - m.start > 1}
    return names | {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}


#: Prepositions after which a lone capitalised name is a place.
LOCATIVES = {"in", "at", "near", "outside", "inside"}


def _after_locative(token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].lower_ in LOCATIVES


def _curated_surname(word: str, res: Resources) -> bool:
    """The surname of a hand-checked (or user) person: safe to read without spaCy's PERSON label."""
    return any(res.dictionary.entries[i].layer > 0 for i in res.index.surnames.get(word, [])
               if i in res.dictionary.entries)
