"""Story state: what the whole article says about whose story it is.

Some role words take their country not from a neighbour but from the
article: "the regime" and "government forces" are the state the article is
about, a capitalised bare "Army" under "WASHINGTON -" is the dateline
country's, and a news outlet is a witness only when it is of the article's
own country. These readings look at every mention (or the dateline) at once,
not at one sentence, so they live apart from the sentence-level cascade in
``context.py`` and its guards in ``context_guards.py``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _foreign_outlets(mentions: list[Mention]) -> None:
    """Flag the named news outlets ("she told Reuters", "AP reported") whose home is not the article's own
    country: such an outlet is where the story was told, not where it happened, so a wire agency's home gives
    no one a country. An outlet of the country the article is mostly about ("told the BBC" in a story on
    British ministers, Tass on Soviet elections) is as good a witness as any other mention of it. The
    article's own country is the one written most often outside outlets (places, people, states, role
    words with their country written), before any country is guessed from context; an article that names
    no country besides its outlets, or two as often, has none. (A state's own media, "Syrian state TV", is
    an agent word with its country written beside it, and stays usable.)"""
    outlets = [m for m in mentions if (m.kind == "organisation" or "of_organisation" in m.flags)
               and (m.code or "").endswith("MED") and m.country]  # "the AFP correspondent" is the outlet's
    if not outlets:
        return
    outlet_ids = {id(m) for m in outlets}
    written = Counter(m.country for m in mentions if m.country and id(m) not in outlet_ids
                      and "country_from_context" not in m.flags)
    ranked = written.most_common(2)
    own = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    for outlet in outlets:
        if outlet.country != own and "foreign_outlet" not in outlet.flags:
            outlet.flags.append("foreign_outlet")


def _article_state(counts: Counter) -> str | None:
    """The country named most often, if more often than any other."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


INSTITUTION_WORDS = {"regime", "regimes", "government", "authorities", "administration", "junta", "military", "army",
                     "cabinet", "leadership"}


def _definite_institution(mention: Mention, doc: Doc) -> bool:
    words = (mention.name or "").split()
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return bool(words) and words[-1] in INSTITUTION_WORDS and (before == "the" or " of the " in f" {mention.name} ")


#: Words a writer uses for a government he does not grant legitimacy: they name the state the story is about
#: ("the regime" in a report on Syria), never the state of whoever acts upon it.
REGIME_WORDS = {"regime", "regimes"}


def _story_regime(mention: Mention, doc: Doc) -> bool:
    """A bare "the regime" (or the possessive written without its apostrophe, "the regimes allies"): the ruling
    state of the story, like "the government", but with no fallback to a neighbour in its sentence: a "regime"
    is always someone else's, so the state beside it is the one calling for sanctions against it ("France and
    Britain called for UN sanctions against the regime"), not the one it rules."""
    words = (mention.name or "").lower().split()
    return bool(words) and words[-1] in REGIME_WORDS and (_definite_institution(mention, doc) or
                                                          _bare_regime(mention, doc))


def _bare_regime(mention: Mention, doc: Doc) -> bool:
    """ "On Tuesday [regime] shelling killed three": the word alone, with no article, owner or country, is the
    writer's name for the story's government just as "the regime" is (not "regime change", which is no actor)."""
    if mention.end - mention.start != 1 or mention.end >= len(doc):
        return False
    before = doc[mention.start - 1] if mention.start > 0 else None
    owned = before is not None and (before.dep_ in ("det", "poss") or before.tag_ in ("DT", "PRP$", "POS"))
    return not owned and doc[mention.end].lemma_.lower() != "change"


#: Armed role words a "government"/"regime" modifier makes a state's own ("government forces", "regime troops").
GOVERNMENT_MODIFIERS = {"government", "regime"}


def _government_forces(mention: Mention, doc: Doc) -> bool:
    """"government forces used chemical weapons": the forces of the government the report is about, like "the
    regime"; a state named a sentence or two before (a "US-led military intervention" threatened once) is
    no better a guide than the article's own state. Not "pro-government forces" (militias)."""
    words = (mention.name or "").lower().split()
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return len(words) >= 2 and words[0] in GOVERNMENT_MODIFIERS and (mention.sector or "")[:3] == "MIL" \
        and before not in ("pro", "-", "anti")


def _dateline_country(mentions: list[Mention], doc: Doc) -> str | None:
    """The country of a capitals dateline at the article's start ("WASHINGTON (AP) —", "PARIS -"), or None."""
    first = mentions[0] if mentions else None
    if first is None or "capital" not in first.flags or first.start > 1 or not first.country:
        return None
    if not doc[first.start : first.end].text.isupper() or first.end >= len(doc) or \
            doc[first.end].text not in ("-", "(", ",", "\u2014", "--"):
        return None
    return first.country


#: A service's proper name written bare and capitalised mid-sentence: "four Army generals".
SERVICE_NAMES = {"Army", "Navy", "Marines", "Marine", "Air"}


def _dateline_service(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """"WASHINGTON - The Abu Ghraib prisoner abuse scandal could end the careers of four Army generals": a
    capitalised bare service name ("Army", "Navy", "Air Force") is the army of the article's dateline
    capital (a paper writes its own country's "Army" bare), not of a city the sentence names for an event.
    Only for a dateline in capitals at the article's start ("WASHINGTON -", "PARIS (Reuters) -")."""
    mention = mentions[index]
    words = [t for t in doc[mention.start : mention.end] if t.dep_ != "det" and not t.like_num]
    if not words or words[0].text not in SERVICE_NAMES or words[0].is_sent_start or (mention.sector or "") != "MIL":
        return None
    if mentions[0] is mention:
        return None
    return _dateline_country(mentions, doc)


def foreign_dateline(other: Mention, doc: Doc, home: str | None) -> bool:
    """``other`` is a dateline, in capitals, opening a sentence or following a picture's credit ("(AFP photo)
    BEIRUT Thirteen civilians were killed in aerial attacks ... on Aleppo"), of another country than the
    story's own (``home``): where the story was filed, not whose the people of its first sentence are. With
    no story state known, or a dateline of the story's own country ("KABUL - gunmen killed ..."), it still
    lends its country."""
    if home is None or other.country == home or other.kind not in ("state", "place"):
        return False
    first = doc[other.start]
    opens = first.is_sent_start or other.start == 0 or doc[other.start - 1].text in (")", "]") \
        or doc[other.start - 1].is_space
    nxt = doc[other.end] if other.end < len(doc) else None
    words = [t for t in doc[other.start : other.end] if t.is_alpha]
    return opens and bool(words) and all(t.text.isupper() and len(t.text) > 2 for t in words) and \
        (nxt is None or nxt.text[:1].isupper() or nxt.is_punct) and (nxt is None or not nxt.text.isupper())
