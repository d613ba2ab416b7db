"""Years that open the entries of a chronology: "2014 Islamic State group seizes swathes of territory".

News chronologies ("key dates of the war") open each entry with its date. Most entries carry a month or a
day ("August 21 2013 Washington accuses ..."), which the patterns of :mod:`eventwire.time.expressions` find;
an entry dated by its year alone opens with a bare number, which those patterns leave alone because a bare
number is far more often a count ("2000 soldiers were killed"). The parse tells the two apart well enough:
a year-shaped number that opens its sentence, that the entity tagger reads as a date, that is followed by a
capitalised word, and that counts no plural noun is the entry's date. Without the rule the entry took the
last date told before it, the previous entry's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.time.expressions import Mention

#: A year of modern news, alone in its token.
YEAR = re.compile(r"(?:19|20)\d{2}")
#: Tags of plural nouns: "2000 soldiers" counts them.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def entry_years(doc: Doc) -> list[Mention]:
    """A year mention (kind ``year``) for each sentence that opens with a chronology entry's bare year."""
    if not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
        return []
    found: list[Mention] = []
    for sentence in doc.sents:
        year = sentence[0]
        if len(sentence) < 3 or not YEAR.fullmatch(year.text) or year.ent_type_ != "DATE":
            continue
        following = sentence[1]
        if not following.is_title or (year.dep_ == "nummod" and year.head.tag_ in PLURAL_TAGS):
            continue
        found.append(Mention(year.idx, year.idx + len(year.text), "year", year.text, {"year": year.text}))
    return found
