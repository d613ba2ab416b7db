"""Browsing routes: articles with their annotations, actors, incidents, stories, stats."""

from __future__ import annotations

from typing import Any

import duckdb
from fastapi import APIRouter, Depends, Path, Query, Request

from eventwire.api.app import cursor
from eventwire.api.events import labelled
from eventwire.api.params import ApiError, Page, check_actor, check_date, check_id, check_root, page
from eventwire.store import explore, query
from eventwire.store.query import EventFilter

router = APIRouter(prefix="/api", tags=["browse"])


@router.get("/articles", summary="Stored articles (metadata, no text), one page at a time")
def list_articles(outlet: str | None = Query(None, max_length=200), since: str | None = Query(None, max_length=10),
                  until: str | None = Query(None, max_length=10), story: str | None = Query(None, max_length=1000),
                  paging: Page = Depends(page), con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    result = query.articles(con, outlet=outlet or None, since=check_date(since, "since"),
                            until=check_date(until, "until"), story=check_id(story, "story"),
                            limit=paging.limit, offset=paging.offset)
    items = [{k: v for k, v in row.items() if k != "text"} for row in result]
    counts = explore.article_counts(con, [row["article_id"] for row in items])
    for row in items:
        row["events"] = counts.get(row["article_id"], 0)
    return {"total": explore.count_rows(con, result), "limit": paging.limit, "offset": paging.offset,
            "items": items}


@router.get("/articles/{article_id:path}", summary="One article: clean text, annotation spans, removed junk")
def get_article(request: Request, article_id: str = Path(..., max_length=1000),
                con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    """Spans are `[start, end)` character offsets into `text`. `removed`
    lists what the cleaner dropped from the raw input (not part of `text`)."""
    check_id(article_id, "article id")
    rows = query.articles(con, article=article_id).to_dicts()
    if not rows:
        raise ApiError(404, f"no article {article_id!r}: list articles at /api/articles")
    article = rows[0]
    article["actors"] = [{k: v for k, v in a.items() if k != "article_id"}
                         for a in query.actor_mentions(con, article=article_id)]
    flt = EventFilter(article=article_id, include_negated=True)
    article["events"] = [labelled(request, e) for e in query.events(con, flt)]
    article["quotes"] = [{k: v for k, v in q.items() if k != "article_id"}
                         for q in query.quotes(con, article=article_id)]
    article["removed"] = explore.removed(con, article_id)
    return article


@router.get("/actors", summary="Top actors by mentions")
def top_actors(limit: int = Query(50, ge=1, le=1000), con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict:
    """Each item: `code`, `name` (most frequent), `country`, `mentions`, `articles`."""
    return {"items": query.top_actors(con, limit=limit).to_dicts()}


@router.get("/incidents", summary="Incidents: one happening, every report of it")
def list_incidents(actor: str | None = Query(None, max_length=12), root: str | None = Query(None, max_length=2),
                   paging: Page = Depends(page), con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    total, items = explore.incidents(con, actor=check_actor(actor, "actor"), root=check_root(root),
                                     limit=paging.limit, offset=paging.offset)
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": items}


@router.get("/incidents/{incident_id:path}", summary="One incident with every report of it")
def get_incident(request: Request, incident_id: str = Path(..., max_length=1000),
                 con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    """`reports` are all events linked to the incident, negated ones included, with outlet and date."""
    check_id(incident_id, "incident id")
    found = explore.incident(con, incident_id)
    if found is None:
        raise ApiError(404, f"no incident {incident_id!r}: list incidents at /api/incidents")
    flt = EventFilter(incident=incident_id, include_negated=True, limit=1000)
    found["reports"] = [labelled(request, e) for e in query.events(con, flt)]
    return found


@router.get("/stories", summary="Stories: the same news story across outlets")
def list_stories(paging: Page = Depends(page), con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    total, items = explore.stories(con, limit=paging.limit, offset=paging.offset)
    return {"total": total, "limit": paging.limit, "offset": paging.offset, "items": items}


@router.get("/stories/{story_id:path}", summary="One story with its articles")
def get_story(story_id: str = Path(..., max_length=1000),
              con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    check_id(story_id, "story id")
    found = explore.story(con, story_id)
    if found is None:
        raise ApiError(404, f"no story {story_id!r}: list stories at /api/stories")
    return found


@router.get("/stats", summary="Row counts and the date range of the events")
def stats(request: Request, con: duckdb.DuckDBPyConnection = Depends(cursor)) -> dict[str, Any]:
    counts = {}
    for table in ("articles", "copies", "actors", "events", "quotes", "rejects", "incidents", "stories", "runs"):
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return {"counts": counts, "dates": explore.date_range(con), "db": request.app.state.store.path.name}
