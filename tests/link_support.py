"""Hand-built events for the incident-linking tests: one report's act as the linker sees it, and a link
through the store.

Shared so each link test states only what its case is about (the act's code, trigger words and
sentence; its actors and day) instead of writing out the whole Event again.
"""

from __future__ import annotations

import pytest

from eventwire.model import Actor, Article, Event, Span


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
