"""Store.optimize: the events table is rewritten in dyad order and nothing else changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.model import Actor, Article, Event, Span
from eventwire.store import Store
from eventwire.store.explore import timeline
from eventwire.store.query import EventFilter

CODES = ["USA", "RUS", "SYR", "TUR", "USAGOV"]


def _article(i: int) -> Article:
    source, target = CODES[i % 5], CODES[(i // 5) % 5]
    event = Event(id=f"e{i}", article_id=f"a{i}", cameo="042", root="04", quad_class=1, goldstein=1.9,
                  trigger=Span(0, 3), span=Span(0, 9), date=f"2017-0{1 + i % 9}-01", date_precision="day",
                  source=Actor(Span(0, 3), source, source), target=Actor(Span(4, 9), target, target))
    undated = Event(id=f"u{i}", article_id=f"a{i}", cameo="043", root="04", quad_class=1, goldstein=2.8,
                    trigger=Span(0, 3), span=Span(0, 9), source=event.source, target=event.target)
    return Article(id=f"a{i}", text="met talks", published="2016-12-24", source_sha=str(i), events=[event, undated])


@pytest.mark.parametrize("dyad", [("USA", "RUS"), ("SYR", "TUR"), ("USAGOV", "USA")])
def test_store_optimize_orders_events_and_keeps_answers(tmp_path: Path, dyad: tuple[str, str]):
    with Store(tmp_path / "db.duckdb") as store:
        store.write([_article(i) for i in range(40)], [], "r1")
        before = store.con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
        periods = timeline(store.con, EventFilter(dyad=dyad), "month")
        assert store.optimize() == 80
        after = store.con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
        order = store.con.execute("SELECT source_code, target_code FROM events").fetchall()
        assert timeline(store.con, EventFilter(dyad=dyad), "month") == periods
        with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
            store.con.execute("INSERT INTO events (event_id) VALUES ('e1')")
    assert after == before
    assert order == sorted(order)
    assert sum(p["events"] for p in periods) > 0
    assert any(p["period"] == "2016-12-01" for p in periods)  # undated events fall back to the article's day
