"""Dictionary phrase matching over spaCy tokens with a token trie.

Every dictionary name is tokenised once (per process) with the same spaCy
tokenizer that parsed the article, so "U.S.", "al-Qaeda" and "Kim Jong-un" are
split exactly as in the text. Matching walks the trie from each token: the
cost is linear in tokens (times the longest name, a small constant).

Why our own trie rather than spaCy's PhraseMatcher: we need the longest match
per position across two vocabularies (entities and agent words), payloads that
carry entry ids and name forms, and a case rule per name (acronyms such as
"UN" or "WHO" must match exactly, never the pronoun "who").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.actors.dictionary import ActorDictionary, Entry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Names spaCy splits on spaces only. Excludes words its tokenizer splits
#: further ("cannot", "gonna"): none are names or role words.
PLAIN_RE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
END = ""  # trie key holding the payloads of a phrase that ends here
#: States whose people English news names family name first ("Kim Jong Un", "Moon Jae-in").
FAMILY_NAME_FIRST = {"CHN", "PRK", "KOR", "TWN", "HKG", "VNM", "KHM", "MNG"}
#: Single-token names up to this length written in capitals are acronyms.
ACRONYM_MAX = 4
#: Acronyms spelled like an English word: a longer name that opens with one ("IS group", the Islamic State)
#: needs it written in capitals, or "this is group work" would name the Islamic State.
#: Where a word spelled like a verb ("IS") stands as a name: the tagger may call "against IS" a verb, but the
#: parse gives it a noun's place.
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "conj", "appos", "poss", "dative"})
WORD_ACRONYMS = frozenset({"IS", "US", "IT", "AS", "AT", "ON", "OR", "IN", "NO", "SO", "UP", "WE", "ME", "AM"})


@dataclass(slots=True, frozen=True)
class Payload:
    entry_id: str
    form: str  # name | alias | adjective | capital | city | agent
    exact: str | None = None  # exact text required (acronyms), else case-insensitive
    code: str | None = None  # agent sector code
    lead: str | None = None  # first word required as written ("IS group"), else any case


@dataclass(slots=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    payloads: list[Payload]
    agent: bool = False


@dataclass(slots=True)
class PhraseIndex:
    entities: dict = field(default_factory=dict)
    agents: dict = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)  # lower adjective -> iso3
    #: surnames known only as a family name written first ("moon" of Moon Jae-in): also English words
    family_first: set[str] = field(default_factory=set)
    #: lower word -> how many dictionary people have it anywhere in a name ("kim": many)
    name_words: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def norm(text: str) -> str:
    """Token key: lower case, typographic apostrophes and dashes unified, and a
    dotted abbreviation that lost its last dot restored ("U.S federal" -> "u.s.")."""
    key = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return key + "." if "." in key and DOTTED_RE.fullmatch(key) else key  # a regex per token only when dotted


DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


def build_index(dictionary: ActorDictionary, tokenizer) -> PhraseIndex:
    """Tokenise every name once and insert it into the tries."""
    index = PhraseIndex()
    phrases: list[tuple[str, Payload]] = []
    for entry in dictionary.entries.values():
        phrases.extend(_entry_phrases(entry, index))
    for phrase, code in dictionary.agents.items():
        for form in _agent_forms(phrase):
            phrases.append((form, Payload("", "agent", None, code)))
    # Fast path: plain words split on spaces exactly as spaCy would split them;
    # everything with punctuation ("U.S.", "al-Qaeda") goes through spaCy.
    hard: list[tuple[str, Payload]] = []
    for text, payload in phrases:
        if PLAIN_RE.fullmatch(text):
            _insert(index.agents if payload.form == "agent" else index.entities, text.lower().split(), payload)
        else:
            hard.append((text, payload))
    last_words = {e.name.split()[-1].lower() for e in dictionary.entries.values()
                  if e.kind == "person" and e.name and e.layer > 0}
    index.family_first -= last_words
    docs = tokenizer.pipe([text for text, _ in hard], batch_size=1000)
    for (_, payload), doc in zip(hard, docs, strict=True):
        keys = [norm(t.text) for t in doc if not t.is_space]
        trie = index.agents if payload.form == "agent" else index.entities
        if keys:
            _insert(trie, keys, payload)
        spaced = [norm(word) for word in doc.text.split()]
        if "." in doc.text and spaced != keys:  # "sen." alone splits off its period, "Sen. Joe" does not
            _insert(trie, spaced, payload)
    return index


def _entry_phrases(entry: Entry, index: PhraseIndex) -> list[tuple[str, Payload]]:
    out: list[tuple[str, Payload]] = []
    names = [(entry.name, "name"), *((a, "alias") for a in entry.aliases)]
    names += [(a, "adjective") for a in entry.adjectives]
    names += [(c, "capital") for c in entry.capitals] + [(c, "city") for c in entry.cities]
    for text, form in names:
        text = text.strip()
        if text.lower().startswith("the ") and len(text) > 4 and form not in ("capital", "city"):
            text = text[4:]  # "the" is matched (or not) by the resolver, never required
        single = " " not in text and "-" not in text
        if entry.kind == "person" and single and entry.layer == 0:
            index.surnames[text.lower()].append(entry.id)
            continue  # bare surnames from the legacy files are too ambiguous to match directly
        if entry.kind == "person" and single and entry.country in FAMILY_NAME_FIRST and \
                text.lower() == entry.name.split()[0].lower():
            index.surnames[text.lower()].append(entry.id)
            index.family_first.add(text.lower())
            continue  # "Ban" (Ki-moon), "Moon": English words too, so only as a name spaCy or a title marks
        bare = text.replace(".", "")
        exact = text if single and bare.isupper() and len(bare) <= ACRONYM_MAX else None
        lead = text.split()[0] if not single and text.split()[0] in WORD_ACRONYMS else None
        out.append((text, Payload(entry.id, form, exact, lead=lead)))
        if entry.kind == "person" and "-" in text:  # "Adil Abdul-Mahdi" is also written "Adil Abdul Mahdi"
            out.append((text.replace("-", " "), Payload(entry.id, form, None)))
        if form == "adjective":
            index.adjectives[text.lower()] = entry.country or ""
    if entry.kind == "person":
        for word in {w.lower() for text, _ in names[:2] for w in text.split()}:
            index.name_words[word] += 1
        for text, _ in names[:1] + [(a, "alias") for a in entry.aliases if " " in a.strip()]:
            family = [text.split()[-1].lower()]
            if entry.layer > 0 and entry.country in FAMILY_NAME_FIRST:
                family.append(text.split()[0].lower())  # "Kim Jong Un" is Mr. Kim
                index.family_first.add(family[-1])
            for surname in family:
                if entry.id not in index.surnames[surname]:
                    index.surnames[surname].append(entry.id)
    return out


def _agent_forms(phrase: str) -> list[str]:
    """Phrase plus a regular plural of its last word ("minister" -> "ministers")."""
    words = phrase.split()
    last = words[-1]
    if last.endswith(("s", "ce", "ary", "ople", "ia", "ment")) and not last.endswith("ss"):
        return [phrase]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x", "ss")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [phrase, " ".join([*words[:-1], plural])]


def _insert(trie: dict, keys: list[str], payload: Payload) -> None:
    # get-then-set rather than setdefault(key, {}): no throw-away dict per key (~39k names at start-up)
    node = trie
    for key in keys:
        child = node.get(key)
        if child is None:
            child = node[key] = {}
        node = child
    payloads = node.get(END)
    if payloads is None:
        node[END] = [payload]
    elif payload not in payloads:
        payloads.append(payload)


def find_matches(doc: Doc, index: PhraseIndex) -> list[Match]:
    """Longest non-overlapping matches of entity names and agent words.

    At each token the longest entity and the longest agent phrase are found;
    overlaps are then resolved longest-first (entities win ties), so
    "U.S. Supreme Court" beats "Supreme Court" and "White House" the agent
    word "house".
    """
    keys = [norm(t.text) for t in doc]
    entities, agents = index.entities, index.agents
    candidates: list[Match] = []
    for start, key in enumerate(keys):
        # Most words start no name: _longest would stop at the trie's root (same answer, no call).
        entity = _longest(entities, keys, start, doc) if key in entities else None
        if entity and not _names_a_thing(doc, start, entity, index, keys) and not _names_a_sea(doc, start):
            candidates.append(Match(start, entity[0], entity[1]))
        agent = _longest(agents, keys, start, doc) if key in agents else None
        if agent:
            candidates.append(Match(start, agent[0], agent[1], agent=True))
    candidates.sort(key=lambda m: (-(m.end - m.start), m.agent, m.start))
    taken = [False] * len(keys)
    chosen = []
    for match in candidates:
        if not any(taken[match.start : match.end]):
            chosen.append(match)
            for i in range(match.start, match.end):
                taken[i] = True
    return sorted(chosen, key=lambda m: m.start)


def _longest(trie: dict, keys: list[str], start: int, doc: Doc) -> tuple[int, list[Payload]] | None:
    node, best = trie, None
    for i in range(start, len(keys)):
        node = node.get(keys[i])
        if node is None:
            break
        payloads = node.get(END)
        if payloads:
            valid = [p for p in payloads if _case_ok(p, doc, start, i + 1)]
            if valid:
                best = (i + 1, valid)
    return best


#: Bodies of water named "<word> of <place>": the sea is nobody's ("the Gulf of Aden", "the Sea of Japan").
WATER_WORDS = {"gulf", "bay", "sea", "strait", "straits", "channel"}


def _names_a_sea(doc: Doc, start: int) -> bool:
    """The name ends a sea's name: a ship "in the Gulf of Aden" is off Yemen's coast, not in Yemen, and
    pirates there are not Yemeni; "the Sea of Japan" names no act of Japan."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in WATER_WORDS


def _inside_longer_name(before) -> bool:
    """The word before is a capitalised proper noun of the same name, not the
    sentence's first word nor a part of the city ("East Delhi", "New Mosul")."""
    return before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start \
        and before.ent_type_ not in ("PERSON", "NORP") and before.lower_ not in CITY_PARTS


def _continues_name(after) -> bool:
    """The next word carries the same place name on ("Santa Cruz Barillas"): a
    capitalised proper noun inside the same spaCy place entity."""
    return after.pos_ == "PROPN" and after.is_alpha and after.text[:1].isupper() and after.ent_iob_ == "I" \
        and after.ent_type_ in ("GPE", "LOC", "FAC") and after.lower_ not in PLACE_KINDS


#: "Cebu City", "Kandahar Province": the name is still the city's.
PLACE_KINDS = {"city", "province", "state", "county", "district", "region", "town", "governorate", "municipality"}


#: One-word names of bodies every state has: the dictionary files them under one state
#: ("Senate" -> U.S. Senate), so the context may move them (``context.py``).
GENERIC_BODIES = {"senate", "congress", "parliament", "house", "assembly", "cabinet", "presidency"}


#: Words that name a part of a city rather than another place.
CITY_PARTS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new",
              "old", "greater", "upper", "lower", "downtown"}


#: Agent sectors that are also titles before a name ("King Abdullah", "Bishop Tutu", "Judge Ito").
TITLE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REL")


def _word_of_a_name(payload: Payload, doc: Doc, start: int, end: int) -> bool:
    """A short capitalised word inside a longer person's name is that name, not a role word that is
    not also a title: "Ngo" of "Gen. Ngo Xuan Lich" is no NGO. Short only: the acronym-like role
    words (NGO, CEO, MP) are the ones names share, and a headline's "Terrorist Attack" stays words."""
    token = doc[start]
    if end - start != 1 or len(token.text) > 4 or not token.text.istitle() or token.text.endswith(".") or \
            (payload.code or "").startswith(TITLE_SECTORS):
        return False
    name = [t for t in doc[max(0, start - 2) : start + 3] if t.ent_type_ == "PERSON"]
    return token.ent_type_ == "PERSON" and len(name) > 1


def _case_ok(payload: Payload, doc: Doc, start: int, end: int) -> bool:
    """Acronyms match exactly; other names need a capital letter somewhere;
    a city inside a hyphenated name ("the Austin-Morris company") is no city."""
    if payload.form == "agent":
        return not _word_of_a_name(payload, doc, start, end)
    if payload.form == "city" and end < len(doc) - 1 and doc[end].text == "-" and doc[end + 1].text[:1].isupper():
        return False
    if (payload.form in ("city", "capital") or (end - start == 1 and doc[start].lower_ in GENERIC_BODIES)) \
            and start > 0 and _inside_longer_name(doc[start - 1]):
        return False  # "Thames Valley Police" holds no "Valley" (Anguilla's capital), "Trinamool Congress" no Congress
    if payload.form == "city" and end < len(doc) and _continues_name(doc[end]):
        return False  # "Santa Cruz Barillas" (Guatemala) is not Santa Cruz (Bolivia)
    if payload.lead is not None and doc[start].text != payload.lead:
        return False  # "is group" is no "IS group"
    if payload.exact == "IS" and (doc[start].dep_ not in NOMINAL_DEPS or _written_in_capitals(doc[start])):
        return False  # "the plan IS working", "WHAT IS NEXT": the verb, not the Islamic State
    if payload.exact is not None:  # "U.S" written without its last dot is still U.S.
        return doc[start:end].text.rstrip(".") == payload.exact.rstrip(".")
    word = doc[start]  # (``doc`` may be a Span: positions are compared on the token itself)
    if payload.form == "adjective" and end - start == 1 and word.ent_type_ == "NORP" \
            and word.dep_ == "amod" and word.head.i > word.i and _cased_sentence(word) \
            and (start == 0 or doc[start - 1].lower_ not in ("latin", "north", "south", "central")):
        return True  # "tunisian rioters": a nationality written lowercase before the noun it marks
    return any(any(c.isupper() for c in doc[i].text) for i in range(start, end))


def _written_in_capitals(word: Token) -> bool:
    """The words around ``word`` are all in capitals (a headline set in capitals), so its case tells nothing."""
    sentence = word.sent
    others = [t for t in sentence if t.is_alpha and t.i != word.i and len(t.text) > 1]
    return bool(others) and all(t.text.isupper() for t in others)


def _cased_sentence(word: Token) -> bool:
    """The sentence of ``word`` writes capitals past its first word (not a text written all in lowercase)."""
    sentence = word.sent if word.doc.has_annotation("SENT_START") else word.doc[:]
    return any(t.text[:1].isupper() for t in sentence[1:] if t.i != word.i)


#: Nouns after a city name that keep it a place ("the Aleppo countryside"), besides ``PLACE_KINDS``.
AREA_WORDS = {"prefecture", "oblast", "area", "areas", "village", "suburb", "suburbs", "countryside", "outskirts",
              "airport", "port", "neighborhood", "neighbourhood", "provinces", "region"}
#: Heads that keep a city before them a place: built once, not per candidate.
PLACE_HEADS = frozenset(PLACE_KINDS | AREA_WORDS)


def _names_a_thing(doc: Doc, start: int, entity: tuple[int, list[Payload]], index: PhraseIndex,
                   keys: list[str]) -> bool:
    """A one-word city name the parser tags as no place, modifying a common noun
    that is no role word, names a thing after a place or person: "Molotov
    cocktails" hold no Molotov (Perm's old name). "The Baghdad bombing"
    (tagged a place) and "a Sydney court", "Oxford university students" (a
    role word between the city and its head) keep their city."""
    end, payloads = entity
    token = doc[start]
    if end - start != 1 or any(p.form != "city" for p in payloads) or token.ent_type_ or \
            token.dep_ != "compound" or token.head.pos_ != "NOUN" or token.head.i <= start or \
            token.head.lower_ in PLACE_HEADS:
        return False  # "Aleppo province", "the Aleppo countryside" are places
    return not any(_longest(index.agents, keys, i, doc) for i in range(start + 1, token.head.i + 1))
