"""Country names written as possessives without the apostrophe: "Syrias civil war", "Russias Foreign Ministry".

Why: some outlets and transcriptions drop the apostrophe ("Syria's" -> "Syrias"); on our cached news this
is the commonest misspelling of a country (hundreds of "Syrias" alone), and such a sentence then names no
state at all. A single capitalised word that is a state's one-word name plus "s" is that state, as
"Syria's" would be, when it reads as a possessive: a noun or its modifier follows it, it is no person's
name ("Frances Hodgson Burnett", "Gov. Ann Chiles ... the Chiles plan"), and no count or article stands
before it ("the two Koreas", "the Americas", "two Britains": plurals, not possessives).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.dictionary import ActorDictionary, Entry

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.actors.mention import Mention, Resources

#: Parts of speech that cannot start what a possessive owns: "Turkeys are ..." (the birds), "Jordans and ...".
NOT_OWNED_POS = {"AUX", "CCONJ", "ADP", "SCONJ", "PART", "PRON", "DET", "PUNCT", "SYM"}
#: Words before a plural of a country name ("the two Koreas", "both Sudans").
PLURAL_MARKERS = {"the", "two", "both", "three", "all", "many", "several", "these", "those"}


def possessive_forms(dictionary: ActorDictionary, name_words: dict[str, int]) -> dict[str, Entry]:
    """Lower-case "<name>s" -> the state, for one-word state names not ending in "s" and not a word of a
    person's name in the dictionary."""
    out: dict[str, Entry] = {}
    for entry in dictionary.entries.values():
        if entry.kind != "state":
            continue
        for name in (entry.name, *entry.aliases):
            if name.isalpha() and len(name) >= 4 and name[0].isupper() and not name.lower().endswith("s"):
                key = name.lower() + "s"
                if not name_words.get(key):
                    out.setdefault(key, entry)
    return out


def unmarked_possessives(doc: Doc, covered: list[bool], forms: dict[str, Entry]) -> list[tuple[int, Entry]]:
    """(token index, state) of each such possessive not covered by another mention."""
    out = []
    surnames: set[str] | None = None
    for token in doc:
        entry = forms.get(token.lower_)
        if entry is None or covered[token.i] or not token.text[:1].isupper() or token.ent_type_ == "PERSON":
            continue
        if surnames is None:  # "Gov. Lawton Chiles ... the Chiles plan": a surname of the story
            surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON"}
        if token.lower_ in surnames:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before = doc[token.i - 1] if token.i > 0 else None
        if after is None or not _owned(after) or (before is not None and (
                before.lower_ in PLURAL_MARKERS or before.like_num)):
            continue
        out.append((token.i, entry))
    return out


def _owned(word) -> bool:
    """The word after can start the thing owned: a noun or a modifier, a participle too ("Syrias besieged
    Homs province"), but no finite verb ("Turkeys are")."""
    if word.pos_ in NOT_OWNED_POS or word.is_punct:
        return False
    return word.pos_ != "VERB" or word.tag_ in ("VBN", "VBG")


def unmarked_owner(mention: Mention, mentions: list[Mention], doc: Doc, res: Resources) -> str | None:
    """ "an attack carried out by Assads forces": a role word owned by a well-known person whose possessive lost
    its apostrophe is that person's country's, not the sentence's other state's. Only curated people (the
    legacy files share too many surnames), all of one country, and a word no mention covers."""
    if mention.start == 0:
        return None
    word = doc[mention.start - 1]
    if not word.text[:1].isupper() or not word.lower_.endswith("s") or len(word) < 5 or \
            any(m.start <= word.i < m.end for m in mentions):
        return None
    ids = res.index.surnames.get(word.lower_[:-1], [])
    entries = [res.dictionary.entries[i] for i in ids if i in res.dictionary.entries]
    countries = {e.country for e in entries if e.layer > 0}
    return countries.pop() if len(countries) == 1 and all(e.layer > 0 for e in entries) else None
