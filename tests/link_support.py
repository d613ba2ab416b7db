"""Hand-built events for the incident-linking tests: one report's act as the linker sees it, and a link
through the store.

Shared so each link test states only what its case is about (the act's code, trigger words and
sentence; its actors and day) instead of writing out the whole Event again.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.link.keys import EventKey, key_of
from eventwire.model import Actor, Article, Event, Span

#: The report day of the hand-built denials.
DENIAL_DAY = "2031-05-06"


def told_event(
    eid: str, cameo: str, trigger: str, sentence: str, article: str, *,
    source: Actor, date: str, target: Actor | None = None,
) -> Event:
    """An event of ``cameo`` told with ``trigger`` in ``sentence`` of ``article``, dated to the day ``date``."""
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger, sentence=sentence, source=source, target=target,
        date=date, date_precision="day", date_basis="expression",
    )


def denial(eid: str, article: str, trigger: str, sentence: str, source: str, target: str | None = None,
           basis: str = "expression") -> Event:
    """A denial of responsibility (016) by ``source`` told on :data:`DENIAL_DAY`, dated by ``basis``."""
    return Event(
        id=eid, article_id=article, cameo="016", root="01", trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger, sentence=sentence,
        source=Actor(Span(0, 1), "them", code=source),
        target=Actor(Span(0, 1), "others", code=target) if target else None,
        date=DENIAL_DAY, date_precision="day", date_basis=basis,
    )


def key_in_story(event: Event, story: str) -> EventKey:
    """The linker's key of ``event`` reported on :data:`DENIAL_DAY`, in story ``story``."""
    return replace(key_of(event, DENIAL_DAY), story_id=story)


def linked_through_store(tmp_path, stored: Article, new: Article) -> None:
    """Link ``stored``, write it to a fresh store, then link ``new`` against what the store holds."""
    from eventwire.link import link_incidents

    store_module = pytest.importorskip("eventwire.store")
    store = store_module.Store(tmp_path / "r.duckdb")
    try:
        link_incidents([stored], store.con)
        store.write([stored], [], store.start_run(["test"]))
        link_incidents([new], store.con)
    finally:
        store.close()
