"""Turn a parsed Doc into actor mentions: dictionary first, spaCy second.

The steps, in order, each with the reason it exists:

1. Dictionary phrase matches (entities and agent words). The small spaCy
   model mislabels names ("Trump" as ORG, "Minsk" as ORG) and merges
   neighbours ("the U.S. Sergey Kislyak"); the dictionary is right more often,
   so its matches win and split spaCy's entities. A lone sector word that
   is an adjective of a thing ("military aid") names no one and is dropped.
   A state or city word that ends a person's or organisation's name ("Mark
   Cuban", "T-Mobile USA") or starts a person's ("Chad Johnson") is part of
   that name and dropped (``names.py``); so is a role word closing a cause's
   name ("the Movement for Quality Government", ``body_names.py``).
2. spaCy entities the dictionary does not cover: unknown people stay as
   mentions without a code (the events stage still needs them), places are
   looked up in the gazetteer, organisations kept uncoded (``unmatched_names.py``).
3. Honorific + capitalised word ("Mr. Flynn") that spaCy missed: a person;
   a listed person's bare surname, whatever spaCy's label (``unmatched_names.py``).
3a. A place before a newspaper word ("the Jakarta Post") is that newspaper:
   the country's media, not the state (``names.py``).
3b. A city or capital name that several countries share ("Victoria") is the
   story's own country's city where that one weighs more, and a country's name
   that is also a U.S. state ("Georgia") is the state where the story names
   U.S. cities (``shared_names.py``).
4. Agent phrases (``compose.py``): a role word joins its country modifier and
   the person it titles into one mention ("Russian Foreign Minister Sergey
   Lavrov", "top U.S. officials", "forces of Syria"); a present office titling
   a person filed as an elite is held ("Swedish Prime Minister X"); a shadow
   minister is the opposition's (``names.shadow_office``). States offered as
   alternatives ("Syrian or Russian jets") are no actors, and the role words
   they qualify stay without a side (``alternatives.py``).
4b. A role word in apposition titles an unknown person (``apposition.py``:
   "Odin Sanchez, a former Colombian congressman").
5. Coreference (``coref.py``): surnames, "the president", entity ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors.alternatives import alternative_states
from eventwire.actors.ammunition import ammunition_magazine
from eventwire.actors.apposition import appositive_titles
from eventwire.actors.body_names import inside_a_body_name
from eventwire.actors.city_demonyms import city_adjectives
from eventwire.actors.companies import names_a_product
from eventwire.actors.compose import compose_agents
from eventwire.actors.dictionary import Entry
from eventwire.actors.ethnonyms import peoples_not_states
from eventwire.actors.held_territory import opposition_territory
from eventwire.actors.match import Match, Payload, find_matches
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.names import inside_another_name, newspaper_names, shadow_office
from eventwire.actors.roles import code_on, last_office
from eventwire.actors.shared_names import home_namesakes, region_namesakes
from eventwire.actors.uncased_datelines import uncased_dateline
from eventwire.actors.unmarked_possessives import unmarked_possessives
from eventwire.actors.unmatched_names import (
    HONORIFICS,
    _from_entities,
    _honorific_names,
    _known_surnames,
    _named_in_full,
    unconfirmed_towns,
)
from eventwire.events.voice import has_to_marker

if TYPE_CHECKING:
    from spacy.tokens import Doc

LEFT_GRADES = {"top", "senior", "high-ranking", "former", "acting", "deputy", "junior", "retired"}
FORM_RANK = {"name": 0, "alias": 1, "adjective": 2, "capital": 2, "city": 4}  # own name beats an alias
KIND_RANK = {"state": 0, "organisation": 1, "group": 1, "person": 2}


def mentions_for(doc: Doc, date: str | None, res: Resources) -> list[Mention]:
    """Steps 1-4 above; coreference is applied by the caller."""
    matches = find_matches(doc, res.index)
    mentions = [_from_match(m, doc, date, res) for m in matches]
    spelled: dict[str, set[str]] | None = None
    for mention in mentions:
        if mention is not None and _is_acronym(mention, doc):
            spelled = _spelled_out(doc) if spelled is None else spelled
            if _redefined_acronym(mention, doc, spelled):
                mention.entry = None  # dropped below
    mentions = [m for m in mentions if m is not None and (m.entry is not None or m.kind == "agent")
                and not _inside_person_name(m, doc) and not inside_another_name(m, doc, mentions)
                and not inside_a_body_name(m, doc)
                and not _a_date_or_number(m, doc)
                and not _describes_a_thing(m, doc) and not _abstract_use(m, doc, mentions)
                and not _used_as_verb(m, doc) and not ammunition_magazine(m, doc)]
    covered = _covered(mentions, len(doc))
    mentions += _from_entities(doc, covered, res)
    mentions += _honorific_names(doc, _covered(mentions, len(doc)))
    mentions += _known_surnames(doc, _covered(mentions, len(doc)), res, _named_in_full(doc, mentions))
    mentions += _capital_nouns(doc, _covered(mentions, len(doc)))
    mentions += uncased_dateline(doc, _covered(mentions, len(doc)), res)  # "patna: police arrested ..."
    mentions += city_adjectives(doc, _covered(mentions, len(doc)), res)  # "a Damascan suburb town"
    mentions += [entry_mention(entry, "name", i, i + 1, date)  # "Syrias civil war"
                 for i, entry in unmarked_possessives(doc, _covered(mentions, len(doc)), res.possessives)]
    mentions = [m for m in unconfirmed_towns(mentions) if not _agency_credit(m, doc)]
    mentions = peoples_not_states(mentions, doc)  # "Syrian Turkmens": a people, not Turkmenistan (ethnonyms.py)
    mentions.sort(key=lambda m: m.start)
    newspaper_names(mentions, doc)  # "the Jakarta Post": Indonesian media, not Indonesia
    home_namesakes(mentions, doc, res)  # "a Victoria journalist" in a Canadian story: before its title is read
    region_namesakes(mentions, doc)  # "Lawmakers in Georgia ... Atlanta police": the U.S. state
    mentions = alternative_states(mentions, doc)  # "Syrian or Russian jets": no side named
    mentions = compose_agents(doc, mentions)
    mentions = [m for m in mentions if not names_a_product(m, doc)]  # "a [Facebook] post" (companies.py)
    opposition_territory(mentions, doc)  # "air strikes on opposition areas": the armed side holding them
    for mention in mentions:
        if _where_a_body_is_based(mention, doc):
            mention.flags.append("based_in")  # kept for the story's country; the events stage skips it
        elif _where_a_thing_was_made(mention, doc):
            mention.flags.append("made_in")  # "[Russian]-made missiles": the maker, no side of the act
        shadow_office(mention, doc)  # "the shadow chancellor" is the opposition's
    appositive_titles(doc, mentions)  # "Odin Sanchez, a former Colombian congressman"
    for mention in mentions:
        _extend_left(doc, mention)
        if _unsupported_short_acronym(mention, mentions, doc):
            mention.entry, mention.code, mention.country = None, None, None  # "the PA system" in Ohio
    return mentions


#: Dashes that end a wire agency's credit at the head of a story: "AP - Saboteurs blew up …".
CREDIT_DASHES = {"-", "--", "\u2013", "\u2014", "\u2015"}


#: Words of a picture's credit line: "AP Photo", "(Reuters Photo)", "Photo: AFP", "Photo by AP". Not
#: "photographer": "an AP photographer was wounded" is the agency's own man in the story.
PICTURE_WORDS = {"photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images"}
#: What may stand between a picture word and the outlet it credits ("Photo: AFP", "Photo credit / AP"); not
#: "of" ("pictures of Al Jazeera's studio" are of it, not by it).
CREDIT_JOINERS = {":", "/", "by", "credit", "(", "|"}


def _agency_credit(mention: Mention, doc: Doc) -> bool:
    """A news outlet written as a credit, not as anyone in the story, so no mention (it would be taken for
    the doer of the sentence it heads): the story's credit in its first words closed by a dash ("AP -
    Saboteurs …", "BAGHDAD (Reuters) - …"), or a picture's credit anywhere ("AP Photo …", "(Reuters Photo)
    Airstrikes …", "Photo: AFP")."""
    if not (mention.code or "").endswith("MED"):
        return False
    if _picture_credit(mention, doc):
        return True
    if mention.start > 6:
        return False
    after = mention.end + (1 if mention.end < len(doc) and doc[mention.end].text == ")" else 0)
    return after < len(doc) and doc[after].text in CREDIT_DASHES


def _picture_credit(mention: Mention, doc: Doc) -> bool:
    """The outlet is followed by a picture word ("AP Photo", "Reuters/Photo") or credited by one before it
    ("Photo: AFP", "Photo by AP"): a credit line names whose picture it is, never who acted."""
    after = mention.end + (1 if mention.end < len(doc) and doc[mention.end].text == "/" else 0)
    if after < len(doc) and doc[after].lower_ in PICTURE_WORDS:
        return True
    before = mention.start - 1
    while before >= 0 and mention.start - before <= 3 and doc[before].lower_ in CREDIT_JOINERS:
        before -= 1
    return before >= 0 and before < mention.start - 1 and doc[before].lower_ in PICTURE_WORDS


#: Nouns of things given, traded or talked about: a sector adjective before them says what kind of thing it
#: is ("military aid", "military talks"), not who takes part. Acts ("military strikes") keep their doer.
KIND_OF_THING_NOUNS = frozenset({
    "aid", "assistance", "equipment", "hardware", "supplies", "supply", "expertise", "technology", "know-how",
    "training", "talks", "negotiations", "dialogue", "cooperation", "ties", "relations", "contacts", "spending",
    "budget", "exports", "imports", "sales", "purchases", "procurement", "contracts", "package", "help",
})


def _describes_a_thing(mention: Mention, doc: Doc) -> bool:
    """A lone sector word used as an adjective of a thing ("[military] equipment", "[military] talks in
    Geneva") describes the thing; it became a participant coded from context ("talks in Geneva" -> CHEMIL)."""
    if mention.kind != "agent" or mention.end - mention.start != 1:
        return False
    token, head = doc[mention.start], doc[mention.start].head
    adjective = token.pos_ == "ADJ" or token.lower_ == "military"  # tagged NOUN as often as ADJ before a noun
    in_a_name = token.is_title and head.is_title  # "the Joint Military Assistance Group" is a body
    return adjective and not in_a_name and token.dep_ in ("amod", "compound") and head.i > token.i and (
        head.lemma_.lower() in KIND_OF_THING_NOUNS or head.lower_ in KIND_OF_THING_NOUNS)


#: Sector nouns that, written with no determiner or owner, name the activity wherever they stand: "suspend
#: [publication]", "resumed [broadcasting]" ("the publication said" is an outlet).
ACTIVITY_NOUNS = frozenset({"publication", "broadcasting"})
#: Dependents that make a noun refer to one body: "the publication", "its publication", "a local publication".
OWNING_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod"})


def _abstract_use(mention: Mention, doc: Doc, mentions: list[Mention | None]) -> bool:
    """A bare singular sector noun after "of" names an activity or a field, not a body: "date of
    [publication]", "a change of [government]", "freedom of [press]". With a determiner, a modifier or a
    plural ("the role of [the government]", "a team of [police]") it still refers; a role word before it
    ("member of parliament") is one dictionary phrase or composes with it, so only heads that no mention
    covers are read this way. A few nouns of an activity are read so anywhere (``ACTIVITY_NOUNS``)."""
    if mention.kind != "agent" or mention.end - mention.start != 1:
        return False
    token = doc[mention.start]
    if token.lower_ in ACTIVITY_NOUNS and not any(c.dep_ in OWNING_DEPS for c in token.children):
        return True  # "ordered the newspaper to suspend [publication]": the activity, not an outlet
    prep = token.head
    if token.tag_ != "NN" or token.dep_ != "pobj" or prep.lower_ != "of" or any(True for _ in token.children):
        return False
    owner = prep.head
    return owner.pos_ == "NOUN" and owner.i < token.i and not any(
        m is not None and m.start <= owner.i < m.end for m in mentions)


def _used_as_verb(mention: Mention, doc: Doc) -> bool:
    """A lone sector word the parser reads as an infinitive: "agreed to [repatriate] any Cubans", "vowed to
    [police] the border" name an act, not a repatriate or the police. Only the "to" infinitive: a finite
    verb reading ("Assad [regimes] attacks") is as often the tagger's slip on a noun."""
    if mention.kind != "agent" or mention.end - mention.start != 1:
        return False
    token = doc[mention.start]
    return token.tag_ == "VB" and has_to_marker(token)


def _where_a_body_is_based(mention: Mention, doc: Doc) -> bool:
    """ "The [Paris]-based exchange", "a [Geneva]-based organisation": where a body sits, not the body. Run
    after composition, which keeps the place as the country of a known kind of body ("a London-based rights
    group" -> GBRHRI); a place left alone before "-based" would act for the whole state, so it is flagged
    ``based_in``: it still tells the story's country, but names no source or target."""
    after = doc[mention.end : mention.end + 2]
    return len(after) == 2 and after[0].text in ("-", "\u2010", "\u2011") and after[1].lower_ == "based"


#: Participles of making or supplying a thing: a state written before them with a dash is its maker.
MAKING_PARTICIPLES = frozenset({"made", "built", "manufactured", "designed", "produced", "supplied"})


def _where_a_thing_was_made(mention: Mention, doc: Doc) -> bool:
    """ "[Russian]-made missiles", "[U.S.]-built jets": where a weapon or good was made says who made or sold
    it, not who uses it nor the country of the fighters beside it, so the mention names no source or target
    and lends no role word its country (flagged ``made_in``)."""
    if mention.kind not in ("state", "place"):
        return False
    after = doc[mention.end : mention.end + 2]
    return len(after) == 2 and after[0].text in ("-", "\u2010", "\u2011") and after[1].lower_ in MAKING_PARTICIPLES


#: Entity labels of dates and numbers: "May 15" is a day, not the "15 May" group of a legacy file.
NUMERIC_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _a_date_or_number(mention: Mention, doc: Doc) -> bool:
    """A dictionary name that holds a digit and that the parser reads as a date or number names no actor."""
    tokens = doc[mention.start : mention.end]
    return any(t.like_num and any(ch.isdigit() for ch in t.text) for t in tokens) and all(
        t.ent_type_ in NUMERIC_ENTITIES for t in tokens)


def _unsupported_short_acronym(mention: Mention, mentions: list[Mention], doc: Doc) -> bool:
    """A two-letter acronym of a national body ("PA": the Palestinian Authority,
    or a public-address system, Pennsylvania...) counts only where the article
    names its country."""
    text = doc[mention.start : mention.end].text.replace(".", "")
    if mention.entry is None or mention.kind not in ("organisation", "group") or not mention.country or \
            len(text) > 2 or not text.isupper() or (mention.code or "").endswith("MED"):
        return False  # news outlets ("AP") are cited from anywhere
    return not any(m.country == mention.country for m in mentions if m is not mention)


def _inside_person_name(mention: Mention, doc: Doc) -> bool:
    """A one-word legacy organisation name that starts a longer proper name
    ("Amit" in "Amit Shah", whatever spaCy's label) is part of that name."""
    if mention.kind not in ("organisation", "group") or mention.entry is None or mention.entry.layer > 0 or \
            mention.end - mention.start != 1 or mention.end >= len(doc):
        return False
    first, after = doc[mention.start], doc[mention.end]
    return first.is_title and first.ent_iob_ == "B" and after.ent_iob_ == "I" and after.pos_ == "PROPN" \
        and after.is_title


def _is_acronym(mention: Mention, doc: Doc) -> bool:
    text = doc[mention.start].text.replace(".", "")
    return mention.entry is not None and mention.end - mention.start == 1 and text.isupper() and 2 <= len(text) <= 6


def _redefined_acronym(mention: Mention, doc: Doc, spelled: dict[str, set[str]]) -> bool:
    """An acronym the text spells out as another name: "the Financial Services
    Authority (FSA)" is not the Free Syrian Army. True when a run of
    capitalised words in the text has the acronym's initials and is not one
    of the entry's own names (then spaCy's entity, uncoded, stands instead)."""
    names = spelled.get(doc[mention.start].text.replace(".", ""), set())
    own = {n.lower() for n in (mention.entry.name, *mention.entry.aliases)}
    return bool(names - own)


def _spelled_out(doc: Doc) -> dict[str, set[str]]:
    """Initials -> the runs of title-case words that have them ("FSA" -> {"financial services authority"})."""
    out: dict[str, set[str]] = {}
    run: list = []
    for token in [*doc, None]:
        if token is not None and token.is_alpha and (token.is_title or (run and token.lower_ in LINKS)):
            run.append(token)
            continue
        words = [t for t in run if t.lower_ not in LINKS]
        if len(words) > 1:
            initials = "".join(t.text[0] for t in words)
            out.setdefault(initials, set()).add(doc[words[0].i : words[-1].i + 1].text.lower())
        run = []
    return out


#: Small words an organisation's name may hold that its acronym skips.
LINKS = {"of", "for", "and", "the", "on", "de", "al"}


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
    mention = entry_mention(entry, form, match.start, match.end, date)
    if "former_office" in mention.flags and doc[match.end - 1].lower_ in GOVERNMENT_NAMES:
        # "the Bush administration" in a later story is the government of his years, not a former official
        mention.code = last_office(entry) or mention.code
        mention.flags.remove("former_office")
    if mention.kind == "person" and doc[match.end - 1].lower_ in GOVERNMENT_NAMES:
        # "the Obama administration" is his government, a body beside the man, as "the Putin government" is
        # read: coreference and the incident linker compare people by name, and his own acts are not its acts
        mention.kind, mention.name = "agent", doc[match.start : match.end].text
        mention.entity_id = f"agent:{mention.code}"
    return mention


#: A leader's name followed by one of these (a dictionary alias: "Bush Administration") names a government.
GOVERNMENT_NAMES = {"administration", "government", "cabinet", "regime", "presidency"}


def entry_mention(entry: Entry, form: str, start: int, end: int, date: str | None) -> Mention:
    coding = code_on(entry, date)
    kind = "place" if form == "city" else entry.kind
    mention = Mention(start, end, kind, entry=entry, code=coding.code, country=coding.country,
                      name=entry.name, form=form, flags=list(coding.flags))
    if form in ("capital", "city"):
        mention.flags.append(form)
    return mention


def _capital_nouns(doc: Doc, covered: list[bool]) -> list[Mention]:
    """"including the capital", "the Malaysian capital": a place standing for its
    state's territory (country code only, never the government), its country
    from the modifier or the context like a role word's."""
    out = []
    for token in doc:
        if token.lower_ == "capital" and token.pos_ == "NOUN" and token.dep_ not in ("compound", "amod") \
                and not covered[token.i]:
            out.append(Mention(token.i, token.i + 1, "agent", form="agent", sector="", head=token.i,
                               name="capital", flags=["capital"]))
    return out
