"""Sector words inside the name of a movement, campaign or society: part of that name, no state body.

"The Movement for Quality Government", "the Campaign for Open Government", "the Society for
Good Government in Kenya": the role word "Government" matched alone and, with a country from the
sentence, became that state's government (ISRGOV, GBRGOV, KENGOV), so a watchdog's words were coded
as the state's. A capitalised role word that ends a capitalised run going back to "<Kind> for" or
"<Kind> against", where the kind is a word for an association of people ("Movement", "Campaign",
"Society", "Centre" ...), is part of that body's name and is dropped. "Head of Government", "the
Israeli Government" and "Troops for the Syrian Government" have no such kind word before the
preposition and keep their role word. A challenger's word ("the Coalition for Syrian Revolution and
Opposition Forces") says who the body's members are, not what it wants of the state, and is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Words that name an association of people formed for a cause: "<Kind> for <Cause>" is that body's name.
#: Not "council" or "committee": states name their own bodies so ("the Supreme Council for the Armed Forces").
BODY_KINDS = frozenset({
    "movement", "campaign", "society", "coalition", "alliance", "center", "centre", "institute",
    "foundation", "association", "league", "network", "forum", "union", "party", "project", "fund",
    "trust", "initiative", "front", "federation", "citizens", "partnership", "friends",
})
#: Prepositions that join a body's kind to its cause in a name; written lower-case inside a name.
CAUSE_PREPOSITIONS = frozenset({"for", "against"})
#: Small words a cause may hold between capitalised words ("Centre for Law and Government").
NAME_JOINERS = frozenset({"and", "&", "the", "of"})
#: Sectors of challengers: in a cause's name they are the body's own members, so the word is kept.
MEMBER_SECTORS = frozenset({"OPP", "REB", "INS"})
#: How far back the kind may stand from the role word.
MAX_SPAN = 8


def inside_a_body_name(mention: Mention, doc: Doc) -> bool:
    """A capitalised role word closing "<Kind> for/against <Cause ...>" is part of that body's name."""
    if mention.kind != "agent" or (mention.sector or "")[:3] in MEMBER_SECTORS:
        return False
    if not all(t.is_title for t in doc[mention.start : mention.end]):
        return False
    i = mention.start - 1
    while i > 0 and mention.start - i <= MAX_SPAN:
        token = doc[i]
        if token.text in CAUSE_PREPOSITIONS:
            kind = doc[i - 1]
            return kind.is_title and kind.lower_ in BODY_KINDS and i + 1 < mention.start
        if not (token.is_title or token.lower_ in NAME_JOINERS):
            return False
        i -= 1
    return False
