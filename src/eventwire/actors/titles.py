"""Titles: a role word written before a person's name gives that person an office.

"Russian Foreign Minister Sergey Lavrov", "police Sgt. Ann Cole", "rebel leader Riek Machar": which mention the
title belongs to, which of the person's roles it names, and when the title says more than the dictionary (an
elite filed without dated roles who is titled with a present office, a challenger's sector, a namesake found
by a rank). Kept apart from ``compose``, which builds the agent phrase itself (a role word and its country);
this module decides what that phrase does to the person named after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.mention import Mention
from eventwire.actors.roles import role_for_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Sectors a title can give a person against their dictionary office: a challenger's, not an office.
CHALLENGER_SECTORS = {"REB", "OPP", "INS"}
#: Sectors of role words that name an office ("vice president", "director"): an office of a company
#: is no state's; people and places "of" a name ("the neighbourhoods of X") are not offices.
OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"}


def titled_person(doc: Doc, mentions: list[Mention], i: int, agent: Mention, to_state: bool = True) -> int | None:
    """Index of the person the role word titles: next mention, optionally after
    "to [the] STATE" ("ambassador to the U.S. Sergey Kislyak")."""
    j = i + 1
    if j >= len(mentions):
        return None
    gap = doc[agent.end : mentions[j].start]
    to_state = to_state and ((gap and gap[0].lower_ == "to") or doc[agent.end - 1].lower_ == "to")
    if mentions[j].kind != "person" and to_state and mentions[j].kind == "state":
        j += 1
        if j >= len(mentions):
            return None
        gap = doc[mentions[j - 1].end : mentions[j].start]
    if mentions[j].kind != "person" or any(not t.is_space and not is_rank(t) for t in gap):
        return None  # a rank may stand between: "police Sgt. Ann Cole"
    return j


#: Police and military ranks written between a body and a name ("police Sgt. Ann Cole"): part of the title.
RANKS = {"sgt", "sgt.", "lt", "lt.", "capt", "capt.", "cpl", "cpl.", "col", "col.", "gen", "gen.", "maj", "maj.",
         "det", "det.", "insp", "insp.", "const", "const.", "supt", "supt.", "cmdr", "cmdr.", "adm", "adm.",
         "sergeant", "lieutenant", "captain", "corporal", "detective", "inspector", "constable", "superintendent"}


def is_rank(token: Token) -> bool:
    """A rank word or its abbreviation (with or without the full stop), or that full stop."""
    return token.lower_ in RANKS or (token.text == "." and token.i > 0 and token.nbor(-1).lower_ in RANKS)


#: Role words that name a body or a crowd, never one person's title (plurals are caught by their tag).
BODY_WORDS = {"police", "military", "army", "navy", "government", "administration", "authorities", "regime",
              "cabinet", "junta", "media", "intelligence", "opposition", "coalition", "judiciary", "parliament",
              "congress", "leadership", "people", "public", "press"}


def names_a_body(doc: Doc, agent: Mention, person: Mention) -> bool:
    """A lower-case word for a body or crowd titles nobody: in "told police Brinkley fired" the police are
    whom he told, and "Brinkley" stays himself ("Police Chief Brinkley", "police Sgt. Ross" are titles)."""
    last = doc[agent.end - 1]
    ranked = any(is_rank(t) for t in doc[agent.end : person.start])
    return not ranked and last.text[:1].islower() and (last.lower_ in BODY_WORDS or last.tag_ in ("NNS", "NNPS"))


def merge_title(agent: Mention, person: Mention, ranked: bool = False, past: bool = False) -> Mention:
    """Fold the role word into the person's mention: an unknown person takes the title's code ("Russian
    ambassador X" RUSGOV); a known one keeps theirs unless the title's country or a challenger's sector says
    otherwise. A past title (``past``: "former foreign secretary X") names an office the person no longer
    holds, so it picks none of their roles (``former_title``)."""
    if ranked and _namesake(agent, person):
        forget_dictionary_person(person)
    person.start = agent.start
    person.title = agent.name
    person.head = agent.head
    if past and person.entry is not None:
        former_title(person)
    else:
        role_from_title(person, agent.code)
    if person.code is None:  # unknown person: the title codes them ("Russian ambassador X" -> RUSGOV)
        person.code = agent.code
        person.country = agent.country
        person.sector = agent.sector
    elif agent.country and person.country and agent.country != person.country:
        person.flags.append("title_country_differs")
        if person.entry is not None and person.entry.layer == 0:  # the text beats a legacy file's country
            person.code, person.country = agent.code, agent.country
    elif agent.sector in CHALLENGER_SECTORS and person.country and not (person.code or "").endswith(agent.sector):
        # "rebel leader Riek Machar": the title says what he is in this story, whatever office he held elsewhere
        person.code = person.country + agent.sector
        person.flags = [f for f in person.flags if f != "role_date_unknown"] + ["role_from_title"]
    person.modifier = agent.modifier
    return person


#: Words that make a title a past one ("former Prime Minister X"): the person is an elite, no office holder.
PAST_WORDS = {"former", "ex", "ex-", "late", "then", "onetime", "one-time"}
#: Role words that do not name one office: a party's or a movement's leader holds no state office by them.
LOOSE_TITLES = {"leader", "leaders", "leadership"}


def past_title(doc: Doc, agent: Mention) -> bool:
    """The title is a past one: "former", "ex-" or "then" written right before it ("Ex-foreign secretary X",
    "former US President X")."""
    before = [t.lower_ for t in doc[max(0, agent.start - 2) : agent.start + 1]]
    return bool(set(before[-2:]) & PAST_WORDS) or before[-2:] == ["ex", "-"] or before[:2] == ["ex", "-"]


def former_title(person: Mention) -> None:
    """A dictionary person written with a past title ("former foreign secretary Robin Cook") is no longer in
    that office. With the publication date known, the role the date gives stands (a minister may be "the
    former home secretary" while foreign secretary); with no date, the latest role would be taken, which the
    text has just said is over: the person is one of the state's elites (``ELI``, CAMEO's code for former
    government officials), flagged ``former_title``."""
    if "role_date_unknown" not in person.flags or not person.country:
        return
    person.code = person.country + "ELI"
    person.flags = [f for f in person.flags if f != "role_date_unknown"] + ["former_title"]


def office_from_title(doc: Doc, agent: Mention, person: Mention) -> Mention:
    """A person the dictionary files only as an elite (``XXXELI``: a past office holder, with no dated role)
    who is titled with a present office of the same state holds it in this story: "Swedish Prime Minister
    X" in a story from his years in office is the government, not an elite."""
    words = {t.lower_ for t in doc[max(0, agent.start - 2) : agent.end]}
    if not person.country or not (person.code or "").endswith("ELI") or agent.sector not in OFFICE_SECTORS or \
            agent.sector == "ELI" or \
            (agent.country or person.country) != person.country or words & (PAST_WORDS | LOOSE_TITLES):
        return person
    person.code = person.country + agent.sector
    person.flags = [f for f in person.flags if f != "role_date_unknown"] + ["role_from_title"]
    return person


def forget_dictionary_person(mention: Mention) -> None:
    """Undo a dictionary match found to be a namesake: the mention keeps its words, loses the person's
    codes and roles, and is marked so coreference treats the name's other mentions alike (``coref``)."""
    mention.entry, mention.code, mention.country, mention.sector = None, None, None, None
    mention.flags = [f for f in mention.flags if not f.startswith("role_")] + ["namesake_of_dictionary_person"]


def _namesake(agent: Mention, person: Mention) -> bool:
    """A ranked officer ("police Sgt. Ann Cole") who shares a name with a person of the generated files who
    never served in that sector (a minister of another country) is a namesake: the rank says who this is."""
    entry = person.entry
    if entry is None or entry.layer != 0 or not agent.sector:
        return False
    return not any(agent.sector in role.code[3:] for role in entry.roles) and agent.sector not in (entry.base or "")


def role_from_title(person: Mention, title_code: str | None) -> None:
    """A dictionary person with several dated roles holds the one the title names ("Defence Minister X")."""
    if person.entry is None:
        return
    coding = role_for_code(person.entry, title_code)
    if coding is not None and coding.code != person.code:
        person.code, person.country = coding.code, coding.country
        person.flags = [f for f in person.flags if f != "role_date_unknown"] + coding.flags
