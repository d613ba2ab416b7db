"""Territory held by an armed opposition: "air strikes on opposition areas", "opposition-held towns".

Why a module of its own: "opposition" is a political sector word (OPP: parties and movements that oppose a
government by political means). Written as the holder of land in a war ("opposition-held eastern Aleppo",
"shelled opposition strongholds"), it names the armed side that holds it, which CAMEO codes as rebels (REB);
read as OPP, strikes on such places became strikes on a political opposition. Kept to what the text says:
the word must modify a noun of land or be followed by "-held"/"-controlled", and, for land nouns, the
sentence must tell of armed force ("strikes", "shelled", "siege"); "the opposition strongholds voted
against the president" stays political.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Opposition words that may stand for the holders of land.
OPPOSITION_WORDS = {"opposition"}
#: Nouns of land a side holds.
LAND_NOUNS = {"area", "areas", "territory", "territories", "town", "towns", "district", "districts",
              "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods", "stronghold", "strongholds",
              "enclave", "enclaves", "suburb", "suburbs", "village", "villages", "region", "regions", "bastion",
              "bastions", "pocket", "pockets", "positions", "part", "parts", "section", "sections", "zone", "zones"}
#: "opposition-held", "opposition-controlled": always a side holding land in a war.
HOLDING_WORDS = {"held", "controlled", "run", "dominated"}
#: Lemmas of armed force in the sentence: the land is fought over, so its holders are armed.
FORCE_LEMMAS = {"strike", "airstrike", "raid", "shell", "shelling", "bomb", "bombing", "bombard", "bombardment",
                "attack", "offensive", "siege", "besiege", "barrel", "mortar", "rocket", "missile", "artillery",
                "fighting", "clash", "recapture", "capture", "storm", "assault", "warplane", "jet", "helicopter"}


def opposition_territory(mentions: list[Mention], doc: Doc) -> None:
    """Opposition words standing for the holders of land fought over take the rebels' sector (REB)."""
    if not doc.has_annotation("DEP"):
        return
    for mention in mentions:
        if mention.kind != "agent" or mention.sector != "OPP" or mention.end - mention.start != 1:
            continue
        word = doc[mention.start]
        if word.lower_ not in OPPOSITION_WORDS or not (_holds(word) or (_land(word) and _fought_over(word))):
            continue
        mention.sector = "REB"
        if mention.code and mention.code.endswith("OPP"):
            mention.code = mention.code[:-3] + "REB"
        mention.flags.append("holder_of_land")


def _holds(word: Token) -> bool:
    """ "opposition-held": the word, a hyphen, then a holding participle."""
    doc = word.doc
    return word.i + 2 < len(doc) and doc[word.i + 1].text == "-" and doc[word.i + 2].lower_ in HOLDING_WORDS


def _land(word: Token) -> bool:
    """The word modifies a noun of land after it ("opposition areas")."""
    return word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i and word.head.lower_ in LAND_NOUNS


def _fought_over(word: Token) -> bool:
    return any(t.lemma_.lower() in FORCE_LEMMAS or t.lower_ in FORCE_LEMMAS for t in word.sent)
