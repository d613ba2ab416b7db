"""Read the stored neighbours a batch is linked against.

Only what can match is read: articles within the story date window, events
of the batch's roots reported within ``EVENT_REPORT_WINDOW_DAYS``. Bounded
queries keep the writer fast however large the store grows.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any

from eventwire.link.keys import (
    EventKey,
    actor_key,
    asked_for_inquiry,
    claim_of,
    date_window,
    inquirers_visit,
    is_publication_dated,
    named_of,
)
from eventwire.link.people import person_listed
from eventwire.link.replies import reply_kind
from eventwire.link.stories import MAX_DAYS_APART, StoryDoc, StoryFeatures, parse_date
from eventwire.link.towns import town_of
from eventwire.link.trigger_words import trigger_stems
from eventwire.model import Place, person_of

#: Most stored articles compared with one batch (the most recent first).
MAX_STORY_CANDIDATES = 3000
#: Events reported this far apart can still be one incident (a strike recalled weeks later).
EVENT_REPORT_WINDOW_DAYS = 60


def connection(ctx: Any):
    store = getattr(ctx, "store", None)
    return getattr(store, "con", None)


def _stored_links(con, table: str, key: str, link: str, ids: list[str]) -> dict[str, str]:
    """``key -> link`` for stored rows of ``table`` among ``ids`` that already have a link.

    ``table``, ``key`` and ``link`` are this module's constants, never user input.
    """
    if con is None or not ids:
        return {}
    sql = f"SELECT {key}, {link} FROM {table} WHERE {link} IS NOT NULL AND list_contains(?, {key})"
    return dict(con.execute(sql, [ids]).fetchall())


def stored_story_ids(con, article_ids: list[str]) -> dict[str, str]:
    """Story ids already given to these articles (re-reads keep theirs)."""
    return _stored_links(con, "articles", "article_id", "story_id", article_ids)


def story_candidates(
    con, dates: list[dt.date], exclude: list[str], features: StoryFeatures | None = None
) -> list[StoryDoc]:
    """Stored articles that could share a story with the batch (``features``: the run's cache)."""
    if con is None:
        return []
    where, params = "story_id IS NOT NULL AND NOT list_contains(?, article_id)", [exclude]
    if dates:
        window = dt.timedelta(days=MAX_DAYS_APART)
        where += " AND (published IS NULL OR published BETWEEN ? AND ?)"
        params += [min(dates) - window, max(dates) + window]
    rows = con.execute(
        f"SELECT article_id, title, text, published, story_id, outlet FROM articles WHERE {where} "
        f"ORDER BY published DESC NULLS LAST LIMIT {MAX_STORY_CANDIDATES}",
        params,
    ).fetchall()
    names = _actor_names(con, [r[0] for r in rows])
    features = features or StoryFeatures()
    docs = []
    for article_id, title, text, published, story_id, outlet in rows:
        full = f"{title or ''}\n\n{text or ''}"
        text_names, terms = features.of(article_id, full)
        entities = text_names | frozenset(names.get(article_id, ()))
        docs.append(StoryDoc(article_id, full, parse_date(published), entities, story_id, outlet, terms))
    return docs


def _actor_names(con, article_ids: list[str]) -> dict[str, list[str]]:
    if not article_ids:
        return {}
    rows = con.execute(
        "SELECT article_id, list(DISTINCT lower(name)) FROM actors "
        "WHERE name IS NOT NULL AND list_contains(?, article_id) GROUP BY article_id",
        [article_ids],
    ).fetchall()
    return dict(rows)


EVENT_COLUMNS = (
    "e.event_id, e.article_id, e.cameo, e.root, e.source_code, e.source_country, e.target_code, "
    "e.target_country, e.date, e.date_precision, e.date_basis, e.place_country, e.trigger_text, "
    "e.incident_id, a.published, e.source_entity_id, e.target_entity_id, e.modality, e.negated, e.sentence, "
    "a.story_id, e.place_lat, e.place_lon, json_extract_string(e.record, '$.place.kind')"
)


class EventKeys:
    """Per-run cache of the ``EventKey`` built from a stored event row.

    Why: each batch reads the stored events of its roots again, and the same
    event is a candidate for many batches; building its key (trigger stems,
    date window, claim) every time was most of ``event_candidates``' CPU
    (issue 9). Entries are keyed by the whole row, so a row that changed
    (a new incident id, a re-read article) gets a new key; keys are frozen.
    Bounded (least recently used out first) so memory stays flat on any run.
    """

    def __init__(self, size: int = 30_000) -> None:
        self.size = size
        self._keys: OrderedDict[tuple, EventKey] = OrderedDict()

    def of(self, row: tuple) -> EventKey:
        """``_row_key(row)``, built once per distinct row."""
        key = self._keys.get(row)
        if key is None:
            key = self._keys[row] = _row_key(row)
            if len(self._keys) > self.size:
                self._keys.popitem(last=False)
        else:
            self._keys.move_to_end(row)
        return key


def event_candidates(
    con, roots: list[str], published: list[dt.date], exclude: list[str], keys: EventKeys | None = None
) -> list[EventKey]:
    """Stored events (with an incident) that could be the same incident as the batch's.

    ``keys`` caches the rows' keys across the batches of one run (the writer
    passes ``ctx.state``'s).
    """
    if con is None or not roots:
        return []
    where = "e.incident_id IS NOT NULL AND list_contains(?, e.root) AND NOT list_contains(?, e.article_id)"
    params: list[Any] = [roots, exclude]
    if published:
        window = dt.timedelta(days=EVENT_REPORT_WINDOW_DAYS)
        where += " AND (a.published IS NULL OR a.published BETWEEN ? AND ?)"
        params += [min(published) - window, max(published) + window]
    rows = con.execute(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a USING (article_id) WHERE {where} "
        "ORDER BY e.event_id",
        params,
    ).fetchall()
    key_of_row = keys.of if keys is not None else _row_key
    return [key_of_row(row) for row in rows]


def stored_incident_ids(con, event_ids: list[str]) -> dict[str, str]:
    """Incident ids already given to these events (re-read events keep theirs)."""
    return _stored_links(con, "events", "event_id", "incident_id", event_ids)


def _row_key(row: tuple) -> EventKey:
    (event_id, article_id, cameo, root, source_code, source_country, target_code, target_country,
     date, precision, basis, place_country, trigger, incident_id, published,
     source_entity, target_entity, modality, negated, sentence, *rest) = row  # a.story_id and the town, if read
    claim = claim_of(cameo, modality, bool(negated))
    root = root or (cameo[:2] if cameo else None)
    start, end = date_window(date, precision, basis, str(published) if published else None, claim, root)
    return EventKey(
        event_id, article_id, cameo, root,
        actor_key(source_code, source_country), actor_key(target_code, target_country),
        start, end, place_country, trigger_stems(trigger, sentence), incident_id,
        source_code=source_code, target_code=target_code,
        source_person=person_of(source_entity if source_code else None),
        target_person=person_of(target_entity if target_code else None),
        claim=claim, target_named=person_of(target_entity if not target_code else None),
        source_named=named_of(source_entity if not source_code else None),
        source_person_listed=person_listed(source_entity), target_person_listed=person_listed(target_entity),
        publication_dated=is_publication_dated(basis), story_id=rest[0] if rest else None,
        town=town_of(Place("", lat=rest[1], lon=rest[2], kind=rest[3])) if len(rest) >= 4 else None,
        reported=parse_date(published) if published else None,
        called_for=asked_for_inquiry(root, claim, sentence, trigger),
        inquirers_visit=inquirers_visit(cameo, source_code, trigger, sentence),
        reply=reply_kind(cameo, trigger, sentence),
    )
