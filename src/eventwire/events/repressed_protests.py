"""Repression of a protest is aimed at the protesters: "the regime repressed [demonstrations]" -> SYRGOV 175 SYROPP.

Why a module of its own: CAMEO 175 ("use tactics of violent repression") is a state's force on its own
public, and coders give it the protesters as target, coded as the state's opposition (<state>OPP). English
often names the protest instead of the protesters ("cracked down on pro-democracy protests", "dispersed the
rally", "a crackdown on dissent"); the event noun is no actor, so the act was coded with no target at all,
which lost the one thing the code says: whom the state turned on.

The target is built from the words, with no guess beyond the code's own definition: its span is the protest
noun's phrase (real character offsets, so the evidence shows what was read), its state is the source's own
(repression is by definition of one's own public; the actors stage likewise gives "protesters" the country of
their setting), its sector OPP as the actors dictionary gives a plain "protester". Only when the event is
repression (175) and no coded target was found: "police fired on [students] at the rally" keeps the students.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.repression import REPRESSION_CODE
from eventwire.model import Actor, Span

#: Event nouns of public protest whose repression is aimed at the people protesting ("protests", "a rally",
#: "a sit-in", "dissent").
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "dissent"})
#: Sector of a state's opposition public, as the actors dictionary codes a plain "protester".
PROTESTERS_SECTOR = "OPP"


def protesters_of(cameo: str, targets: list[Token], source: Actor, target: tuple[Token, Actor] | None) -> Actor | None:
    """The protesters a repression (175) of a protest noun among the target candidates was aimed at: when no
    coded target was found, or when the one found is only the source's own state named as a place after the
    protest ("dispersed the protest [in Cairo]": where, not whom)."""
    if cameo != REPRESSION_CODE:
        return None
    place = target is not None and target[1].code == source.home and len(target[1].code or "") == 3
    if target is not None and not place:
        return None
    noun = next((t for t in targets if t.pos_ == "NOUN" and t.lemma_.lower() in PROTEST_NOUNS), None)
    if noun is None or (target is not None and target[0].i < noun.i):
        return None
    start = noun.left_edge
    while start.i < noun.i and start.dep_ in ("det", "predet", "poss"):
        start = start.doc[start.i + 1]  # "the protests": the phrase's own words, not its article
    home = source.home or None
    return Actor(span=Span(start.idx, noun.idx + len(noun)), text=noun.doc.text[start.idx : noun.idx + len(noun)],
                 code=(home or "") + PROTESTERS_SECTOR, country=home, kind="agent", flags=["protesters_of_a_protest"])
