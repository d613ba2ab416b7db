"""Turn a parsed Doc into actor mentions: dictionary first, spaCy second.

The steps, in order, each with the reason it exists:

1. Dictionary phrase matches (entities and agent words). The small spaCy
   model mislabels names ("Trump" as ORG, "Minsk" as ORG) and merges
   neighbours ("the U.S. Sergey Kislyak"); the dictionary is right more often,
   so its matches win and split spaCy's entities.
2. spaCy entities the dictionary does not cover: unknown people stay as
   mentions without a code (the events stage still needs them), places are
   looked up in the gazetteer, organisations kept uncoded.
3. Honorific + capitalised word ("Mr. Flynn") that spaCy missed: a person.
4. Agent phrases: a role word joins its country modifier and the person it
   titles into one mention ("Russian Foreign Minister Sergey Lavrov",
   "top U.S. officials", "forces of Syria").
5. Coreference (``coref.py``): surnames, "the president", entity ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.actors.dictionary import ActorDictionary, Entry
from eventwire.actors.match import Match, Payload, PhraseIndex, find_matches, norm
from eventwire.actors.roles import code_on, role_for_code

if TYPE_CHECKING:
    from spacy.tokens import Doc

HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "sheikh"}
#: Words that may sit between a country modifier and a role word.
FILLERS = {"top", "senior", "high-ranking", "former", "acting", "deputy", "new", "then", "chief", "first",
           "interim", "outgoing", "incoming", "caretaker", "embattled", "veteran", "main", "regular", "'s", "'",
           "state", "government", "pro-government", "government-backed", "-", "led", "backed", "allied", "based",
           "appointed", "funded", "sponsored", "supported", "run", "owned", "aid", "relief", "humanitarian",
           "loyalist", "elite", "local", "national", "federal", "military", "civilian", "armed"}
#: Role words for someone who speaks or acts for a body: coded as that body.
SPEAKS_FOR = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "official", "officials", "representative",
              "representatives", "envoy", "envoys", "member", "members", "head", "chief", "commander", "source",
              "sources", "leader", "leaders"}
LEFT_GRADES = {"top", "senior", "high-ranking", "former", "acting", "deputy", "junior", "retired"}
FORM_RANK = {"name": 0, "alias": 0, "adjective": 1, "capital": 1, "city": 3}
KIND_RANK = {"state": 0, "organisation": 1, "group": 1, "person": 2}


@dataclass(slots=True)
class Mention:
    """A mention under construction; token offsets into the Doc."""

    start: int
    end: int
    kind: str  # person | state | organisation | group | agent | place
    entry: Entry | None = None
    code: str | None = None
    country: str | None = None
    name: str | None = None
    form: str | None = None  # dictionary name form, "ent" for spaCy, "agent"
    sector: str | None = None  # agent sector (GOV, MIL...)
    title: str | None = None  # role word that titles a person, "president"
    flags: list[str] = field(default_factory=list)
    entity_id: str | None = None
    head: int | None = None  # token index of the agent word, when composed
    modifier: bool = False  # a country modifier was written ("Russian ...")


@dataclass(slots=True)
class Resources:
    """Built once per process (``ctx.resource``): dictionary, tries, gazetteer."""

    dictionary: ActorDictionary
    index: PhraseIndex
    cities: dict[str, str]  # lower city name -> ISO3 (most populous)


def mentions_for(doc: Doc, date: str | None, res: Resources) -> list[Mention]:
    """Steps 1-4 above; coreference is applied by the caller."""
    matches = find_matches(doc, res.index)
    mentions = [_from_match(m, doc, date, res) for m in matches]
    mentions = [m for m in mentions if m is not None]
    covered = _covered(mentions, len(doc))
    mentions += _from_entities(doc, covered, res)
    mentions += _honorific_names(doc, _covered(mentions, len(doc)))
    mentions += _known_surnames(doc, _covered(mentions, len(doc)), res)
    mentions.sort(key=lambda m: m.start)
    mentions = compose_agents(doc, mentions)
    for mention in mentions:
        _extend_left(doc, mention)
    return mentions


def _extend_left(doc: Doc, mention: Mention) -> None:
    """Take in an honorific before a person ("Mr. Trump") and grading words
    before a role phrase ("top U.S. officials")."""
    while mention.start > 0:
        before = doc[mention.start - 1].lower_
        if (mention.kind == "person" and before in HONORIFICS) or (mention.kind == "agent" and before in LEFT_GRADES):
            mention.start -= 1
        else:
            return


def _covered(mentions: list[Mention], length: int) -> list[bool]:
    covered = [False] * length
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    return covered


def choose_entry(payloads: list[Payload], date: str | None, res: Resources) -> tuple[Entry, str] | None:
    """Several entries share a name: prefer the user's and curated layers,
    then people in office on the date, then names over city names."""
    best, best_key = None, None
    for payload in payloads:
        entry = res.dictionary.entries.get(payload.entry_id)
        if entry is None:
            continue
        in_office = date is not None and any(r.active(date) for r in entry.roles)
        key = (-entry.layer, FORM_RANK.get(payload.form, 2), not in_office, KIND_RANK.get(entry.kind, 3))
        if best_key is None or key < best_key:
            best, best_key = (entry, payload.form), key
    return best


def _from_match(match: Match, doc: Doc, date: str | None, res: Resources) -> Mention | None:
    if match.agent:
        return Mention(match.start, match.end, "agent", form="agent", sector=match.payloads[0].code,
                       head=match.end - 1, name=doc[match.start : match.end].text.lower())
    chosen = choose_entry(match.payloads, date, res)
    if chosen is None:
        return None
    entry, form = chosen
    return entry_mention(entry, form, match.start, match.end, date)


def entry_mention(entry: Entry, form: str, start: int, end: int, date: str | None) -> Mention:
    coding = code_on(entry, date)
    kind = "place" if form == "city" else entry.kind
    mention = Mention(start, end, kind, entry=entry, code=coding.code, country=coding.country,
                      name=entry.name, form=form, flags=list(coding.flags))
    if form in ("capital", "city"):
        mention.flags.append(form)
    return mention


def _from_entities(doc: Doc, covered: list[bool], res: Resources) -> list[Mention]:
    out = []
    # surnames of people named in full here: a later lone "Kettleborough" tagged ORG is that person
    local_surnames = {ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    for ent in doc.ents:
        if any(covered[ent.start : ent.end]):
            continue
        while len(ent) > 1 and (ent[-1].tag_ == "POS" or ent[-1].is_punct):
            ent = ent[:-1]  # "Trump's" tagged as one ORG
        if ent.label_ == "PERSON":
            out.append(Mention(ent.start, ent.end, "person", name=ent.text, form="ent"))
        elif ent.label_ in ("GPE", "LOC", "FAC") and ent.text.lower().removeprefix("the ") in res.cities:
            iso3 = res.cities[ent.text.lower().removeprefix("the ")]
            out.append(Mention(ent.start, ent.end, "place", code=iso3, country=iso3, name=ent.text,
                               form="ent", flags=["city"]))
        elif ent.label_ in ("ORG", "GPE") and _is_single_name(ent) and \
                (ent.text.lower() in res.index.surnames or ent.text.lower() in local_surnames):
            out.append(Mention(ent.start, ent.end, "person", name=ent.text, form="surname"))
        elif ent.label_ == "ORG":
            start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            if start < ent.end:
                out.append(Mention(start, ent.end, "organisation", name=doc[start : ent.end].text, form="ent"))
    return out


def _is_single_name(ent) -> bool:
    """A lone capitalised PROPN tagged ORG is often a surname ("Trump" as ORG)."""
    return len(ent) == 1 and ent[0].pos_ == "PROPN" and ent[0].text[:1].isupper() and ent[0].text.isalpha() \
        and not ent[0].text.isupper()


def _honorific_names(doc: Doc, covered: list[bool]) -> list[Mention]:
    """"Mr. Flynn" where spaCy saw no entity: the honorific makes it a person."""
    out = []
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if token.lower_ in HONORIFICS and not covered[i + 1] and nxt.text[:1].isupper() and nxt.is_alpha:
            end = i + 2
            while end < len(doc) and not covered[end] and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            out.append(Mention(i, end, "person", name=doc[i + 1 : end].text, form="surname"))
    return out


NAME_LABELS = {"", "PERSON", "ORG", "GPE"}


def _known_surnames(doc: Doc, covered: list[bool], res: Resources) -> list[Mention]:
    """A capitalised proper noun that is the surname of a dictionary person
    ("Trump and Putin agreed"), whatever spaCy's label; coref decides who."""
    out = []
    for token in doc:
        if covered[token.i] or token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ not in \
                NAME_LABELS or token.text.isupper() or token.lower_ not in res.index.surnames:
            continue
        if not any(res.dictionary.entries[i].layer > 0 for i in res.index.surnames[token.lower_]
                   if i in res.dictionary.entries):
            continue  # legacy-only surnames need spaCy to call the word a PERSON first
        out.append(Mention(token.i, token.i + 1, "person", name=token.text, form="surname"))
    return out


def compose_agents(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Merge role words with their country modifier and the person they title."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        if mention.kind == "organisation" and _titled_person(doc, mentions, i, mention, to_state=False):
            # an office written as a title: "Secretary of State Rex Tillerson"
            mentions[i + 1].flags.append("titled")
            mentions[i + 1].start = mention.start
            mentions[i + 1].head = mention.end - 1
            _role_from_title(mentions[i + 1], mention.code)
            i += 1
            continue
        if mention.kind != "agent":
            if mention.kind == "organisation":
                _country_owned_org(doc, out, mention)
            out.append(mention)
            i += 1
            continue
        # a run of adjacent agent words ("civilian opponents"): the last is the head
        while i + 1 < len(mentions) and mentions[i + 1].kind == "agent" and mentions[i + 1].start == mention.end:
            nxt = mentions[i + 1]
            mention = Mention(mention.start, nxt.end, "agent", form="agent", sector=nxt.sector, head=nxt.head,
                              name=doc[mention.start : nxt.end].text.lower())
            i += 1
        modifier = _left_modifier(doc, out, mention)
        if modifier is not None:
            out.remove(modifier)
            _apply_modifier(mention, modifier)
            mention.start = modifier.start
        person_index = _titled_person(doc, mentions, i, mention)
        if person_index is not None:
            out.append(_merge_title(mention, mentions[person_index]))
            i = person_index + 1
            continue
        if mention.country is None and mention.code is None:
            _of_phrase(doc, mentions, i, mention)
        out.append(mention)
        i += 1
    return out


def _left_modifier(doc: Doc, before: list[Mention], agent: Mention) -> Mention | None:
    """The country/organisation mention right before the role word, fillers allowed."""
    if not before:
        return None
    candidate = before[-1]
    if candidate.kind not in ("state", "organisation", "group", "person") or (candidate.country is None and \
            candidate.code is None):
        return None
    if candidate.kind == "person" and candidate.entry is None:
        return None
    for j in range(candidate.end, agent.start):
        if norm(doc[j].text) not in FILLERS and doc[j].pos_ not in ("ADJ", "ADV"):
            return None
    return candidate


def _apply_modifier(agent: Mention, modifier: Mention) -> None:
    agent.modifier = True
    agent.country = modifier.country
    if modifier.kind == "state" or (modifier.kind == "person" and modifier.country):
        agent.code = (modifier.country or "") + (agent.sector or "") if modifier.country else None
    else:
        agent.code = modifier.code  # "UN officials" -> IGOUNO, "White House officials" -> USAGOV
    agent.flags += [f for f in modifier.flags if f in ("role_date_unknown",)]


def _titled_person(doc: Doc, mentions: list[Mention], i: int, agent: Mention, to_state: bool = True) -> int | None:
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
    if mentions[j].kind != "person" or any(not t.is_space for t in gap):
        return None
    return j


def _merge_title(agent: Mention, person: Mention) -> Mention:
    person.start = agent.start
    person.title = agent.name
    person.head = agent.head
    _role_from_title(person, agent.code)
    if person.code is None:  # unknown person: the title codes them ("Russian ambassador X" -> RUSGOV)
        person.code = agent.code
        person.country = agent.country
        person.sector = agent.sector
    elif agent.country and person.country and agent.country != person.country:
        person.flags.append("title_country_differs")
    person.modifier = agent.modifier
    return person


def _role_from_title(person: Mention, title_code: str | None) -> None:
    if person.entry is None:
        return
    coding = role_for_code(person.entry, title_code)
    if coding is not None and coding.code != person.code:
        person.code, person.country = coding.code, coding.country
        person.flags = [f for f in person.flags if f != "role_date_unknown"] + coding.flags


def _country_owned_org(doc: Doc, before: list[Mention], org: Mention) -> None:
    """"Burundi's National Security Council", "the Iraqi Supreme Judicial Council":
    a generic institution name the dictionary files under one state belongs to
    the state written before it."""
    if not before or before[-1].kind != "state" or org.entry is None or not org.code or org.code[:3] in (
            "IGO", "NGO", "IMG"):
        return
    state = before[-1]
    gap = [norm(t.text) for t in doc[state.end : org.start]]
    if gap not in ([], ["'s"]) or state.country == org.country:
        return
    org.code = (state.country or "") + org.code[3:]
    org.country = state.country
    org.start = state.start
    org.flags.append("modifier_country")
    before.pop()


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
    elif other.kind in ("organisation", "group") and other.code and gap[0] in ("of", "for") and \
            (agent.name or "").split()[-1] in SPEAKS_FOR:
        agent.country, agent.code, agent.end = other.country, other.code, other.end  # "a spokesman for Hamas"
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
