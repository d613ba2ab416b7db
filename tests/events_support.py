"""Helpers for the events tests: code a sentence whose actors are marked up.

Actors are written ``{text:CODE}`` (the pattern files' example markup), so the
events stage is tested on hand-built actor lists, independent of the actors
stage's dictionaries.
"""

from __future__ import annotations

from eventwire.config import Context
from eventwire.events import code_doc
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import parse_example, pattern_index
from eventwire.model import Actor, Article, Event, Span


def marked_article(example: str, article_id: str = "t1") -> Article:
    text, spans = parse_example(example)
    actors = [Actor(Span(s, e), text[s:e], code, code[:3]) for s, e, code in spans]
    return Article(id=article_id, text=text, actors=actors)


def code_example(ctx: Context, example: str, article_id: str = "t1") -> tuple[Article, list[Event]]:
    """The article and its events, coded with the shipped patterns."""
    article = marked_article(example, article_id)
    doc = ctx.nlp(article.text)
    events = code_doc(article, doc, pattern_index(ctx), cameo_table(ctx))
    return article, events


def dyads(events: list[Event]) -> set[tuple[str, str | None, str]]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}


def coded_moods(ctx: Context, example: str, prefix: str | None = None) -> list[tuple[str, str, str | None, str]]:
    """(cameo, source, target, modality) of each event coded from ``example``, those whose code starts
    with ``prefix`` when one is given: what the modality tests compare."""
    _, found = code_example(ctx, example)
    return [(e.cameo, e.source.code, e.target.code if e.target else None, e.modality) for e in found
            if prefix is None or e.cameo.startswith(prefix)]
