"""Place names that are part of another name: a person's, a company's, a newspaper's.

A state or city name inside a longer proper name names no state: "Michael
Jordan" is no Jordanian, "T-Mobile USA" is a company, "the Bangkok Post" is a
newspaper (Thai media, not Thailand acting). The dictionary matches the place
word on its own, so these checks run on its matches with spaCy's entities.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words of a title that may precede a name inside a person entity ("President Jordan" is no surname).
TITLE_WORDS = {"president", "minister", "prime", "king", "queen", "prince", "secretary", "general", "chancellor",
               "premier", "emperor", "sultan", "emir", "ambassador", "envoy", "governor", "mayor", "senator"}
#: Forms of a state's dictionary name that are names, not adjectives ("Chad", "Paris", not "Cuban").
NAME_FORMS = {"name", "alias", "capital", "city", "ent"}


def inside_another_name(mention: Mention, doc: Doc, mentions: list[Mention | None]) -> bool:
    """A state or city word that a person's or organisation's name holds is part of that name.

    1. Last word of a PERSON or ORG entity, after a capitalised word of it ("Mark [Cuban]", "T-Mobile
       [USA]", "Amnesty International [USA]"): a surname or the country branch of a company or NGO. A
       title ("President X") or a state or IGO before it ("the EU Russia summit") keeps the place, and so
       does a place in the middle of a long entity, which is as often a headline run together ("... U.S. Air
       Force Senior Airman ...", "... Syrian Airstrikes Kill ...").
    2. First word of a PERSON entity, written as a capitalised name, not an adjective or an abbreviation
       ("[Chad] Johnson", "[Jordan] Peterson"): a given name. "Cuban President Raul Castro" tagged PERSON
       keeps its adjective, "a U.S. Rice trader" tagged PERSON its state.
    """
    if mention.kind not in ("state", "place"):
        return False
    first = doc[mention.start]
    if first.ent_type_ not in ("PERSON", "ORG"):
        return False
    ends_entity = mention.end >= len(doc) or doc[mention.end].ent_iob_ != "I"
    if first.ent_iob_ == "I" and mention.start > 0:
        before = doc[mention.start - 1]
        return ends_entity and _name_word(before) and before.lower_ not in TITLE_WORDS and not _covered_by_a_state(
            before.i, mentions)
    if first.ent_type_ != "PERSON" or mention.form not in NAME_FORMS or ends_entity or not (
            first.is_title and first.is_alpha):
        return False
    after = doc[mention.end]
    return after.ent_iob_ == "I" and _name_word(after)


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper) and token.is_alpha


def _covered_by_a_state(i: int, mentions: list[Mention | None]) -> bool:
    return any(m is not None and m.start <= i < m.end and (m.kind in ("state", "place") or (m.code or "").startswith(
        "IGO")) for m in mentions)


#: Capitalised words that make a place before them the name of a newspaper ("the Jakarta Post", "the Irish
#: Times", "China Daily", "Gulf News").
NEWSPAPER_WORDS = {"post", "times", "herald", "tribune", "journal", "gazette", "chronicle", "globe", "mail",
                   "telegraph", "observer", "guardian", "star", "daily", "courier", "examiner", "inquirer",
                   "express", "sun", "independent", "dispatch", "sentinel", "bulletin", "mirror", "news"}


def newspaper_names(mentions: list[Mention], doc: Doc) -> None:
    """Turn a place named before a newspaper word into the newspaper: the country's media (``XXXMED``), an
    outlet like the dictionary's named ones. Without this, "the Jakarta Post said the government must act"
    made Indonesia the one who demanded."""
    starts = {m.start for m in mentions}
    for mention in mentions:
        if mention.kind not in ("state", "place") or not mention.country:
            continue
        end = mention.end
        while end < len(doc) and end not in starts and doc[end].is_title and doc[end].lower_ in NEWSPAPER_WORDS:
            end += 1
        if end == mention.end:
            continue
        mention.end, mention.kind, mention.entry, mention.form = end, "organisation", None, "outlet"
        mention.code, mention.sector = mention.country + "MED", "MED"
        mention.name = doc[mention.start : end].text
        mention.flags = ["news_outlet"]


#: The word that makes an office the opposition's ("the shadow chancellor", "shadow foreign secretary").
SHADOW = "shadow"
OFFICE_SECTORS = {"GOV", "LEG", "JUD"}


def shadow_office(mention: Mention, doc: Doc) -> None:
    """A shadow minister speaks for the opposition's front bench, not the government: its sector is OPP. The
    word may stand in the title the name is written with ("[Shadow] home secretary David Davis"), which an
    undated article's latest role (a later cabinet post) would otherwise overrule."""
    if mention.kind not in ("agent", "person"):
        return
    title = [t for t in doc[mention.start : mention.end].root.subtree if t.i < mention.start][-4:]
    words = [*doc[max(0, mention.start - 1) : mention.start + 1], *title]
    if not any(t.lower_ == SHADOW for t in words):
        return
    mention.flags.append("shadow_office")  # also for a shadow minister the dictionary files as OPP already
    sector = mention.sector or (mention.code or "")[3:6]
    if sector not in OFFICE_SECTORS:
        return
    mention.sector = "OPP"
    if mention.country:
        mention.code = mention.country + "OPP"


def hyphened_to_a_name(mention: Mention, doc: Doc, mentions: list[Mention]) -> bool:
    """A lone surname joined by a hyphen to another capitalised word no known person holds is part of a longer
    name ("the Khan-Arnab area" is a place, "Mr Kilroy-Silk" a double-barrelled surname), not the dictionary's
    one-word name (Imran Khan). Two known people so joined ("the Trump-Abe summit") are both themselves."""
    word = doc[mention.end - 1]
    for hyphen, other in ((word.i + 1, word.i + 2), (word.i - 1, word.i - 2)):
        if other < 0 or other >= len(doc) or doc[hyphen].text != "-":
            continue
        left = doc[min(word.i, other)]
        if left.whitespace_ or doc[hyphen].whitespace_ or not doc[other].is_alpha or not doc[other].text[:1].isupper():
            continue  # "Khan - a cricketer": a dash, not a hyphen
        if not any(m.kind == "person" and m.entry is not None and m.start <= other < m.end for m in mentions):
            return True
    return False
