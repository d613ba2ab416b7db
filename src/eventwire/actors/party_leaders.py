"""Leaders of a party or of a house's party caucus hold no state office by that title.

"leader" is a government word in the agents list: alone ("the Russian leader") it names the head of a
state. Written after a party's name, adjective or word ("Tory leader Peter Howard", "the Labour leader",
"the party's leader") it names the party's head, and the story's country would otherwise make him its
government; the coreference of his surname then copies that government code to every later "Howard".
"Majority Leader" and "Minority Leader" are a house's floor leaders, and "Senate Republican leader" a
party's leader in a house: legislators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Title words a party's head carries.
LEADER_WORDS = {"leader", "leaders", "leadership"}
#: Words for a party, or names of party families used without "Party" ("Tory leader", "Lib Dem leader").
PARTY_WORDS = {"party", "parties", "tory", "tories", "conservative", "conservatives", "labour", "labor", "liberal",
               "liberals", "dem", "dems", "democrat", "democrats", "democratic", "republican", "republicans", "gop",
               "socialist", "socialists", "green", "greens", "ukip", "communist", "nationalist", "snp"}
#: Floor leaders of a legislature's house ("Senate Majority Leader").
FLOOR_WORDS = {"majority", "minority"}
#: Houses of a legislature whose party leaders are legislators ("House Democratic leader").
HOUSE_WORDS = {"senate", "house", "congressional", "parliamentary", "assembly"}
#: Sectors a party leader's title may have been given by the word "leader" alone.
STATE_SECTORS = {"GOV", "ELI"}


def party_leader(mention: Mention, doc: Doc) -> None:
    """Re-sector an agent ("the Tory leader") or a person titled so ("Tory leader Peter Howard") whom only
    the title codes: a dictionary person with a dated office keeps it ("Labour leader Tony Blair" in 2005 is
    the prime minister)."""
    if mention.kind not in ("agent", "person") or mention.start >= len(doc):
        return
    if doc[mention.start].lower_ not in LEADER_WORDS:
        return
    if mention.kind == "person" and mention.entry is not None and "role_from_title" not in mention.flags:
        return
    sector = mention.sector or (mention.code or "")[3:6]
    if sector not in STATE_SECTORS:
        return
    new = _sector_before(doc, mention.start)
    if new is None:
        return
    mention.sector = new
    if mention.country:
        mention.code = mention.country + new
    mention.flags.append("party_leader")


def _sector_before(doc: Doc, i: int) -> str | None:
    """PTY after a party word ("Labour leader", "the party's leader"), LEG after a floor word ("Minority
    Leader") or a party word after a house ("Senate Republican leader"), else None."""
    j = i - 1
    if j >= 0 and doc[j].tag_ == "POS":  # "the party's leader"
        j -= 1
    if j < 0:
        return None
    word = doc[j].lower_
    if word in FLOOR_WORDS:
        return "LEG"
    if word in PARTY_WORDS:
        # "Senate Republican leader": the party's leader in a house of the legislature
        return "LEG" if j > 0 and doc[j - 1].lower_ in HOUSE_WORDS else "PTY"
    return None
