"""Event routes: the filtered list, one event with its evidence, timelines, the network."""

from __future__ import annotations

from typing import Any, Literal

import duckdb
from fastapi import APIRouter, Depends, Path, Query, Request

from eventwire.api.app import cursor
from eventwire.api.params import ApiError, Page, check_actor, check_date, check_id, event_filter, page
from eventwire.store import explore, query
from eventwire.store.query import EventFilter

router = APIRouter(prefix="/api", tags=["events"])


def labelled(request: Request, event: dict[str, Any]) -> dict[str, Any]:
    """Add the CAMEO label beside the code, so nobody has to look it up."""
    labels = request.app.state.cameo
    event["cameo_label"] = labels.get(event.get("cameo") or "") or labels.get(event.get("root") or "")
    return event


@router.get("/events", summary="Events matching the CLI's filters, one page at a time")
def list_events(request: Request, flt: EventFilter = Depends(event_filter), paging: Page = Depends(page),
                con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    """Returns `{total, limit, offset, items}`; items follow the JSONL event contract."""
    total = explore.count_events(con, flt)
    flt.limit, flt.offset = paging.limit, paging.offset
    items = [labelled(request, e) for e in query.events(con, flt)]
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": items}


@router.get("/events/{event_id:path}", summary="One event with its evidence")
def get_event(request: Request, event_id: str = Path(..., max_length=1000),
              con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    """The event plus `evidence`: its sentence and the trigger/source/target
    spans, given both in article offsets and relative to the sentence."""
    check_id(event_id, "event id")
    found = explore.event_by_id(con, event_id)
    if found is None:
        raise ApiError(404, f"no event {event_id!r}: list events at /api/events")
    record, text = found.pop("record"), found.pop("article_text")
    found["evidence"] = evidence(record, text, found["sentence"] or "")
    return labelled(request, found)


def evidence(record: dict[str, Any], text: str, sentence: str) -> dict[str, Any]:
    """The sentence with marks for trigger, source and target.

    The sentence is located by (1) its stored span, (2) the first place the
    stored sentence string occurs in the article around the event span, or
    (3) the event span itself when neither is available (older records).
    """
    start = end = None
    span = record.get("sentence_span") or None
    near = max(0, (record.get("span") or {}).get("start", 0) - len(sentence))
    if span and 0 <= span["start"] <= span["end"] <= len(text):  # 1. stored span
        start, end = span["start"], span["end"]
    elif sentence and (pos := text.find(sentence, near)) >= 0:
        start, end = pos, pos + len(sentence)  # 2. find the sentence near the event
    elif record.get("span"):
        start, end = record["span"]["start"], record["span"]["end"]  # 3. the event span alone
    if start is None:
        return {"text": sentence, "start": None, "end": None, "marks": []}
    marks = []
    for kind, item in (("trigger", record.get("trigger")), ("source", (record.get("source") or {}).get("span")),
                       ("target", (record.get("target") or {}).get("span"))):
        if item and start <= item["start"] <= item["end"] <= end and item["end"] > item["start"]:
            marks.append({"kind": kind, "start": item["start"] - start, "end": item["end"] - start,
                          "article_span": [item["start"], item["end"]]})
    return {"text": text[start:end], "start": start, "end": end, "marks": sorted(marks, key=lambda m: m["start"])}


@router.get("/timeline", summary="Events per period by quad class, with mean Goldstein")
def event_timeline(flt: EventFilter = Depends(event_filter),
                   by: Literal["day", "week", "month", "year"] = Query("month"),
                   con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    """Any event filter, grouped by period (the first day of each period)."""
    return {"by": by, "periods": explore.timeline(con, flt, by)}


@router.get("/dyads/{a}/{b}/timeline", summary="Cooperation and conflict between two actors over time")
def dyad_timeline(a: str = Path(..., max_length=12), b: str = Path(..., max_length=12),
                  by: Literal["day", "week", "month"] = Query("month"),
                  directed: bool = Query(False, description="Only a → b."),
                  since: str | None = Query(None, max_length=10), until: str | None = Query(None, max_length=10),
                  include_negated: bool = Query(False),
                  con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    """Counts per period of quad classes 1–4 (verbal/material cooperation,
    verbal/material conflict) and the mean Goldstein score. Events are placed
    at their own date, else at the article's publication date."""
    pair = (check_actor(a, "a"), check_actor(b, "b"))
    flt = EventFilter(dyad=pair, directed=directed, since=check_date(since, "since"),
                      until=check_date(until, "until"), include_negated=include_negated)
    periods = explore.timeline(con, flt, by)
    return {"a": pair[0], "b": pair[1], "directed": directed, "by": by, "total": sum(p["events"] for p in periods),
            "periods": periods}


@router.get("/network", summary="Who acts on whom: edges with counts and mean Goldstein")
def actor_network(flt: EventFilter = Depends(event_filter),
                  level: Literal["code", "country"] = Query("country", description="Fold codes to countries?"),
                  limit: int = Query(60, ge=1, le=500, description="Most frequent edges to return."),
                  con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    edges = explore.network(con, flt, level=level, limit=limit)
    nodes: dict[str, int] = {}
    for edge in edges:
        for side in ("source", "target"):
            nodes[edge[side]] = nodes.get(edge[side], 0) + edge["events"]
    return {"level": level, "nodes": [{"code": c, "events": n} for c, n in sorted(nodes.items())], "edges": edges}
