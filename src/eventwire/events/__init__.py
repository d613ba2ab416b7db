"""The events stage: who did what to whom, coded in CAMEO and PLOVER.

Reads the parse (``ctx.docs[article.id]``) and the coded actors
(``article.actors``), finds trigger verbs and event nouns with the patterns in
``data/patterns/``, takes source and target from the dependency tree, and
writes ``article.events`` with code, root, quad class, Goldstein value, PLOVER
category, modality, attribution, evidence spans and a deterministic id.
Precision comes first: no pattern, no event; no coded source, no event; and
no fall-back to a generic "make statement" code.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from eventwire.config import Context
from eventwire.events.arguments import ActorIndex
from eventwire.events.coder import build_event
from eventwire.events.matching import sentence_matches
from eventwire.events.ontology import CameoCode, cameo_table
from eventwire.events.patterns import PatternIndex, pattern_index
from eventwire.events.roles import dyads, noun_roles, verb_roles
from eventwire.model import Actor, Article, Event

#: Sentences longer than this are usually run-ons from bad cleaning (tables,
#: lists): parses of them are unreliable, so they are not coded.
MAX_SENTENCE_TOKENS = 120


#: PLOVER categories whose recipient is required (PLOVER manual); others may be one-sided.
RECIPIENT_REQUIRED = frozenset({"COOPERATE", "AID", "SANCTION"})


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Code events for every article that has a parse; others are left as they are.

    ``ctx.config.options["events_optional_recipient"] = True`` switches to
    PLOVER's rule: a coded source is enough unless the PLOVER category
    requires a recipient. Default off: CAMEO needs a coded target.
    """
    index = pattern_index(ctx)
    table = cameo_table(ctx)
    optional = bool(ctx.config.options.get("events_optional_recipient", False))
    for article in articles:
        doc = ctx.docs.get(article.id)
        if doc is None:
            continue
        article.events = code_doc(article, doc, index, table, optional)
    return articles


def code_doc(
    article: Article, doc: Doc, index: PatternIndex, table: dict[str, CameoCode], optional_recipient: bool = False
) -> list[Event]:
    """All events of one parsed article, in text order, without duplicates."""
    actors = ActorIndex(article.actors)
    if not actors.actors:
        return []
    events: list[Event] = []
    recent: tuple[Actor, Actor] | None = None  # the last reciprocal pair, for "the two leaders"
    recent_age = 0
    for sentence in doc.sents:
        if len(sentence) > MAX_SENTENCE_TOKENS:
            continue
        found = code_sentence(
            article, sentence, index, table, actors, recent if recent_age <= 2 else None, optional_recipient
        )
        events.extend(found)
        codes = {(e.source.code, e.target.code) for e in found if e.source and e.target}
        pairs = [(e.source, e.target) for e in found if e.target and (e.target.code, e.source.code) in codes]
        recent, recent_age = (pairs[-1], 0) if pairs else (recent, recent_age + 1)
    return events


def code_sentence(
    article: Article, sentence: SpacySpan, index: PatternIndex, table: dict[str, CameoCode], actors: ActorIndex,
    recent: tuple[Actor, Actor] | None = None, optional_recipient: bool = False,
) -> list[Event]:
    """Events of one sentence; one per (root, source, target), the most specific code kept.

    A participle or coordinated verb that continues an act of the same kind by
    the same source ("bombarded the city, [killing] eight") is its consequence,
    not a second event.
    """
    best: dict[tuple, Event] = {}
    coded: dict[int, set[tuple]] = {}  # trigger token -> (root, source code) of its events
    for match in sentence_matches(sentence, index):
        roles = verb_roles(match) if match.pattern.pos == "verb" else noun_roles(match, actors)
        one_sided = optional_recipient and table[match.pattern.cameo].plover not in RECIPIENT_REQUIRED
        for dyad in dyads(match, roles, actors, recent, one_sided):
            event = build_event(article, sentence, match, dyad, table, roles, actors)
            coded.setdefault(match.trigger.i, set()).add((event.root, event.source.code))
            if match.trigger.dep_ in ("advcl", "conj") and (event.root, event.source.code) in coded.get(
                match.trigger.head.i, set()
            ):
                continue
            key = (event.root, event.source.code, event.target.code if event.target else None, event.negated)
            current = best.get(key)
            if current is None or _depth(event.cameo) > _depth(current.cameo):
                best[key] = event
    return sorted(best.values(), key=lambda e: (e.trigger.start, e.span.start, e.id))


def _depth(cameo: str) -> tuple[int, bool]:
    """How specific a code is: longer first, then not the root's generic x0 code."""
    return len(cameo), not cameo.endswith("0")
