"""Sector-only codes: a police, armed-men or faith-community word whose country nothing gives is coded by its
sector alone.

``context_countries`` marks the role words none of its sources gives a country; the later steps (people
coded by an authority or as private persons) may still code them. This step runs after all of those and
reads the mark: it decides what an actor of unknown country is coded as, which is a separate question from
where a country comes from, so it lives apart from the cascade that looks for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention
from eventwire.actors.titles import PAST_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Working mark of ``context_countries``: a role word whose country none of its sources gives.
NO_COUNTRY_FOUND = "no_country_found"
#: The flag of a role word coded by its sector alone ("GOV"), as GDELT codes an actor of unknown country.
SECTOR_ONLY = "sector_without_country"
#: Religions: CAMEO codes a faith community without a state ("CHR" Christians, "MUS" Muslims), as the
#: manual's religion codes stand first in an actor code when no country is known.
RELIGIONS = frozenset({"CHR", "MUS", "JEW", "HIN", "BUD"})
#: Sectors a role word is coded by alone: the police, unidentified armed men ("gunmen", "terrorists") and rebels
#: ("rebel forces captured villages": a rebel word says which side the armed men are, as "gunmen" says none,
#: and was right on news where no state was written). On news the other sectors coded alone were wrong more
#: often than right: a party's "leader" or "congress" read as GOV or LEG, a guerrilla army's "troops" as MIL,
#: "judges" asked for, firms in another's act, civilians as bystanders of a misread act.
BARE_SECTORS = frozenset({"COP", "UAF", "REB"}) | RELIGIONS
#: Words that make a labour word organised labour wherever it is ("union workers", "strikers"): coded "LAB"
#: alone, unlike a bare "workers", who on news were as often aid or health workers, or victims.
ORGANISED_LABOUR_WORDS = ("union", "strik")
#: Offices a title gives a person no dictionary knows ("Senator Joe Lieberman", "Judge Ann Cole"): the title
#: says what they are even where nothing says of which state.
TITLED_SECTORS = frozenset({"LEG", "MIL", "JUD"})
#: ... and the government titles that name a state office whoever holds them. Not "leader", "secretary" or an
#: organisation's "president" ("congress president X"): on news those were a party's officers as often as not.
GOVERNMENT_TITLES = frozenset({"president", "vice president", "prime minister", "premier", "governor",
                               "chief minister", "chancellor", "minister"})


def bare_sectors(mentions: list[Mention], doc: Doc | None = None) -> None:
    """Role words whose country nothing gives (not the phrase, the sentence, the sentences before, the
    article's most named state, an earlier mention of the same body, nor the later steps that code people by
    an authority or as private persons) are coded by their sector alone, flagged ``sector_without_country``:
    "The government rejected the plan" in a text that names no state is ``GOV``, as GDELT writes an actor of
    unknown country (an empty country code and a type code). Not for words whose country was refused rather
    than missing (an ethnic or religious adjective, a backer, a shared nationality adjective such as
    "Korean"), nor for those ``context_countries`` passes over (vague plurals, refugees, embassies, a
    company's spokesman)."""
    for mention in mentions:
        if NO_COUNTRY_FOUND not in mention.flags:
            continue
        mention.flags.remove(NO_COUNTRY_FOUND)
        titled = mention.kind == "person" and _office_title(mention, doc)
        if mention.code or mention.country or not (titled or (mention.kind == "agent" and (
                mention.sector in BARE_SECTORS or _organised_labour(mention, doc)))):
            continue
        mention.code = mention.sector
        mention.flags.append(SECTOR_ONLY)


def _office_title(mention: Mention, doc: Doc | None) -> bool:
    """A person titled with a present state office whose sector the title gives ("Senator X" LEG, "Judge X"
    JUD, "President X" or "Foreign Minister X" GOV), not one held before ("former minister X")."""
    title = (mention.title or "").lower()
    if mention.sector in TITLED_SECTORS:
        office = bool(title)
    else:
        office = mention.sector == "GOV" and (title in GOVERNMENT_TITLES or title.endswith(" minister"))
    if not office or doc is None:
        return office
    before = doc[max(0, mention.start - 5) : mention.end]
    return not any(t.lower_ in PAST_WORDS for t in before)


def _organised_labour(mention: Mention, doc: Doc | None) -> bool:
    """A union or its strikers: labour in any country ("union workers said they would not end the strike")."""
    if mention.sector != "LAB" or doc is None:
        return False
    words = doc[mention.start : mention.end].text.lower()
    return any(word in words for word in ORGANISED_LABOUR_WORDS)
