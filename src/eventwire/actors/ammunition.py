"""A gun's magazine is no news outlet: "a ban on high-capacity magazines", "rifles and 13 loaded magazines".

The agent word "magazine" (media, MED) also names the box of cartridges a rifle is loaded from, and gun
control stories and reports of seized arms write that sense far more often than a periodical: "Obama urges
restrictions on assault weapons, magazines" coded the magazines as American media, the target of his appeal.
The word is read as ammunition where the weapons are written with it: a weapon or ammunition word modifies
it ("high-capacity", "10-round", "ammunition", "loaded"), stands in one list with it ("rifles, magazines and
rounds"), or heads the phrase it hangs on ("a 10-round limit on magazines"). A magazine with a name or an
editor ("gadget magazine Stuff", "the Bulletin magazine") has none of these and stays an outlet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention
from eventwire.events.weapons import WEAPON_CODES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Media words that also name a weapon's part.
AMMUNITION_SENSES = frozenset({"magazine"})
#: Lemmas that, written with such a word, say the weapon's sense: the weapons themselves (``WEAPON_CODES``),
#: and words of arms and their loading that name no kind of fight.
ARMS_WORDS = frozenset(WEAPON_CODES) | {"weapon", "firearm", "ammunition", "round", "cartridge", "bullet",
                                        "grenade", "launcher", "capacity", "loaded", "arms"}


def ammunition_magazine(mention: Mention, doc: Doc) -> bool:
    """The mention is a lone "magazine(s)" written with arms (see the module's note): no actor."""
    if mention.kind != "agent" or (mention.sector or "") != "MED" or not doc.has_annotation("DEP"):
        return False
    head = doc[mention.start : mention.end].root
    if head.lemma_.lower() not in AMMUNITION_SENSES and head.lower_.rstrip("s") not in AMMUNITION_SENSES:
        return False
    near = [t for t in head.subtree if t.i != head.i]  # "high-capacity", "10-round", "loaded", "ammunition"
    near += [t for c in head.conjuncts for t in (c, *c.children)]  # "rifles, magazines and rounds"
    if head.dep_ == "pobj":  # "a 10-round limit on magazines": the phrase it hangs on
        owner = head.head.head
        near += [owner, *(t for t in owner.children if t.i < owner.i)]
    return any(_arms_word(t) for t in near)


def _arms_word(token: Token) -> bool:
    """A noun or adjective of arms ("rifles", "round" in "10-round", "loaded"), not "go round" or "arms" as limbs
    read by a verb."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
        return False
    lemma = token.lemma_.lower()
    return lemma in ARMS_WORDS or token.lower_ in ARMS_WORDS or token.lower_.split("-")[-1] in ARMS_WORDS
