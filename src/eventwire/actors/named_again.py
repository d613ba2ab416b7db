"""A bare role word that names again a body the article has already named with its country.

Kept apart from ``context.py`` so that module keeps one job, ranking a sentence's
countries for a bare role word; these rules look back over the article instead, for the one body the
word must mean: "Somali pirates … the pirates", "The Libyan Coalition … the Coalition said", "the
US-led coalition … coalition fighter jets". Each answers only when every earlier candidate agrees, and
``context.context_countries`` tries them before its sentence-level guesses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.match import END, norm

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.actors.mention import Mention, Resources

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


#: "coalition" and the possessive written without its apostrophe, which a tagger may keep as its own lemma
#: ("the Coalitions airstrikes").
_COALITION_WORDS = frozenset({"coalition", "coalitions"})


def led_coalition(mentions: list[Mention], index: int, doc: Doc,
                  res: Resources | None = None) -> tuple[str, str | None] | None:
    """A bare "the coalition" in an article that names one "X-led coalition" is that coalition, with its
    country and sector, wherever the article names it (a headline's "Coalition raids kill 21" comes before
    the body's "the US-led coalition"); not the country the raids hit, nor a country a sentence names for
    someone else ("the group which backs the Syrian opposition said … attacks by coalition fighter jets").
    Only a bare "(the) coalition", or one followed by words for its armed men and craft only
    (``COALITION_CRAFT``: "coalition fighter jets", "coalition forces"): "the ruling coalition" is another
    one, and two different led coalitions leave it to the context."""
    mention = mentions[index]
    words = [t for t in doc[mention.start : mention.end] if t.dep_ != "det"]
    if not words or _COALITION_WORDS.isdisjoint((words[0].lemma_.lower(), words[0].lower_)) or \
            any(t.lower_ not in COALITION_CRAFT for t in words[1:]):
        return None  # "coalition fighter jets" are the coalition's; "the coalition government" is another one
    led = _led_coalitions(mentions, doc, res, mention)
    return led.pop() if len(led) == 1 else None


def _led_coalitions(mentions: list[Mention], doc: Doc, res: Resources | None,
                    mention: Mention | None = None) -> set[tuple[str, str | None]]:
    """The (country, sector) of every "X-led coalition" the article names: "US-led" inside the mention, or a
    "U.S.-led" the tokenizer keeps whole just before a bare "coalition" mention (its country read from the
    dictionary's names and adjectives)."""
    led = set()
    for m in mentions:
        words = [t for t in doc[m.start : m.end] if t.lemma_.lower() == "coalition"]
        if not words or any(t.lower_ not in COALITION_CRAFT for t in doc[words[0].i + 1 : m.end]):
            continue  # "the US-led coalition", "US-led coalition fighter jets"; not "the coalition government"
        if m.country and any(t.lower_ in ("led", "-led") for t in doc[m.start : words[0].i]):
            led.add((m.country, m.sector))
        elif res is not None and m.start > 0 and words[0].i == m.start and doc[m.start - 1].lower_.endswith(
                "-led") and (country := _country_named(doc[m.start - 1].text[: -len("-led")], res)):
            led.add((country, "MIL"))
    return led


def _country_named(text: str, res: Resources) -> str | None:
    """The state a one-word name or adjective names ("U.S.", "Saudi"), else None."""
    node = res.index.entities.get(norm(text))
    countries = {entry.country for payload in (node or {}).get(END, ())
                 if (entry := res.dictionary.entries.get(payload.entry_id)) is not None
                 and entry.kind == "state" and entry.country}
    return countries.pop() if len(countries) == 1 else None


#: Bare words for warplanes: in an article whose one led coalition is the only air power named with a
#: country, "the bombers" are that coalition's, not of the city the sentence names as their target.
AIRCRAFT_WORDS = {"bomber", "bombers", "warplane", "warplanes", "jet", "jets", "fighter", "aircraft", "plane",
                  "planes"}
#: Words that tell another country's air power: "Syrian warplanes", "the Russian air force".
AIR_POWER_WORDS = AIRCRAFT_WORDS | {"air", "aerospace", "airforce", "airstrike", "airstrikes", "drone", "drones",
                                    "helicopter", "helicopters", "pilot", "pilots"}


def coalition_aircraft(mentions: list[Mention], index: int, doc: Doc,
                       res: Resources) -> tuple[str, str | None] | None:
    """"The bombers had also targeted the Syrian army troops near the city of Deir Ezzor" in an article
    about the US-led coalition's raids: the bombers are the coalition's (its country, MIL), not Syria's
    (the city's). Only when the article names one X-led coalition and no other country's warplanes or air
    force with their country written ("Syrian warplanes … the bombers" keeps the usual rules)."""
    mention = mentions[index]
    words = [t.lower_ for t in doc[mention.start : mention.end] if t.dep_ != "det"]
    if not words or any(w not in AIRCRAFT_WORDS for w in words) or (mention.sector or "") != "MIL":
        return None
    led = _led_coalitions(mentions, doc, res)
    if len(led) != 1:
        return None
    country, sector = next(iter(led))
    before = mention.start - 1
    while before >= 0 and doc[before].dep_ == "det":
        before -= 1
    if before >= 0 and (doc[before].pos_ == "PROPN" or doc[before].dep_ == "poss" or doc[before].tag_ == "POS"
                        or doc[before].ent_type_ in ("PERSON", "GPE", "NORP", "ORG")):
        return None  # "Assads warplanes", "Russia's jets": someone's own
    if _other_country_in_sentence(mentions, mention, doc, country):
        return None  # "Turkish special forces, tanks and jets", "Kremlin spokesman … the aircraft"
    for m in mentions:
        if m.country and m.country != country and "country_from_context" not in m.flags and \
                any(t.lower_ in AIR_POWER_WORDS for t in doc[m.start : m.end + 1]):
            return None  # "Syrian warplanes", "the Russian air force": another air power in the article
    return country, sector or "MIL"


def _other_country_in_sentence(mentions: list[Mention], mention: Mention, doc: Doc, country: str) -> bool:
    """Whether the mention's sentence writes another country for someone other than a place or what the
    warplanes act upon ("The bombers targeted [the Syrian army troops]" does not count)."""
    sentence = doc[mention.start].sent
    verb = doc[mention.start : mention.end].root.head
    for m in mentions:
        if m is mention or not m.country or m.country == country or m.kind == "place" or \
                "country_from_context" in m.flags or not (sentence.start <= m.start < sentence.end):
            continue
        root = doc[m.start : m.end].root
        if (root.dep_ == "dobj" and root.head == verb) or \
                (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head == verb):
            continue  # what the warplanes struck
        return True
    return False


#: Words that make an armed role word a name for one organisation: "the militant [group]", "the jihadist
#: [organisation]".
GROUP_NOUNS = frozenset({"group", "organization", "organisation", "movement", "network", "outfit"})
#: Sectors of a group a dictionary names ("Islamic State" is IMGMUSISI, "Hamas" PSEREBHMS).
ARMED_GROUP_SECTORS = ("REB", "INS", "MUS", "UAF")


def armed_group_named_again(mentions: list[Mention], index: int, doc: Doc) -> Mention | None:
    """The named armed group a definite "the militant group" stands for: "an air strike against an Islamic
    State target, expanding its campaign against [the militant group] that has seized parts of Iraq" is
    Islamic State, not rebels of the country its clause names. Only when exactly one such group is named in
    the sentence or the two before, and only for "the <armed word> group/organisation/movement"."""
    mention = mentions[index]
    if (mention.sector or "")[:3] not in NON_STATE_GROUPS or mention.start == 0 or mention.end >= len(doc):
        return None
    if doc[mention.start - 1].lower_ != "the" or doc[mention.end].lower_ not in GROUP_NOUNS:
        return None
    sentence = doc[mention.start].sent
    window = sentence.start
    for _ in range(2):
        if window > 0:
            window = doc[window - 1].sent.start
    named = {m.code: m for m in mentions[:index] if m.entry is not None and m.kind in ("group", "organisation")
             and m.start >= window and m.code and any(s in m.code[3:] for s in ARMED_GROUP_SECTORS)}
    return next(iter(named.values())) if len(named) == 1 else None
