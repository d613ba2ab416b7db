"""Stage "places": where events happened, from an offline gazetteer.

Fills ``article.places`` with every located place mention (see
:mod:`eventwire.places.mentions` for what counts as a place rather than an
actor) and sets ``event.place`` from a locative attached to the event's own
clause, by the same clause rules the time stage uses:

1. a place hanging on the trigger itself or between it and its clause head
   ("talks … in Kazakhstan" for the nominal trigger "talks");
2. a place on the trigger's clause head, or on a participle clause that
   modifies it ("Speaking later at the Russian embassy in Washington, Lavrov
   said"), or on a relative clause of the trigger noun;
3. else the clause a conjoined, xcomp, purpose or participle verb depends on,
   and, for verbal events (CAMEO 01-05: statements, appeals, intents), the
   reporting clause they are the content of ("Lavrov said in Washington
   that ... are willing to ..." happened in Washington);
4. else, when that clause is a "where" relative clause, the place it
   describes ("violence broke out in Thessaloniki, where 20,000 people
   marched"; "Baghdad, a city where militants bombed a market"), or the
   place of the noun it describes ("a post in Homs province where …", "in
   Cairo at the embassy, where …"); with no comma before "where" the parser
   often hangs the clause on the verb instead ("riots erupted in Porto where
   dockers marched"), and the verb's own locative is then the place.

No locative in the clause leaves ``event.place`` None: the dateline says where
the story was filed, not where the act happened. The dateline is still a place
of the article: from the text when it is there ("WASHINGTON —"), else from
``article.dateline`` (set by the clean stage) as a place without a span.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.config import Context
from eventwire.model import Actor, Article, Place, Span
from eventwire.places import gazetteer as gazetteer_module
from eventwire.places.gazetteer import KIND_RANK, Gazetteer
from eventwire.places.mentions import (
    LOCATIVE,
    PlaceMention,
    find_places,
    is_where_clause,
    locative_preposition,
    text_countries,
)
from eventwire.time import article_doc, clause, is_verbal, trigger_token

__all__ = ["place_for", "run"]


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Find place mentions and locate each event of each article."""
    gazetteer: Gazetteer = ctx.resource("places.gazetteer", gazetteer_module.load)
    for article in articles:
        doc = article_doc(article, ctx)
        context = article_countries(article, doc, gazetteer)
        mentions = outside_names(find_places(doc, gazetteer, context, article.text), article.actors)
        article.places = [_record(m) for m in mentions] + _dateline_place(article, mentions, gazetteer, context)
        for event in article.events:
            token = trigger_token(doc, event)
            found = place_for(token, mentions, is_verbal(event)) if token is not None else None
            event.place = _record(found) if found is not None else None
    return articles


#: Actor kinds whose names may hold a place that locates nothing ("Al-Qaeda in the Arabian Peninsula").
NAMED_BODIES = frozenset({"group", "organisation"})


def outside_names(mentions: list[PlaceMention], actors: list[Actor]) -> list[PlaceMention]:
    """The mentions that are not part of a longer actor's name.

    "The Islamic State in Iraq and Syria", "Al-Qaeda in the Arabian Peninsula": the place names the
    group, not where its acts happened, and a strike on the group in Raqqa would otherwise be put in
    Iraq. The actors stage has read the whole name as one group or organisation; a place inside it
    is no place. Not one inside a place or a people ("Hama province", "residents of Damascus").
    """
    names = [a.span for a in actors if a.span is not None and a.kind in NAMED_BODIES]
    return [m for m in mentions if m.dateline or not any(
        n.start <= m.start_char and m.end_char <= n.end and (n.end - n.start) > (m.end_char - m.start_char)
        for n in names)]


def article_countries(article: Article, doc, gazetteer: Gazetteer) -> set[str]:
    """Country context for ambiguous names: actors' countries, countries the text names, the dateline's."""
    context = {actor.country for actor in article.actors if actor.country} | text_countries(doc, gazetteer)
    if article.dateline:
        entry = gazetteer.resolve(article.dateline.split(",")[0].strip().title())
        if entry is not None and entry.country:
            context.add(entry.country)
    return context


def place_for(token: Token, mentions: list[PlaceMention], verbal: bool = False) -> PlaceMention | None:
    """The place governing the clause of ``token`` (steps in the module docstring)."""
    head = clause.clause_head(token)
    path = clause.path_to_clause(token)
    # Steps 1 and 2: the trigger's own clause.
    found = _attached(token, head, path, mentions)
    heads = [head]
    # Step 3: conjoined and purpose verbs share the place of the verb they hang from.
    while found is None and len(heads) < 3 and clause.shares_governor(head, verbal):
        head = clause.clause_head(head.head)
        found = _attached(token, head, [head], mentions)
        heads.append(head)
    # Step 4: "X, where it happened" — the relative clause says where by its head noun.
    for head in heads if found is None else ():
        found = _where_relative(head, mentions)
        if found is not None:
            break
    return found


def _where_relative(head: Token, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place a "where" relative clause hangs on ("Thessaloniki, where …"; "Baghdad, a city where …").

    The noun the clause describes need not be a name: "a position in Homs
    province where …", "the Latakia province on the coast where …" and "in
    Cairo at the embassy, where …" say where by a place on that noun, on the
    nouns it hangs from through prepositions, or on the verb that locates it.
    """
    if _where_on_verb(head):
        return _verb_place(head.head, mentions)
    if not is_where_clause(head):
        return None
    clause_span = (head.left_edge.i, head.right_edge.i)
    noun = head.head
    for _ in range(3):
        found = _place_of_noun(noun, clause_span, mentions)
        if found is not None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return found
        prep, governor = noun.head, noun.head.head
        if governor.pos_ in ("NOUN", "PROPN"):
            noun = governor  # "the Latakia province on [the coast] where …"
            continue
        if governor.pos_ in ("VERB", "AUX") and (prep.lower_ in LOCATIVE or prep.lower_ == "on"):
            return _verb_place(governor, mentions)  # "gathered in Cairo at [the embassy], where …"
        return None
    return None


def _where_on_verb(head: Token) -> bool:
    """A "where" clause the parser hung on a verb, not on the place noun before it.

    Without a comma, "riots erupted in Porto where dockers marched" is parsed with "marched" as an
    adverbial clause of "erupted"; the "where" still refers to the place just named, which is the
    governing verb's locative.
    """
    return head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and any(
        c.lower_ == "where" and c.dep_ == "advmod" for c in head.children)


def _place_of_noun(noun: Token, clause_span: tuple[int, int], mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place ``noun`` is (or its appositive head is), else the nearest place inside its phrase
    outside the "where" clause ("a mosque in [Kabul]")."""
    described = [noun, noun.head] if noun.dep_ == "appos" else [noun]
    for token in described:
        for mention in mentions:
            if mention.start_char <= token.idx < mention.end_char:
                return mention
    inside = [
        m
        for m in mentions
        if m.attach is not None
        and m.attach.doc is noun.doc
        and noun.left_edge.i <= m.attach.i <= noun.right_edge.i
        and not clause_span[0] <= m.attach.i <= clause_span[1]
    ]
    return min(inside, key=lambda m: abs(m.attach.i - noun.i), default=None)


def _verb_place(verb: Token, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The nearest place a locative preposition hangs directly on ``verb`` ("gathered [in Cairo]")."""
    direct = []
    for mention in mentions:
        if mention.attach is None or mention.attach.doc is not verb.doc:
            continue
        prep = locative_preposition(mention.attach)
        if prep is not None and prep.head == verb:
            direct.append(mention)
    return min(direct, key=lambda m: abs(m.attach.i - verb.i), default=None)


def _attached(token: Token, head: Token, path: list[Token], mentions: list[PlaceMention]) -> PlaceMention | None:
    """The best place on the clause: most direct attachment, then most specific kind, then nearest.

    Unlike times, places inside objects count: a strike on "an air base in
    Syria" happened in Syria.
    """
    best: tuple[int, int, int, PlaceMention] | None = None
    for mention in mentions:
        if mention.attach is None or mention.attach.sent.start != token.sent.start:
            continue
        level = clause.attachment_level(path, head, clause.path_to_clause(mention.attach))
        if level is None:
            continue
        key = (level, KIND_RANK.get(mention.entry.kind, 3), abs(mention.attach.i - token.i))
        if best is None or key < best[:3]:
            best = (*key, mention)
    return best[3] if best else None


def _dateline_place(
    article: Article, mentions: list[PlaceMention], gazetteer: Gazetteer, context: set[str]
) -> list[Place]:
    """The dateline the clean stage moved to metadata, as a place without a span (filed from here)."""
    if not article.dateline or any(m.dateline for m in mentions):
        return []
    entry = gazetteer.resolve(article.dateline.split(",")[0].strip().title(), context)
    if entry is None:
        return []
    return [Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon, span=None, kind=entry.kind)]


def _record(mention: PlaceMention) -> Place:
    entry = mention.entry
    return Place(
        name=entry.name,
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        span=Span(mention.start_char, mention.end_char),
        kind=entry.kind,
    )
