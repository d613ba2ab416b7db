"""Link stage (corpus level): stories across articles, incidents across events.

Runs in the single writer with ``ctx.store`` set, so a batch is linked both
within itself and against what is already stored; without a store it links
within the batch only (the in-memory API, tests).
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.config import Context
from eventwire.link import store_io
from eventwire.link.contrasts import link_contrasts
from eventwire.link.grouping import group_incidents
from eventwire.link.incidents import candidate_roots
from eventwire.link.keys import key_of
from eventwire.link.stories import StoryDoc, StoryFeatures, assign_stories, name_entities, parse_date
from eventwire.model import Article

__all__ = ["link_contrasts", "link_incidents", "link_stories", "run"]


def run(articles: list[Article], ctx: Context) -> list[Article]:
    """Set ``article.story_id`` and every ``event.incident_id`` in the batch."""
    originals = [a for a in articles if not a.duplicate_of]  # syndicated copies join their original
    con = store_io.connection(ctx)
    link_stories(originals, con, ctx.state.setdefault("link.story_features", StoryFeatures()))
    link_incidents(originals, con, ctx.state.setdefault("link.event_keys", store_io.EventKeys()))
    link_contrasts(originals, con)  # after stories: contrasts are looked for within a story
    return articles


def link_stories(articles: list[Article], con=None, features: StoryFeatures | None = None) -> None:
    """Assign each article to a stored or new story (same function as offline).

    ``features`` caches the stored candidates' names and terms across the
    batches of one run (the writer passes ``ctx.state``'s).
    """
    kept = store_io.stored_story_ids(con, [a.id for a in articles])
    todo = [a for a in articles if a.id not in kept]
    for article in articles:
        if article.id in kept:
            article.story_id = kept[article.id]
    if not todo:
        return
    docs = [_story_doc(a) for a in todo]
    dates = [d.published for d in docs if d.published]
    known = store_io.story_candidates(con, dates, [a.id for a in articles], features)
    assignments = assign_stories(docs, known)
    for article in todo:
        article.story_id = assignments[article.id].story_id


def _story_doc(article: Article) -> StoryDoc:
    text = f"{article.title or ''}\n\n{article.text}"
    return StoryDoc(article.id, text, parse_date(article.published), name_entities(text, article.actors),
                    outlet=article.outlet)


def link_incidents(articles: list[Article], con=None, stored_keys: store_io.EventKeys | None = None) -> None:
    """Give each event the incident it reports, matching the batch and the store.

    ``stored_keys`` caches the stored candidates' keys across the batches of one run.
    """
    events = [(article, event) for article in articles for event in article.events]
    if not events:
        return
    stored = store_io.stored_incident_ids(con, [e.id for _, e in events])
    keys = [replace(key_of(event, article.published), incident_id=stored.get(event.id), story_id=article.story_id)
            for article, event in events]
    roots = candidate_roots(keys)
    published = [d for a in articles if (d := parse_date(a.published))]
    known = store_io.event_candidates(con, roots, published, [a.id for a in articles], stored_keys)
    incident_of = group_incidents(keys, known)
    for _, event in events:
        event.incident_id = incident_of[event.id]
