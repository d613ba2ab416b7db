"""Agent phrases: role words joined with their country and the person they title.

"Russian Foreign Minister Sergey Lavrov" is one RUSGOV mention, "top U.S.
officials" USAGOV, "forces of Syria" SYRMIL, "a spokesman for Hamas" Hamas's
code, "Burundi's National Security Council" BDIGOV. Works on the mentions
``resolve`` found, left to right, in one pass. Which person a role word titles, and
what office the title gives them, is ``titles``; whose an organisation named beside a
country is (an institution, a company), ``org_country``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.companies import known_company
from eventwire.actors.match import norm
from eventwire.actors.mention import Mention
from eventwire.actors.org_country import based_org, country_owned_org, national_company, unknown_company
from eventwire.actors.titles import (
    OFFICE_SECTORS,
    is_rank,
    merge_title,
    names_a_body,
    office_from_title,
    past_title,
    role_from_title,
    titled_person,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Role words for someone who speaks or acts for a body: coded as that body.
SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "representative",
              "representatives", "envoy", "envoys", "member", "members", "head", "chief", "commander", "source",
              "sources", "leader", "leaders"}
#: "Iran-backed militias" are not Iran's: the backer is another party (so these are no fillers).
SUPPORT_WORDS = {"backed", "funded", "sponsored", "supported", "allied", "trained", "aligned", "linked",
                 "affiliated", "inspired"}
#: Sectors of fighter words ("militants", "fighters", "insurgents"): "militants of the X group" are the named
#: armed group's own, as its members are, not rebels of the country around them.
FIGHTER_SECTORS = {"REB", "UAF", "INS"}
#: Words that may sit between a country modifier and a role word.
FILLERS = {"top", "senior", "high-ranking", "former", "acting", "deputy", "new", "then", "chief", "first",
           "interim", "outgoing", "incoming", "caretaker", "embattled", "veteran", "main", "regular", "'s", "'",
           "state", "government", "pro-government", "government-backed", "-", "led", "based",
           "appointed", "run", "owned", "aid", "relief", "humanitarian",
           "loyalist", "elite", "local", "national", "federal", "military", "civilian", "armed", "air"}


def compose_agents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Merge role words with their country modifier and the person they title."""
    mentions = [m for k, m in enumerate(mentions) if not _grade_word(m, mentions[k + 1 : k + 2])]
    for mention in mentions:
        if mention.kind == "agent" and _named_alliance(doc, mention):
            mention.sector = _alliance_sector(doc, doc[mention.end - 1])
            mention.flags.append("named_alliance")
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        if mention.kind == "organisation" and titled_person(doc, mentions, i, mention, to_state=False):
            # an office written as a title: "Secretary of State Rex Tillerson"
            mentions[i + 1].flags.append("titled")
            mentions[i + 1].start = mention.start
            mentions[i + 1].head = mention.end - 1
            role_from_title(mentions[i + 1], mention.code)
            i += 1
            continue
        if mention.kind != "agent":
            if mention.kind == "organisation":
                country_owned_org(doc, out, mention)
                based_org(doc, out, mention)
                national_company(doc, out, mention)
            out.append(mention)
            i += 1
            continue
        # a run of adjacent agent words ("civilian opponents"): the last is the head
        while i + 1 < len(mentions) and mentions[i + 1].kind == "agent" and mentions[i + 1].start == mention.end:
            nxt = mentions[i + 1]
            # "rebel official", "army commander": one who speaks or acts for a body is of that body's sector
            words = (nxt.name or "").split()  # a bare "official", not "military officials" (its own sector)
            bare_speaker = len(words) == 1 and words[0] in SPEAKS_FOR
            sector = mention.sector if bare_speaker and mention.sector else nxt.sector
            if bare_speaker and "named_alliance" in mention.flags:
                sector = mention.sector  # "a Coalition spokesman" speaks for the alliance, not for a government
            mention = Mention(mention.start, nxt.end, "agent", form="agent", sector=sector, head=nxt.head,
                              name=doc[mention.start : nxt.end].text.lower())
            i += 1
        modifier = _left_modifier(doc, out, mention)
        if modifier is not None:
            out.remove(modifier)
            sender = _sending_state(doc, out, modifier, mention)
            if sender is not None:  # "U.S. deputy UN ambassador": the U.S.'s envoy at the UN
                out.remove(sender)
                modifier.start = sender.start
                modifier = sender
            _apply_modifier(mention, modifier)
            mention.start = min(mention.start, modifier.start)
            _coordinated_states(doc, out, modifier, mention)
        person_index = titled_person(doc, mentions, i, mention)
        if person_index is not None and names_a_body(doc, mention, mentions[person_index]):
            person_index = None
        if person_index is not None:
            ranked = any(is_rank(t) for t in doc[mention.end : mentions[person_index].start])
            past = past_title(doc, mention)
            out.append(office_from_title(doc, mention, merge_title(mention, mentions[person_index], ranked, past)))
            i = person_index + 1
            continue
        if mention.country is None and mention.code is None:
            _of_phrase(doc, mentions, i, mention)
        out.append(mention)
        i += 1
    return out


#: Agent words for an alliance. Lower-case ("the US-led coalition", "coalition jets") it is the armed alliance of
#: war news; capitalised mid-sentence it is a name, most often of a political alliance, whose sector varies by
#: country (a governing coalition, a party bloc, an opposition body abroad).
ALLIANCE_WORDS = {"coalition", "coalitions"}
#: Words that make a named alliance an opposition body ("Syria's opposition National Coalition").
OPPOSITION_WORDS = {"opposition", "anti-government", "antigovernment", "dissident"}
#: Nouns of armed acts and craft: a named alliance whose strikes or planes are named is an armed one.
ARMED_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombings",
               "bombardment", "shelling", "offensive", "warplane", "warplanes", "plane", "planes", "jet", "jets"}


def _named_alliance(doc: Doc, mention: Mention) -> bool:
    """A capitalised alliance word that is no armed alliance by what is written around it. A sentence's first
    word says nothing by its capital; a state-led alliance ("the Saudi-led Coalition") and one whose strikes or
    planes are named ("Coalition Airstrikes Hit …") keep the military sector."""
    head = doc[mention.end - 1]
    if head.lower_ not in ALLIANCE_WORDS or not head.text[:1].isupper() or head.is_sent_start:
        return False
    led = any(t.lower_ == "led" or t.lower_.endswith("-led") for t in doc[max(0, head.i - 2) : head.i])
    armed = head.dep_ == "compound" and head.head.lower_ in ARMED_NOUNS
    return not led and not armed


def _alliance_sector(doc: Doc, head: Token) -> str | None:
    """OPP when an opposition word is in the alliance's phrase or apposition ("The Syrian Coalition, an
    opposition group"; "Syria's opposition National Coalition"), else no sector: which kind of body a named
    coalition is cannot be told from the name."""
    words = [t for left in head.lefts for t in left.subtree]
    words += [t for child in head.children if child.dep_ == "appos" for t in child.subtree]
    if head.dep_ == "appos":  # "Syria's opposition National Coalition": the name stands beside the word
        words += [head.head] + [t for left in head.head.lefts for t in left.subtree]
    first = head.i  # ...which the parser may attach elsewhere: the word right before the name
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].text[:1].isupper():
        first -= 1
    words += list(doc[max(0, first - 1) : first])
    return "OPP" if any(_opposition_word(doc, t) for t in words) else None


def _opposition_word(doc: Doc, token: Token) -> bool:
    """"opposition", "dissident", or "anti-government" in one token or three."""
    return token.lower_ in OPPOSITION_WORDS or (token.lower_ == "government" and token.i >= 2
                                                 and doc[token.i - 2].lower_ == "anti")


#: Roles held by a state's people at an international body: "the U.S. UN ambassador".
DELEGATE_WORDS = {"ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate",
                  "delegates", "delegation", "mission"}


def _grade_word(mention: Mention, following: list[Mention]) -> bool:
    """A filler that is also a role word ("deputy": a sheriff's deputy) is a
    grade when another mention follows at once ("U.S. deputy UN ambassador")."""
    return mention.kind == "agent" and (mention.name or "") in FILLERS and bool(following) and \
        following[0].start == mention.end and following[0].kind != "agent"  # agent runs merge below


def _sending_state(doc: Doc, before: list[Mention], body: Mention, agent: Mention) -> Mention | None:
    """The state written before an international body and a delegate word."""
    if not (body.code or "").startswith("IGO") or (agent.name or "").split()[-1] not in DELEGATE_WORDS or \
            not before or before[-1].kind != "state":
        return None
    state = before[-1]
    gap = doc[state.end : body.start]
    return state if all(norm(t.text) in FILLERS or t.pos_ == "ADJ" for t in gap) else None


def _left_modifier(doc: Doc, before: list[Mention], agent: Mention) -> Mention | None:
    """The country/organisation mention right before the role word, fillers allowed."""
    if not before:
        return None
    candidate = before[-1]
    if candidate.kind not in ("state", "organisation", "group", "person") and not _local_organ(candidate, agent):
        return None
    if candidate.country is None and candidate.code is None:
        return None
    if candidate.kind == "person" and candidate.entry is None:
        return None
    for j in range(candidate.end, agent.start):
        if norm(doc[j].text) not in FILLERS and doc[j].pos_ not in ("ADJ", "ADV") and not _trade_word(doc[j], agent):
            return None
    return candidate


#: Organs a province, state or city has of its own: "the [Uttar Pradesh] government", "[Texas] officials",
#: "[Kerala] police", "the [Lagos] State House of Assembly".
LOCAL_ORGAN_SECTORS = {"GOV", "LEG", "JUD", "COP"}


#: Name forms of a state written as a modifier: "Russian", "U.S.", "UK" (not "Russia": "Russia and Syrian
#: forces" may name the state itself).
MODIFIER_FORMS = frozenset({"adjective", "alias"})
#: Words that join coordinated nationalities: "U.S., British and French forces".
JOINING_WORDS = frozenset({",", "and", "&"})


def _coordinated_states(doc: Doc, before: list[Mention], modifier: Mention, agent: Mention) -> None:
    """"[U.S.] and Iraqi forces", "[Russian], [British] and French jets": nationalities coordinated with the
    role word's own country modifier qualify the same word, so each is that country's sector (USAMIL beside
    IRQMIL), not the bare state; they stay mentions of their own, one actor each."""
    if modifier.kind != "state" or modifier.form not in MODIFIER_FORMS or not agent.sector:
        return
    if doc[agent.end - 1].dep_ in ("compound", "nmod", "amod"):
        return  # "Russian and [Syrian regime] air strikes": the nationalities qualify the strikes, not the regime
    following = modifier
    for state in reversed(before):
        gap = {t.lower_ for t in doc[state.end : following.start]}
        if state.kind != "state" or state.form not in MODIFIER_FORMS or not state.country or not gap or \
                not gap <= JOINING_WORDS or (following is modifier and not gap & {"and", "&"}):
            return
        state.code = state.country + agent.sector
        state.sector = agent.sector
        state.flags.append("coordinated_modifier")
        following = state


def _local_organ(place: Mention, agent: Mention) -> bool:
    """A region or city named before a state organ's word is whose organ it is: one mention of that country's
    sector ("The Uttar Pradesh government" INDGOV), so two such governments in one clause are two actors.
    Not a place named as where a body is based ("the Paris-based"), and not other sectors: "Aleppo
    residents", "Gaza militants" are still coded from the context as before."""
    return place.kind == "place" and bool(place.country) and "based_in" not in place.flags and (
        agent.sector or "") in LOCAL_ORGAN_SECTORS


def _trade_word(token, agent: Mention) -> bool:
    """"Chinese [appliance] maker", "Japanese [electronics] company": a noun
    naming a business's trade may stand between its country and the word."""
    return agent.sector == "BUS" and (token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.dep_ == "compound"))


#: Offices of the state a party's members hold: under a party name they stay the state's ("GOP senators",
#: "Likud ministers"); a party's own officers ("the BJP president", "ANC leaders") are the party's.
STATE_OFFICE_WORDS = frozenset({"minister", "ministers", "governor", "governors", "mayor", "mayors"})


def _party_member_in_office(agent: Mention, modifier: Mention) -> bool:
    if modifier.kind != "organisation" or not modifier.country or (modifier.code or "")[3:6] != "PTY":
        return False
    words = (agent.name or "").split()
    return agent.sector == "LEG" or (agent.sector == "GOV" and bool(words) and words[-1] in STATE_OFFICE_WORDS)


def _apply_modifier(agent: Mention, modifier: Mention) -> None:
    agent.modifier = True
    agent.country = modifier.country
    if modifier.kind in ("state", "place") or (modifier.kind == "person" and modifier.country):
        agent.code = (modifier.country or "") + (agent.sector or "") if modifier.country else None
        if modifier.kind == "place":  # "the [Kerala] government": a province's own organ, not the state's
            agent.flags.append("local_organ")
    elif _party_member_in_office(agent, modifier):
        agent.code = (modifier.country or "") + (agent.sector or "")  # "BJP lawmakers" sit in India's parliament
    elif agent.sector == "LAB" and known_company(modifier) and modifier.country:
        agent.code = modifier.country + "LAB"  # "Hyundai union workers" strike against the firm: its labour
    else:
        agent.code = modifier.code  # "UN officials" -> IGOUNO, "White House officials" -> USAGOV
        if modifier.kind == "organisation":  # a working mark for ``story_state._foreign_outlets`` ("AFP reporter")
            agent.flags.append("of_organisation")
    agent.flags += [f for f in modifier.flags if f in ("role_date_unknown",)]


def _of_phrase(doc: Doc, mentions: list[Mention], i: int, agent: Mention) -> None:
    """"forces of Syria", "opponents of the regime": country from the of-phrase."""
    j = i + 1
    if j >= len(mentions):
        return
    gap = [t.lower_ for t in doc[agent.end : mentions[j].start]]
    if gap not in (["of"], ["of", "the"], ["for"], ["for", "the"], ["in"]):
        return  # not "from": "withdraw its troops from Iraq" are not Iraqi troops
    other = mentions[j]
    if other.kind == "state" and gap[0] in ("of", "for"):
        agent.country = other.country
        sector = agent.sector
        agent.end = other.end
        mentions.pop(j)
        if j < len(mentions) and mentions[j].kind == "agent" and mentions[j].start == agent.end:
            inner = mentions.pop(j)  # "opponents of the Syrian regime"
            agent.end = inner.end
            if (agent.name or "").split()[-1] in SPEAKS_FOR:  # "spokesman for the Russian military"
                sector = inner.sector
        agent.code = (other.country or "") + (sector or "")
    elif unknown_company(doc, other) and gap[0] in ("of", "for") and (agent.sector or "")[:3] in OFFICE_SECTORS:
        agent.flags.append("office_of_organisation")  # "vice president of AMD": no state's office
    elif other.kind in ("organisation", "group") and other.code and gap[0] in ("of", "for") and \
            (agent.name or "").split()[-1] in SPEAKS_FOR:
        agent.country, agent.code, agent.end = other.country, other.code, other.end  # "a spokesman for Hamas"
        mentions.pop(j)
    elif other.kind == "group" and other.code and gap[0] == "of" and (agent.sector or "")[:3] in FIGHTER_SECTORS:
        agent.country, agent.code, agent.end = other.country, other.code, other.end  # "militants of the IS group"
        mentions.pop(j)
    elif other.kind == "agent" and gap[0] == "of" and other.country is None:
        agent.end = other.end  # "opponents of the regime": one mention, country from context later
        agent.name = f"{agent.name} of the {other.name}"
        mentions.pop(j)
    elif other.kind == "agent" and gap[0] == "of":
        agent.country = other.country  # "opponents of the Syrian regime"
        agent.code = (other.country or "") + (agent.sector or "")
        agent.end = other.end
        mentions.pop(j)
