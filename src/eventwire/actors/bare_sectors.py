"""Sector-only codes: a police or armed-men word whose country nothing gives is coded by its sector alone.

``context_countries`` marks the role words none of its sources gives a country; the later steps (people
coded by an authority or as private persons) may still code them. This step runs after all of those and
reads the mark: it decides what an actor of unknown country is coded as, which is a separate question from
where a country comes from, so it lives apart from the cascade that looks for one.
"""

from __future__ import annotations

from eventwire.actors.mention import Mention

#: Working mark of ``context_countries``: a role word whose country none of its sources gives.
NO_COUNTRY_FOUND = "no_country_found"
#: The flag of a role word coded by its sector alone ("GOV"), as GDELT codes an actor of unknown country.
SECTOR_ONLY = "sector_without_country"
#: Sectors a role word is coded by alone: the police and unidentified armed men ("gunmen", "terrorists"). On
#: news the other sectors coded alone were wrong more often than right: a party's "leader" or "congress" read
#: as GOV or LEG, a guerrilla army's "troops" as MIL, "judges" asked for, firms in another's act, civilians as
#: bystanders of a misread act.
BARE_SECTORS = frozenset({"COP", "UAF"})


def bare_sectors(mentions: list[Mention]) -> None:
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
        if mention.code or mention.country or mention.kind != "agent" or mention.sector not in BARE_SECTORS:
            continue
        mention.code = mention.sector
        mention.flags.append(SECTOR_ONLY)
