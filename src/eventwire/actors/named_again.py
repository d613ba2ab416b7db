"""A bare role word that names again a body the article has already named with its country.

Kept apart from ``context.py`` so that module keeps one job, ranking a sentence's
countries for a bare role word; these rules look back over the article instead, for the one body the
word must mean: "Somali pirates … the pirates", "The Libyan Coalition … the Coalition said", "the
US-led coalition … coalition fighter jets". Each answers only when every earlier candidate agrees, and
``context.context_countries`` tries them before its sentence-level guesses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.actors.mention import Mention

#: Armed and outlaw groups, named again by the bare word ("Somali pirates ... the pirates"); a state's organs
#: ("the government") are as often another state's, and keep the usual rules.
NON_STATE_GROUPS = {"CRM", "REB", "INS", "UAF", "SEP", "RAD", "OPP"}


def named_before(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """The country an earlier mention of the same role word had written beside it: "Somali pirates tried to
    board a ship. An Indian warship fired on the pirates" — the pirates are the Somali ones, not of the
    nearest country in their own sentence (their attacker's). Only when every such earlier mention names
    one country ("Syrian troops ... Turkish troops ... the troops" stays with the usual rules)."""
    if (mentions[index].sector or "")[:3] not in NON_STATE_GROUPS:
        return None
    word = doc[mentions[index].end - 1].lemma_.lower()
    countries = {m.country for m in mentions[:index] if m.kind == "agent" and m.country and m.end - m.start > 1
                 and "country_from_context" not in m.flags and doc[m.end - 1].lemma_.lower() == word}
    return countries.pop() if len(countries) == 1 else None


def alliance_named_before(mentions: list[Mention], index: int, doc: Doc) -> tuple[str, str | None] | None:
    """A named alliance named again ("The Libyan Coalition, an opposition movement … the Coalition said") is
    the one written before, with its country and its sector (``compose._named_alliance``); only when every
    such earlier mention agrees. Unlike other role words, an earlier mention's country guessed from its context
    counts: the capital says it is one body, named again."""
    mention = mentions[index]
    if "named_alliance" not in mention.flags:
        return None
    word = doc[mention.end - 1].lemma_.lower()
    earlier = {(m.country, m.sector) for m in mentions[:index] if "named_alliance" in m.flags and m.country
               and doc[m.end - 1].lemma_.lower() == word}
    return earlier.pop() if len(earlier) == 1 else None


#: Words after "coalition" for its armed men and craft: "coalition fighter jets" belong to the led coalition.
COALITION_CRAFT = {"strike", "strikes", "airstrike", "airstrikes", "air", "raid", "raids", "bombing", "bombings",
                   "bombardment", "shelling", "offensive", "warplane", "warplanes", "plane", "planes", "jet", "jets",
                   "fighter", "fighters", "aircraft", "bomber", "bombers", "drone", "drones", "helicopter",
                   "helicopters", "forces", "force", "troops", "soldiers", "warship", "warships", "artillery"}


def led_coalition(mentions: list[Mention], index: int, doc: Doc) -> tuple[str, str | None] | None:
    """A bare "the coalition" in an article that names one "X-led coalition" is that coalition, with its
    country and sector, wherever the article names it (a headline's "Coalition raids kill 21" comes before
    the body's "the US-led coalition"); not the country the raids hit, nor a country a sentence names for
    someone else ("the group which backs the Syrian opposition said … attacks by coalition fighter jets").
    Only a bare "(the) coalition", or one followed by words for its armed men and craft only
    (``COALITION_CRAFT``: "coalition fighter jets", "coalition forces"): "the ruling coalition" is another
    one, and two different led coalitions leave it to the context."""
    mention = mentions[index]
    words = [t for t in doc[mention.start : mention.end] if t.dep_ != "det"]
    if not words or words[0].lemma_.lower() != "coalition" or \
            any(t.lower_ not in COALITION_CRAFT for t in words[1:]):
        return None  # "coalition fighter jets" are the coalition's; "the coalition government" is another one
    led = {(m.country, m.sector) for m in mentions if m is not mention and m.country
           and doc[m.end - 1].lemma_.lower() == "coalition"
           and any(t.lower_ in ("led", "-led") for t in doc[m.start : m.end - 1])}
    return led.pop() if len(led) == 1 else None
