"""Helpers for the events tests: code a sentence whose actors are marked up.

Actors are written ``{text:CODE}`` (the pattern files' example markup), so the
events stage is tested on hand-built actor lists, independent of the actors
stage's dictionaries.
"""

from __future__ import annotations

import re

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


#: Marks that stand for an uncoded mention of that kind, not a code: ``{Tom Reed:PERSON}``.
UNCODED_KINDS = {"PERSON": "person", "ORGANISATION": "organisation"}


def code_with_uncoded(ctx: Context, example: str, flags: dict[str, list[str]] | None = None) -> list[Event]:
    """Code ``example`` with its ``{Name:PERSON}`` / ``{Name:ORGANISATION}`` marks made uncoded mentions, each
    name one entity of the article (two mentions of one name share it); a three-letter code is a state, a
    longer one an agent; ``flags`` adds actor flags by text."""
    article = marked_article(example)
    for actor in article.actors:
        if actor.code in UNCODED_KINDS:
            actor.kind = UNCODED_KINDS[actor.code]
            actor.code = actor.country = None
            slug = re.sub(r"\W+", "_", actor.text.lower())
            actor.entity_id = f"t1#{actor.kind}:{slug}"
        else:
            actor.kind = "state" if len(actor.code or "") == 3 else "agent"
        actor.flags = list((flags or {}).get(actor.text, []))
    return code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))


def roles_as_text(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    """(source, target, cameo root) of each event: a code, or 'text' in quotes for an uncoded actor."""
    def side(actor: Actor | None) -> str | None:
        return None if actor is None else actor.code or f"'{actor.text}'"
    return {(side(e.source), side(e.target), e.root) for e in events}
