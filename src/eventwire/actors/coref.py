"""In-article coreference: one ``entity_id`` per real-world actor.

Entity ids (documented in ``data/actors/README.md``):

* dictionary entries keep their global id: ``person:donald_trump``,
  ``state:RUS``, ``org:kremlin``; the same in every article and every rerun,
  so the link stage can join on them;
* composed agents get ``agent:<CODE>`` ("Syrian forces" -> ``agent:SYRMIL``);
* people and organisations no dictionary knows get an article-scoped id,
  ``<article_id>#person:<slug of the fullest name>``, stable across reruns
  because it depends only on the article id and its text.

Steps:

1. People written by surname or with an honorific ("Trump", "Mr. Flynn") join
   a full-name mention in the same article (family name first too: "Kim Jong
   Un" ... "Mr. Kim"), else a unique dictionary person (see
   ``_dictionary_person``: a legacy person needs a distinctive surname, a role
   on the date and the country named in the article), else, when every
   candidate shares one state, that state ("surname_country").
2. Definite role phrases ("the president", "the Russian leader") join the
   most mentioned earlier person holding that role. Pronouns are not handled.
3. Role words with no country ("officials", "the regime") take one from their
   surroundings (``context.py``).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from eventwire.actors.authority import authority_countries
from eventwire.actors.bare_sectors import bare_sectors
from eventwire.actors.context import context_countries
from eventwire.actors.dictionary import slugify
from eventwire.actors.match import norm
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.names import hyphened_to_a_name
from eventwire.actors.party_leaders import party_leader, refuse_describers
from eventwire.actors.private_people import introduced_with_age, private_people
from eventwire.actors.resolve import entry_mention
from eventwire.actors.roles import active_title
from eventwire.actors.titles import forget_dictionary_person, is_rank
from eventwire.actors.uncased_datelines import dateline_country
from eventwire.actors.unmatched_names import HONORIFICS

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Generic words for a head of state or government ("the Russian leader").
LEADER_WORDS = {"leader", "head of state", "strongman", "ruler"}
HEAD_TITLES = {"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "supreme leader",
               "leader", "junta leader", "crown prince"}
TITLE_WORDS = HEAD_TITLES | LEADER_WORDS | {
    "foreign minister", "secretary of state", "defense secretary", "defence secretary", "defense minister",
    "defence minister", "ambassador", "national security adviser", "vice president", "foreign secretary",
    "spokesman", "spokeswoman", "envoy"}


def link(mentions: list[Mention], doc: Doc, article_id: str, date: str | None, res: Resources) -> None:
    """Resolve people, titles and bare agents in place, then set entity ids."""
    same_person = _resolve_people(mentions, doc, article_id, date, res)
    _resolve_titles(mentions, doc, date)
    context_countries(mentions, doc, res)
    for mention in mentions:
        party_leader(mention, doc)  # "Tory leader Peter Howard": his party's, before his surname copies him
    refuse_describers(mentions, doc)  # "[opposition] Labour leader Tom Wilkes": no story guess for him either
    _copy_to_surnames(same_person)
    authority_countries(mentions, doc)  # "a Lisbon court convicted Marta Quintela": Portugal's
    private_people(mentions, doc)  # "John Miller, 58, opened fire at a Toronto party": CANCVL
    dateline_country(mentions)  # "patna: ... the police arrested one person": India's
    bare_sectors(mentions, doc)  # "The government rejected the plan", no state named anywhere: GOV
    _copy_to_surnames(same_person)  # "Senator Jane Roe" coded only by her title's sector (LEG) above: "Roe" too
    for mention in mentions:
        if mention.entity_id is None:
            mention.entity_id = _entity_id(mention, doc, article_id)


def _copy_to_surnames(same_person: list[tuple[Mention, Mention]]) -> None:
    """A bare surname still uncoded takes the code of the full name it was joined to (a titled one, or one no
    dictionary knows named earlier), once the steps that code that full name have run."""
    for mention, full in same_person:
        if mention.code is None and full.code is not None:
            mention.code, mention.country = full.code, full.country
            mention.flags.append("surname_of_titled_person")


def _person_key(mention: Mention, doc: Doc) -> tuple[str, ...]:
    """The name words of a person mention, without its title ("President") or honorific."""
    start = mention.head + 1 if mention.head is not None else mention.start
    words = [t.text for t in doc[start : mention.end]
             if t.lower_ not in HONORIFICS and t.pos_ != "PUNCT" and not is_rank(t)]
    return tuple(w.lower() for w in words if w[:1].isupper()) or tuple(w.lower() for w in words)


def _resolve_people(mentions: list[Mention], doc: Doc, article_id: str, date: str | None,
                    res: Resources) -> list[tuple[Mention, Mention]]:
    """Join people to dictionary entries and to each other; return the bare surnames joined to a titled
    full name no dictionary knows (their code comes from the title, set later by ``context_countries``)."""
    same_person: list[tuple[Mention, Mention]] = []
    namesakes = _drop_namesakes(mentions, doc)
    known = [m for m in mentions if m.kind == "person" and m.entry is not None]
    by_surname: dict[str, Mention] = {}
    for mention in known:  # full names first: the headline may say "Trump" before the story says "Donald Trump"
        for name in (mention.entry.name, *mention.entry.aliases, doc[mention.start : mention.end].text):
            by_surname.setdefault(name.split()[-1].lower(), mention)
    for mention in known:  # family name first ("Kim Jong Un" ... "Mr. Kim"): in-article people beat the dictionary
        for name in (mention.entry.name, *mention.entry.aliases):
            if len(name.split()) > 1:
                by_surname.setdefault(name.split()[0].lower(), mention)
    unknown_full: dict[str, str] = {}
    titled = _unknown_full_names(mentions, doc, titled=True)
    named_in_full = _unknown_full_names(mentions, doc)
    named = {m.country for m in mentions if m.country and m.kind in ("state", "place")}
    for mention in mentions:
        if mention.kind != "person" or mention.entry is not None:
            continue
        key = _person_key(mention, doc)
        if not key:
            continue
        if not any(t.text[:1].isupper() for t in doc[mention.start : mention.end]):
            continue  # "comb the bush": a lower-case word is no name to look up
        if len(key) == 1 and mention.start > 0 and doc[mention.start - 1].lower_ in ("in", "at", "near"):
            continue  # "a refugee centre in Kerry": a place, whatever spaCy's label
        surname = key[-1]
        if len(key) == 1 and _wife_or_daughter(mention, surname, doc):
            mention.entity_id = f"{article_id}#person:{slugify(doc[mention.start : mention.end].text)}"
            continue  # "Michael Howard ... Mr Howard ... Mrs Howard": his wife, not him
        twin = None if surname in namesakes else by_surname.get(surname)
        if twin is not None and (len(key) == 1 or _same_first(key, twin)):
            _adopt(mention, twin.entry, date)
            if "former_title" in twin.flags and mention.title is None and "role_date_unknown" in mention.flags:
                # "Ex-foreign secretary Robin Cook ... Mr Cook": the office is as over as when first written
                mention.code, mention.country = twin.code, twin.country
                mention.flags = [f for f in mention.flags if f != "role_date_unknown"] + ["former_title"]
            continue
        entry = None if surname in namesakes or (len(key) == 1 and hyphened_to_a_name(mention, doc, mentions)) \
            else _dictionary_person(key, date, res)  # "the Khan-Arnab area" is no Imran Khan
        own = named_in_full.get(surname) if len(key) == 1 and mention.title is None else None
        if own is not None and entry is not None and named and entry.country not in named:
            entry = None  # "Tory leader Peter Howard ... Mr Howard" in a British story: no John Howard of Australia
        full = (titled.get(surname) or own) if len(key) == 1 and mention.title is None and entry is None else None
        if full is not None:
            # "Sen. Jane Roe ... Roe": the article's own titled person, whom no dictionary entry claims
            same_person.append((mention, full))
            slug = unknown_full.setdefault(surname, slugify(" ".join(_person_key(full, doc))))
            mention.entity_id = f"{article_id}#person:{slug}"
            continue
        if entry is not None and (entry.layer == 0 or (mention.title is None and not _in_office(entry, date))) \
                and (len(key) == 1 or (entry.layer == 0 and introduced_with_age(mention, doc))) and \
                entry.country and not any(m.country == entry.country for m in mentions if m is not mention):
            # a legacy surname alone ("Blackburn"), or a near name of someone introduced as private people are
            # ("John Smith, 34," is not the files' "John Hilary Smith"), needs its country named in the article;
            # so does a hand-checked one out of office then, written with no title ("the Power inquiry" in a
            # British story is no Samantha Power; "Bush met Dr. Andrews" in a sports story no president)
            entry = None
        if entry is not None:
            _adopt(mention, entry, date)
            mention.flags.append("surname_only" if len(key) == 1 else "fuzzy_name")
            by_surname.setdefault(surname, mention)
            continue
        country = _shared_country(key, res) if mention.code is None else None
        if country is not None:  # "Duvalier": father or son, Haiti either way
            mention.code, mention.country = country, country
            mention.flags.append("surname_country")
        slug = unknown_full.setdefault(surname, slugify(" ".join(key)))
        if len(key) > 1:
            unknown_full[surname] = slugify(" ".join(key))
            slug = unknown_full[surname]
        mention.entity_id = f"{article_id}#person:{slug}"
    return same_person


#: Honorifics of a woman, and of a man: one article writing both with a surname names two people.
FEMALE_HONORIFICS = {"mrs", "ms", "miss", "lady", "dame", "madam", "mme"}
MALE_HONORIFICS = {"mr", "sir", "lord", "monsieur"}


def _wife_or_daughter(mention: Mention, surname: str, doc: Doc) -> bool:
    """A surname after a woman's honorific ("Mrs Howard") in an article that also writes it after a man's
    ("Mr Howard") is a woman of that family, not the man the full name ("Michael Howard") names: the
    dictionary holds no one's sex, but the article's own honorifics tell the two apart."""
    if doc[mention.start].lower_.rstrip(".") not in FEMALE_HONORIFICS:
        return False
    return any(t.lower_.rstrip(".") in MALE_HONORIFICS and doc[t.i + 1].lower_ == surname for t in doc[:-1])


def _in_office(entry, date: str | None) -> bool:
    """The person holds a role on ``date``; with no date, their latest role is still open ("Putin"). A person
    filed with no dated roles is whatever the dictionary says at any date."""
    if not entry.roles:
        return True
    if date is not None:
        return any(r.active(date) for r in entry.roles)
    return any(r.end is None for r in entry.roles)


def _unknown_full_names(mentions: list[Mention], doc: Doc, titled: bool = False) -> dict[str, Mention]:
    """Surname -> the article's first full-name person no dictionary knows ("Tory leader Peter Howard",
    "Peter Howard, a businessman"); with ``titled``, the first such person a title codes ("Sen. Jane Roe").

    A later bare surname is that person: "Roe" takes the title's code rather than a namesake's, and "Mr
    Howard" is not a dictionary namesake of a state the article never names (John Howard, Australia's prime
    minister, in a British story). Where the namesake's state is named, or none is, the bare surname stays the
    dictionary's: "First lady Melania Trump ... Mr. Trump" is her husband."""
    named: dict[str, Mention] = {}
    for mention in mentions:
        if mention.kind != "person" or mention.entry is not None or (titled and mention.title is None):
            continue
        key = _person_key(mention, doc)
        if len(key) > 1:
            named.setdefault(key[-1], mention)
    return named


def _drop_namesakes(mentions: list[Mention], doc: Doc) -> set[str]:
    """Surnames of ranked officers found to be namesakes of a generated-file person (``compose``): the
    article's other mentions of that name are the officer too, not the dictionary's person."""
    namesakes = {key[-1] for m in mentions if "namesake_of_dictionary_person" in m.flags
                 if (key := _person_key(m, doc))}
    for mention in mentions:
        entry = mention.entry
        if mention.kind == "person" and entry is not None and entry.layer == 0 and \
                entry.name.split()[-1].lower() in namesakes:
            forget_dictionary_person(mention)
    return namesakes


def _same_first(key: tuple[str, ...], twin: Mention) -> bool:
    first = twin.entry.name.split()[0].lower() if twin.entry else ""
    return key[0][:3] == first[:3]


def _adopt(mention: Mention, entry, date: str | None) -> None:
    resolved = entry_mention(entry, "alias", mention.start, mention.end, date)
    if mention.code and mention.code != resolved.code and mention.title:
        resolved.flags.append("title_code_differs")
    resolved.title, resolved.head, resolved.modifier = mention.title, mention.head, mention.modifier
    resolved.flags = mention.flags + [f for f in resolved.flags if f not in mention.flags]
    for slot in ("kind", "entry", "code", "country", "name", "form", "flags", "title", "head"):
        setattr(mention, slot, getattr(resolved, slot))


def _candidates(key: tuple[str, ...], res: Resources) -> list:
    """Dictionary people with this surname (and, for a longer name, a first name that starts the same)."""
    ids = res.index.surnames.get(key[-1], [])
    entries = [res.dictionary.entries[i] for i in ids if i in res.dictionary.entries]
    if len(key) > 1:
        entries = [e for e in entries if e.name.split()[0].lower()[:3] == key[0][:3]]
    return entries


def _dictionary_person(key: tuple[str, ...], date: str | None, res: Resources):
    """A dictionary person for a name we did not match verbatim, only if unique."""
    entries = _candidates(key, res)
    curated = [e for e in entries if e.layer > 0]
    if not curated and len(key) == 1 and not _distinctive_legacy(key[0], entries, date, res):
        return None
    pool = curated or entries
    if date is not None and len(pool) > 1:
        pool = [e for e in pool if any(r.active(date) for r in e.roles)] or pool
    if len(key) == 1 and len(pool) > 1:  # "Mr. Kim" in 2018: the leader, not his sister
        heads = [e for e in pool if (active_title(e, date) or "").lower() in HEAD_TITLES]
        pool = heads if len(heads) == 1 else pool
    return pool[0] if len(pool) == 1 else None


def _shared_country(key: tuple[str, ...], res: Resources) -> str | None:
    """The one country of every dictionary person a name could be, when the
    name is no one's given name ("kim") and several people share it."""
    entries = _candidates(key, res)
    countries = {e.country for e in entries}
    if len(entries) < 2 or len(countries) != 1 or \
            res.index.name_words.get(key[-1], 0) > len(res.index.surnames.get(key[-1], [])):
        return None
    return countries.pop()


def _distinctive_legacy(surname: str, entries: list, date: str | None, res: Resources) -> bool:
    """A bare surname known only from the legacy files names that person only
    when no other dictionary name uses the word ("Kim" is in hundreds: Georgiy
    Kim is not "Mr. Kim") and, with a date, the person held a role then."""
    if len(entries) != 1 or res.index.name_words.get(surname, 0) > 1:
        return False
    return date is None or any(r.active(date) for r in entries[0].roles)


def _titles_of(mention: Mention, date: str | None) -> set[str]:
    # a shadow minister's office is not the office: "the chancellor" after "Shadow chancellor Oliver Letwin" is
    # the chancellor, not him (``names.shadow_office``)
    shadow = "shadow_office" in mention.flags
    titles = {f"shadow {mention.title}" if shadow else mention.title} if mention.title else set()
    if mention.entry is not None:
        title = active_title(mention.entry, date)
        if title:
            titles.add(title.lower())
    return titles


def _resolve_titles(mentions: list[Mention], doc: Doc, date: str | None) -> None:
    seen: list[Mention] = []
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.kind == "person" and mention.entry is not None:
            seen.append(mention)
            counts[mention.entry.id] += 1
            continue
        if mention.kind != "agent" or not _definite_title(mention, doc):
            continue
        wanted = _role_words(mention, doc)
        candidates = [p for p in seen if _fits(p, wanted, mention.country, date)]
        if not candidates:  # cataphora: "Russia's foreign minister ... Sergey Lavrov"
            later = [m for m in mentions if m.start > mention.end and m.kind == "person" and m.entry is not None]
            candidates = [p for p in later if _fits(p, wanted, mention.country, date)][:1]
        if not candidates:
            continue
        best = max(reversed(candidates), key=lambda p: counts[p.entry.id])
        _adopt(mention, best.entry, date)
        mention.flags.append("coref_title")
        counts[best.entry.id] += 1


def _role_words(mention: Mention, doc: Doc) -> str:
    text = (mention.name or "").lower()
    for prefix in ("former ", "top ", "senior "):
        text = text.removeprefix(prefix)
    return text


def _definite_title(mention: Mention, doc: Doc) -> bool:
    """"the president", "the Russian leader", "Russia's foreign minister" — not "a diplomat"."""
    if _role_words(mention, doc) not in TITLE_WORDS:
        return False
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    first = doc[mention.start].lower_
    possessive = any(norm(t.text) == "'s" for t in doc[mention.start : mention.end])
    return before == "the" or first == "the" or (mention.modifier and possessive)


def _fits(person: Mention, wanted: str, country: str | None, date: str | None) -> bool:
    if country and person.country != country:
        return False
    titles = _titles_of(person, date)
    if wanted in LEADER_WORDS:
        return bool(titles & HEAD_TITLES)
    return wanted in titles


def _entity_id(mention: Mention, doc: Doc, article_id: str) -> str:
    if mention.entry is not None and mention.form != "city":
        return mention.entry.id
    if mention.kind == "place":
        return f"place:{slugify(mention.name or doc[mention.start : mention.end].text)}"
    if mention.kind == "agent" and mention.code:
        return f"agent:{mention.code}"
    text = doc[mention.start : mention.end].text
    return f"{article_id}#{mention.kind}:{slugify(text)}"
