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
#: Flag of a mention whose country from the story was refused because a party name says it may be another's.
COUNTRY_REFUSED = "country_refused"
#: Party names that belong to the party systems of a few states only ("Liberal Democrat", "Tory", "GOP"),
#: as one or two words before "leader". Generic words ("party", "socialist", "green") belong to any state.
PARTY_HOMES = {("liberal", "democrat"): {"GBR"}, ("liberal", "democrats"): {"GBR"}, ("lib", "dem"): {"GBR"},
               ("lib", "dems"): {"GBR"}, ("ukip",): {"GBR"}, ("snp",): {"GBR"}, ("tory",): {"GBR", "CAN"},
               ("tories",): {"GBR", "CAN"}, ("labour",): {"GBR", "AUS", "NZL", "IRL", "ISR", "NOR"},
               ("gop",): {"USA"}, ("republican",): {"USA"}, ("republicans",): {"USA"}, ("democrat",): {"USA"},
               ("democrats",): {"USA"}, ("democratic",): {"USA"}}


def party_leader(mention: Mention, doc: Doc) -> None:
    """Re-sector an agent ("the Tory leader") or a person titled so ("Tory leader Peter Howard") whom only
    the title codes: a dictionary person with a dated office keeps it ("Labour leader Tony Blair" in 2005 is
    the prime minister)."""
    if mention.kind not in ("agent", "person") or mention.start >= len(doc):
        return
    if _party_titled(mention, doc):
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
    if "country_from_context" in mention.flags:
        _party_home(mention, doc)
    if mention.country:
        mention.code = mention.country + new
    mention.flags.append("party_leader")


def _party_titled(mention: Mention, doc: Doc) -> bool:
    """"Labour Party leader Tom Wilkes": the title ("Party leader") already says PTY, and the party's name left
    outside the mention is all that says whose. A country guessed from the story gives way to it as for "the
    Labour leader" (a foreign war the sentence names is no party's home). True when the mention is so titled."""
    start = mention.start
    if not (doc[start].lower_ in ("party", "parties") and start + 1 < len(doc)
            and doc[start + 1].lower_ in LEADER_WORDS):
        return False
    if "country_from_context" in mention.flags:
        _party_home(mention, doc)
        if mention.country:
            mention.code = mention.country + (mention.sector or "PTY")
    return True


def _party_home(mention: Mention, doc: Doc) -> None:
    """A party leader whose country was guessed from the story takes the country of the party the text names
    when the two differ: "the Liberal Democrat leader" in a story about the Iraq war is British, not Iraqi. A
    party of several states' systems ("Labour") that is none of the story's leaves the country out."""
    homes = _homes_before(doc, mention.start)
    if homes is None or mention.country in homes:
        return
    if len(homes) == 1:
        mention.country = next(iter(homes))
        mention.flags = [f for f in mention.flags if f != "country_from_context"] + ["country_from_party"]
        return
    mention.country, mention.code = None, None
    mention.flags.append(COUNTRY_REFUSED)


def refuse_describers(mentions: list[Mention], doc: Doc) -> None:
    """A word that only describes a party leader whose country was refused ("[opposition] Labour leader Tom
    Wilkes") took its country from the same story guess: refused too, or the events stage would take the
    describer for the man ("the Iraqi opposition" criticising the Iraqi government)."""
    refused = [(m.start, m.end) for m in mentions if COUNTRY_REFUSED in m.flags]
    if not refused:
        return
    for mention in mentions:
        if "country_from_context" not in mention.flags or mention.kind != "agent" or mention.end > len(doc):
            continue
        head = doc[mention.start : mention.end].root.head
        if mention.end <= head.i and any(start <= head.i < end for start, end in refused):
            mention.country, mention.code = None, None
            mention.flags = [f for f in mention.flags if f != "country_from_context"] + [COUNTRY_REFUSED]


def _homes_before(doc: Doc, i: int) -> set[str] | None:
    """The states whose party system the capitalised party name before ``doc[i]`` belongs to, or None if any
    state's (a lower-case "republican leader" in Ulster is no American party's)."""
    j = i - 1
    if j >= 0 and doc[j].tag_ == "POS":
        j -= 1
    if j < 0 or not doc[j].text[:1].isupper():
        return None
    two = (doc[j - 1].lower_, doc[j].lower_) if j >= 1 else None
    if two in PARTY_HOMES:
        return PARTY_HOMES[two]
    if j >= 1 and doc[j - 1].lower_ in ("liberal", "social", "christian", "new"):
        return None  # "Social Democrat leader": a party family of many states
    return PARTY_HOMES.get((doc[j].lower_,))


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
