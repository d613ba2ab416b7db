"""Flatten records into table columns, and shape rows back into the contract.

Columns are built as Python lists per table and inserted through Arrow in one
statement per table: DuckDB's row-at-a-time ``executemany`` is far slower.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from eventwire import periods
from eventwire.model import Actor, Article, Event


def iso_range(value: str | None, precision: str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day an event date covers; ``(None, None)`` when unknown or malformed.

    The store never refuses an event for its date: a malformed value is kept
    as text and simply not indexed.
    """
    if not value:
        return None, None
    precision = precision or periods.precision_of(value)
    try:
        return periods.iso_range(value, precision)
    except ValueError:
        return None, None


def _actor_cols(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_text": None, f"{prefix}_code": None, f"{prefix}_country": None,
                f"{prefix}_entity_id": None}
    return {f"{prefix}_text": actor.text, f"{prefix}_code": actor.code, f"{prefix}_country": actor.country,
            f"{prefix}_entity_id": actor.entity_id}


def event_row(event: Event) -> dict[str, Any]:
    start, end = iso_range(event.date, event.date_precision)
    place = event.place
    return {
        "event_id": event.id, "article_id": event.article_id, "cameo": event.cameo, "root": event.root,
        "plover": event.plover, "quad_class": event.quad_class, "goldstein": event.goldstein,
        "date": event.date, "date_precision": event.date_precision, "date_basis": event.date_basis,
        "date_start": start, "date_end": end,
        **_actor_cols("source", event.source), **_actor_cols("target", event.target),
        "trigger_text": event.trigger_text, "span_start": event.span.start, "span_end": event.span.end,
        "sentence": event.sentence,
        "place_name": place.name if place else None, "place_country": place.country if place else None,
        "place_lat": place.lat if place else None, "place_lon": place.lon if place else None,
        "negated": event.negated, "modality": event.modality, "attribution": event.attribution,
        "confidence": event.confidence, "incident_id": event.incident_id,
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
    }


def article_row(article: Article, run_id: str, now: dt.datetime) -> dict[str, Any]:
    outlets = list(dict.fromkeys([*(article.outlets or []), *([article.outlet] if article.outlet else [])]))
    return {
        "article_id": article.id, "version": article.version, "source_sha": article.source_sha,
        "format": article.format, "title": article.title, "outlet": article.outlet, "outlets": outlets,
        "authors": list(article.authors), "published": _date(article.published), "dateline": article.dateline,
        "url": article.url, "language": article.language, "text": article.text, "raw": article.raw,
        "source": article.source, "story_id": article.story_id, "skip_reason": article.skip_reason,
        "metadata": json.dumps(article.metadata, ensure_ascii=False, default=str), "run_id": run_id,
        "stored_at": now,
    }


def annotation_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """Rows for every annotation table of one article."""
    aid = article.id
    return {
        "removed": [{"article_id": aid, "idx": i, "start": r.span.start, "end": r.span.end, "reason": r.reason,
                     "text": r.text} for i, r in enumerate(article.removed)],
        "actors": [{"article_id": aid, "idx": i, "start": a.span.start, "end": a.span.end, "text": a.text,
                    "code": a.code, "country": a.country, "entity_id": a.entity_id, "kind": a.kind,
                    "name": a.name, "flags": list(a.flags), "confidence": a.confidence}
                   for i, a in enumerate(article.actors)],
        "events": [{**event_row(e), "article_published": _date(article.published)} for e in article.events],
        "quotes": [{"article_id": aid, "idx": i, "start": q.span.start, "end": q.span.end, "text": q.text,
                    "kind": q.kind, **_speaker(q.speaker)} for i, q in enumerate(article.quotes)],
        "times": [{"article_id": aid, "idx": i, "start": t.span.start, "end": t.span.end, "text": t.text,
                   "value": t.value, "precision": t.precision, "start_date": t.start, "end_date": t.end,
                   "open": t.open} for i, t in enumerate(article.times)],
        "places": [{"article_id": aid, "idx": i, "start": p.span.start if p.span else None,
                    "end": p.span.end if p.span else None, "name": p.name, "country": p.country, "lat": p.lat,
                    "lon": p.lon, "kind": p.kind} for i, p in enumerate(article.places)],
    }


def _speaker(actor: Actor | None) -> dict[str, Any]:
    cols = _actor_cols("speaker", actor)
    return {k: v for k, v in cols.items()}


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def actor_obj(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    """The contract's nested actor object ``{text, code, country, entity_id}``."""
    if row.get(f"{prefix}_text") is None and row.get(f"{prefix}_code") is None:
        return None
    return {k: row.get(f"{prefix}_{k}") for k in ("text", "code", "country", "entity_id")}
