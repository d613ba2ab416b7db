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
   a full-name mention in the same article, else a unique dictionary person.
2. Definite role phrases ("the president", "the Russian leader") join the
   most mentioned earlier person holding that role. Pronouns are not handled.
3. Role words with no country ("officials", "the regime") take the nearest
   country in their sentence, else the article's most mentioned one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from eventwire.actors.dictionary import slugify
from eventwire.actors.match import norm
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.resolve import HONORIFICS, entry_mention
from eventwire.actors.roles import active_title

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
    _resolve_people(mentions, doc, article_id, date, res)
    _resolve_titles(mentions, doc, date)
    _context_countries(mentions, doc)
    for mention in mentions:
        if mention.entity_id is None:
            mention.entity_id = _entity_id(mention, doc, article_id)


def _person_key(mention: Mention, doc: Doc) -> tuple[str, ...]:
    """The name words of a person mention, without its title ("President") or honorific."""
    start = mention.head + 1 if mention.head is not None else mention.start
    words = [t.text for t in doc[start : mention.end] if t.lower_ not in HONORIFICS and t.pos_ != "PUNCT"]
    return tuple(w.lower() for w in words if w[:1].isupper()) or tuple(w.lower() for w in words)


def _resolve_people(mentions: list[Mention], doc: Doc, article_id: str, date: str | None, res: Resources) -> None:
    known = [m for m in mentions if m.kind == "person" and m.entry is not None]
    by_surname: dict[str, Mention] = {}
    for mention in known:  # full names first: the headline may say "Trump" before the story says "Donald Trump"
        for name in (mention.entry.name, *mention.entry.aliases, doc[mention.start : mention.end].text):
            by_surname.setdefault(name.split()[-1].lower(), mention)
    unknown_full: dict[str, str] = {}
    for mention in mentions:
        if mention.kind != "person" or mention.entry is not None:
            continue
        key = _person_key(mention, doc)
        if not key:
            continue
        surname = key[-1]
        twin = by_surname.get(surname)
        if twin is not None and (len(key) == 1 or _same_first(key, twin)):
            _adopt(mention, twin.entry, date)
            continue
        entry = _dictionary_person(key, date, res)
        if entry is not None:
            _adopt(mention, entry, date)
            mention.flags.append("surname_only" if len(key) == 1 else "fuzzy_name")
            by_surname.setdefault(surname, mention)
            continue
        slug = unknown_full.setdefault(surname, slugify(" ".join(key)))
        if len(key) > 1:
            unknown_full[surname] = slugify(" ".join(key))
            slug = unknown_full[surname]
        mention.entity_id = f"{article_id}#person:{slug}"


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


def _dictionary_person(key: tuple[str, ...], date: str | None, res: Resources):
    """A dictionary person for a name we did not match verbatim, only if unique."""
    ids = res.index.surnames.get(key[-1], [])
    entries = [res.dictionary.entries[i] for i in ids if i in res.dictionary.entries]
    if len(key) > 1:
        entries = [e for e in entries if e.name.split()[0].lower()[:3] == key[0][:3]]
    curated = [e for e in entries if e.layer > 0]
    pool = curated or entries
    if date is not None and len(pool) > 1:
        pool = [e for e in pool if any(r.active(date) for r in e.roles)] or pool
    return pool[0] if len(pool) == 1 else None


def _titles_of(mention: Mention, date: str | None) -> set[str]:
    titles = {mention.title} if mention.title else set()
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


def _context_countries(mentions: list[Mention], doc: Doc) -> None:
    """Bare role words: (1) nearest country earlier in the sentence (or the two
    before it, for state and armed sectors: news writes "Syrian troops ... the
    troops"), else later in the same sentence; (2) for a
    definite institution ("the regime", "the government") the article's most
    mentioned country; (3) otherwise leave it uncoded (it is then dropped)."""
    counts = Counter(m.country for m in mentions if m.country and m.kind != "agent")
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    starts = [s.start for s in sentences]
    for index, mention in enumerate(mentions):
        titled_unknown = mention.kind == "person" and mention.entry is None and mention.sector is not None
        if (mention.kind != "agent" and not titled_unknown) or mention.country or mention.code:
            continue
        if (mention.name or "") in VAGUE_PLURALS or (mention.sector or "").startswith("REF"):
            continue  # refugees are rarely of the country the sentence names (it hosts them)
        position = max(0, bisect_right(starts, mention.start) - 1)
        reach = 2 if (mention.sector or "")[:3] in POLITICAL_SECTORS else 0
        window_start = starts[max(0, position - reach)]
        sentence = sentences[position]
        country = _attached_country(mentions, index, doc) or \
            _nearest_in_sentence(mentions, index, sentence.start, sentence.end)
        if country is None:  # "Syrian troops ... The troops": earlier sentences
            country = next((m.country for m in reversed(mentions[:index])
                            if m.country and m.start >= window_start), None)
        if country is None and counts and _definite_institution(mention, doc):
            country = counts.most_common(1)[0][0]
        if country:
            mention.country = country
            mention.code = country + (mention.sector or "")
            mention.flags.append("country_from_context")


def _entity_id(mention: Mention, doc: Doc, article_id: str) -> str:
    if mention.entry is not None and mention.form != "city":
        return mention.entry.id
    if mention.kind == "place":
        return f"place:{slugify(mention.name or doc[mention.start : mention.end].text)}"
    if mention.kind == "agent" and mention.code:
        return f"agent:{mention.code}"
    text = doc[mention.start : mention.end].text
    return f"{article_id}#{mention.kind}:{slugify(text)}"


def _attached_country(mentions: list[Mention], index: int, doc: Doc) -> str | None:
    """Country of a mention inside the phrase the role word heads ("a military
    camp of forces ... in southern Libya" -> Libya, though "Chadian" is closer)."""
    mention = mentions[index]
    if not doc.has_annotation("DEP"):
        return None
    anchor = doc[mention.start : mention.end].root
    if anchor.dep_ in ("amod", "compound", "nmod") and anchor.head.i >= mention.end:
        anchor = anchor.head  # "military" in "military camp": the phrase is the camp's
    phrase = _phrase_tokens(anchor)
    inside = [m for m in mentions if m is not mention and m.country and m.start in phrase
              and not (mention.start <= m.start < mention.end)]
    if not inside:
        return None
    return min(inside, key=lambda m: abs(m.start - mention.start)).country


CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "appos", "parataxis"}


def _phrase_tokens(anchor) -> set[int]:
    """Token indices of the noun phrase under ``anchor``, without clauses hung
    on it ("Province, where forces battle pro-Taliban militants")."""
    out, todo = set(), [anchor]
    while todo:
        token = todo.pop()
        out.add(token.i)
        todo.extend(child for child in token.children if child.dep_ not in CLAUSE_DEPS)
    return out


def _nearest_in_sentence(mentions: list[Mention], index: int, start: int, end: int) -> str | None:
    """Country of the nearest mention in the sentence, before or after it
    ("attacked a military base in Lamu county in Kenya" -> Kenya, not the
    subject's Somalia; "The Prime Minister said Ethiopian government" -> ETH)."""
    mention = mentions[index]
    best, best_distance = None, None
    for other in mentions:
        if other is mention or not other.country or not (start <= other.start < end):
            continue
        distance = mention.start - other.end if other.end <= mention.start else other.start - mention.end
        if best_distance is None or distance < best_distance:
            best, best_distance = other.country, distance
    return best


#: "the leaders agreed": several parties, no one country.
VAGUE_PLURALS = {"leaders", "countries", "nations", "world leaders", "powers", "sides", "parties"}
#: Sectors whose bare mentions usually continue an earlier country ("Syrian troops ... the troops").
POLITICAL_SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "SPY", "INS"}
INSTITUTION_WORDS = {"regime", "government", "authorities", "administration", "junta", "military", "army",
                     "cabinet", "leadership"}


def _definite_institution(mention: Mention, doc: Doc) -> bool:
    words = (mention.name or "").split()
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    return bool(words) and words[-1] in INSTITUTION_WORDS and (before == "the" or " of the " in f" {mention.name} ")
