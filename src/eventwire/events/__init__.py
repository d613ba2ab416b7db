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
from eventwire.model import Article, Event

#: Sentences longer than this are usually run-ons from bad cleaning (tables,
#: lists): parses of them are unreliable, so they are not coded.
MAX_SENTENCE_TOKENS = 120


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Code events for every article that has a parse; others are left as they are."""
    index = pattern_index(ctx)
    table = cameo_table(ctx)
    for article in articles:
        doc = ctx.docs.get(article.id)
        if doc is None:
            continue
        article.events = code_doc(article, doc, index, table)
    return articles


def code_doc(article: Article, doc: Doc, index: PatternIndex, table: dict[str, CameoCode]) -> list[Event]:
    """All events of one parsed article, in text order, without duplicates."""
    actors = ActorIndex(article.actors)
    if not actors.actors:
        return []
    events: list[Event] = []
    for sentence in doc.sents:
        if len(sentence) <= MAX_SENTENCE_TOKENS and actors.overlapping(sentence.start_char, sentence.end_char):
            events.extend(code_sentence(article, sentence, index, table, actors))
    return events


def code_sentence(
    article: Article, sentence: SpacySpan, index: PatternIndex, table: dict[str, CameoCode], actors: ActorIndex
) -> list[Event]:
    """Events of one sentence; one per (root, source, target), the most specific code kept."""
    best: dict[tuple, Event] = {}
    for match in sentence_matches(sentence, index):
        roles = verb_roles(match) if match.pattern.pos == "verb" else noun_roles(match, actors)
        for dyad in dyads(match, roles, actors):
            event = build_event(article, sentence, match, dyad, table, roles, actors)
            key = (event.root, event.source.code, event.target.code if event.target else None, event.negated)
            current = best.get(key)
            if current is None or _depth(event.cameo) > _depth(current.cameo):
                best[key] = event
    return sorted(best.values(), key=lambda e: (e.trigger.start, e.span.start, e.id))


def _depth(cameo: str) -> tuple[int, bool]:
    """How specific a code is: longer first, then not the root's generic x0 code."""
    return len(cameo), not cameo.endswith("0")
