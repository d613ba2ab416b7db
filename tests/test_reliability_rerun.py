"""Reruns: the same input twice changes nothing; a changed article becomes a new
version whose annotations and events replace the old ones (README: "Storage
and reruns")."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from _reliability import DATA_TABLES, LIGHT_STAGES, distinct_text, install_stages
from eventwire.model import Article
from eventwire.store import Store

RUN = {"stages": LIGHT_STAGES}


@pytest.fixture(autouse=True)
def _stages():
    install_stages()


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _story(i: int, extra: str = "") -> dict:
    return {"id": f"s{i}", "published": "2017-04-07", "outlet": "Wire",
            "text": distinct_text(i) + extra}


def _dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every data table, in a stable order (``runs`` left out)."""
    out = {}
    for table in DATA_TABLES:
        cursor = store.con.execute(f"SELECT * FROM {table}")
        rows = [tuple(json.dumps(v, default=str, sort_keys=True) for v in row) for row in cursor.fetchall()]
        out[table] = sorted(rows)
    return out


def test_reliability_same_input_twice_leaves_every_table_identical(tmp_path: Path):
    src = _jsonl(tmp_path / "in.jsonl", [_story(i) for i in range(20)])
    with Store(tmp_path / "db.duckdb") as store:
        first = store.run([str(src)], **RUN)
        before = _dump(store)
        second = store.run([str(src)], **RUN)
        after = _dump(store)
        runs = store.con.execute("SELECT status, stored, duplicates FROM runs ORDER BY started_at").fetchall()
    assert (first.stored, first.events, second.stored, second.duplicates, second.events) == (20, 40, 0, 20, 0)
    assert len(before["events"]) == 40 and len(before["actors"]) == 20
    assert before == after
    assert runs == [("done", 20, 0), ("done", 0, 20)]


def test_reliability_changed_article_replaces_its_annotations_only(tmp_path: Path):
    db = tmp_path / "db.duckdb"
    with Store(db) as store:
        store.run([str(_jsonl(tmp_path / "v1.jsonl", [_story(i) for i in range(3)]))], **RUN)
        untouched = store.con.execute("SELECT * FROM articles WHERE article_id <> 's1' ORDER BY 1").fetchall()
        changed = [_story(0), _story(1, " A second paragraph was added."), _story(2)]
        summary = store.run([str(_jsonl(tmp_path / "v2.jsonl", changed))], **RUN)
        rows = dict(store.con.execute("SELECT article_id, version FROM articles").fetchall())
        text = store.con.execute("SELECT text FROM articles WHERE article_id = 's1'").fetchone()[0]
        events = store.con.execute("SELECT article_id, count(*), count(DISTINCT event_id) FROM events "
                                   "GROUP BY 1 ORDER BY 1").fetchall()
        actors = store.con.execute("SELECT count(*) FROM actors WHERE article_id = 's1'").fetchone()[0]
        assert store.con.execute("SELECT * FROM articles WHERE article_id <> 's1' ORDER BY 1").fetchall() == untouched
        # Going back to the first text is a change too: the latest input wins, as version 3.
        store.run([str(_jsonl(tmp_path / "v3.jsonl", [_story(1)]))], **RUN)
        assert store.con.execute("SELECT version FROM articles WHERE article_id = 's1'").fetchone()[0] == 3
    assert (summary.stored, summary.duplicates) == (1, 2)
    assert rows == {"s0": 1, "s1": 2, "s2": 1}
    assert text.endswith("A second paragraph was added.")
    assert events == [("s0", 2, 2), ("s1", 2, 2), ("s2", 2, 2)]  # replaced, not added to
    assert actors == 1


def test_reliability_same_id_twice_in_one_input_keeps_the_later_text(tmp_path: Path):
    src = _jsonl(tmp_path / "in.jsonl", [_story(1), _story(2), _story(1, " Updated.")])
    with Store(tmp_path / "db.duckdb") as store:
        summary = store.run([str(src)], **RUN)
        rows = store.con.execute("SELECT article_id, version, text FROM articles ORDER BY 1").fetchall()
    assert (summary.read, summary.stored, summary.replaced) == (3, 2, 1)
    assert [(r[0], r[1]) for r in rows] == [("s1", 2), ("s2", 1)]
    assert rows[0][2].endswith("Updated.")


def test_reliability_same_id_in_later_batch_is_a_new_version(tmp_path: Path):
    from eventwire.config import Config

    src = _jsonl(tmp_path / "in.jsonl", [_story(1), _story(2), _story(3), _story(1, " Updated.")])
    with Store(tmp_path / "db.duckdb") as store:
        store.run([str(src)], config=Config(batch_size=2), **RUN)
        rows = store.con.execute("SELECT article_id, version FROM articles ORDER BY 1").fetchall()
        events = store.con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone()
    assert rows == [("s1", 2), ("s2", 1), ("s3", 1)]
    assert events == (6, 6)


def test_reliability_article_the_database_refuses_is_a_store_reject_not_a_lost_batch(tmp_path: Path):
    import sys
    import types

    def poison(articles, ctx):
        for article in articles:
            if article.id == "s1":
                article.title = "lone surrogate \ud800 that UTF-8 cannot hold"
        return articles

    module = types.ModuleType("eventwire._rel_poison")
    module.run = poison
    sys.modules["eventwire._rel_poison"] = module
    src = _jsonl(tmp_path / "in.jsonl", [_story(i) for i in range(4)])
    with Store(tmp_path / "db.duckdb") as store:
        summary = store.run([str(src)], stages=(*LIGHT_STAGES, "_rel_poison"))
        ids = [r[0] for r in store.con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]
        rejects = store.con.execute("SELECT article_id, stage, reason FROM rejects").fetchall()
    assert ids == ["s0", "s2", "s3"]
    assert summary.failed and summary.reasons == {"store": 1}
    assert [(r[0], r[1]) for r in rejects] == [("s1", "store")] and "database refused" in rejects[0][2]


def test_reliability_repeated_event_id_is_stored_once(tmp_path: Path):
    from eventwire.model import Event, Span

    article = Article(id="x", text="t", raw="t", source_sha="1")
    event = Event(id="e1", article_id="x", cameo="040", trigger=Span(0, 1), span=Span(0, 1))
    article.events = [event, Event.from_dict(event.to_dict())]
    with Store(tmp_path / "db.duckdb") as store:
        counts = store.write([article], [], store.start_run([]))
        assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert counts["events"] == 1


def test_reliability_database_reopens_with_the_same_content(tmp_path: Path):
    src = _jsonl(tmp_path / "in.jsonl", [_story(i) for i in range(5)])
    with Store(tmp_path / "db.duckdb") as store:
        store.run([str(src)], **RUN)
        before = _dump(store)
    with duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True):
        pass
    with Store(tmp_path / "db.duckdb", read_only=True) as store:
        assert _dump(store) == before
