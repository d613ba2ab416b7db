"""Role words whose country only their own phrase may give: weapons both sides field and delegations.

"artillery fire killed two people" names no army, and "held a meeting with members of a delegation in Cairo"
names the host, not the sender: the state a sentence or story names is as often the side shelled or the host
as the word's own. So ``context_countries`` gives such a word a country only from its own phrase, a
possessive, or the same word named before with its country, never from its surroundings. This module says
which words these are and reads a delegation's sender; the cascade itself stays in ``context.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Weapons both sides of a war field: "artillery fire killed two people" names no army, and the state the
#: sentence or the story names is as often the side shelled as the side shelling. Such a word takes a country
#: only from its own phrase, a possessive or the same weapon named before with its country ("Syrian
#: artillery ... the artillery").
SHARED_WEAPONS = frozenset({"artillery", "mortar", "mortars", "launcher", "launchers", "gun", "guns"})
#: Bodies sent to another state: a delegation is usually the guest of the state the sentence names ("held a
#: meeting with members of a delegation in Cairo"), so it takes a country only from its own phrase ("a Chinese
#: delegation", "a delegation from Japan"), a possessive, or the same body named before with its country.
VISITING_BODIES = frozenset({"delegation", "delegations"})


def _head_word(mention: Mention, doc: Doc) -> str:
    """The role word's own word, lower case: the agent word where composed, else the mention's last word."""
    return _head_token(mention, doc).lower_


def _head_token(mention: Mention, doc: Doc) -> Token:
    return doc[mention.head] if mention.head is not None else doc[mention.end - 1]


#: Prepositions that say who sent a delegation ("a delegation from Japan", "of the European Union"), not where
#: it is ("a delegation in Cairo").
SENDER_PREPS = frozenset({"from", "of", "representing"})


def _sender(mentions: list[Mention], index: int, doc: Doc) -> Mention | None:
    """The coded state or body a delegation's own phrase names as its sender ("from Japan", "of the EU"),
    the nearest first; not a place it is in or goes to."""
    mention = mentions[index]
    if not doc.has_annotation("DEP"):
        return None
    anchor = doc[mention.start : mention.end].root
    senders = []
    for prep in (c for c in anchor.children if c.dep_ in ("prep", "acl") and c.lower_ in SENDER_PREPS):
        words = {t.i for t in prep.subtree}
        senders += [m for m in mentions if m is not mention and m.code and m.start in words
                    and m.kind in ("state", "organisation", "group")]
    return min(senders, key=lambda m: m.start) if senders else None


def _sender_country(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """A delegation's country: its sender's (``_sender``), else that of the same word named before with its
    country written ("a Chinese delegation arrived ... met the delegation"), when all such agree."""
    sender = _sender(mentions, index, doc)
    if sender is not None:
        return sender.country
    word = _head_word(mentions[index], doc)
    earlier = {m.country for m in mentions[:index] if m.country and m.kind == "agent" and m.end - m.start > 1
               and "country_from_context" not in m.flags and _head_word(m, doc) == word}
    return earlier.pop() if len(earlier) == 1 else None


def _shared_weapon(mention: Mention, doc: Doc) -> bool:
    """The role word is a weapon of either side (``SHARED_WEAPONS``): its head word, whatever its sector."""
    head = _head_token(mention, doc)
    return head.lower_ in SHARED_WEAPONS or head.lemma_.lower() in SHARED_WEAPONS
