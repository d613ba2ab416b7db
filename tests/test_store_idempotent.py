"""The store: idempotent writes, versions, copies, locking, read-only checks."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from eventwire.errors import StoreError, StoreLockedError
from eventwire.model import Actor, Article, Event, Span
from eventwire.store import Store

STAGES = ("_test_copy_text",)  # no cleaning or spaCy: these tests are about storage, not analysis


def _copy_text(articles, ctx):
    for article in articles:
        article.text = article.raw
    return articles


_module = types.ModuleType("eventwire._test_copy_text")
_module.run = _copy_text
sys.modules["eventwire._test_copy_text"] = _module


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _counts(store: Store) -> dict[str, int]:
    return store.stats()


def test_store_same_input_twice_adds_nothing(tmp_path: Path):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": f"a{i}", "text": f"Story number {i}."} for i in range(5)])
    with Store(tmp_path / "db.duckdb") as store:
        first = store.run([str(src)], stages=STAGES)
        before = _counts(store)
        second = store.run([str(src)], stages=STAGES)
        after = _counts(store)
    assert (first.stored, first.duplicates) == (5, 0)
    assert (second.stored, second.duplicates) == (0, 5)
    assert {k: v for k, v in before.items() if k != "runs"} == {k: v for k, v in after.items() if k != "runs"}


def test_store_changed_article_becomes_new_version(tmp_path: Path):
    db = tmp_path / "db.duckdb"
    with Store(db) as store:
        store.run([str(_jsonl(tmp_path / "v1.jsonl", [{"id": "a", "text": "First text."}]))], stages=STAGES)
        summary = store.run([str(_jsonl(tmp_path / "v2.jsonl", [{"id": "a", "text": "Second text."}]))],
                            stages=STAGES)
        rows = store.articles().to_dicts()
    assert summary.stored == 1
    assert [(r["article_id"], r["version"], r["text"]) for r in rows] == [("a", 2, "Second text.")]


def test_store_new_version_replaces_old_events(tmp_path: Path):
    def article(version_text: str, cameo: str) -> Article:
        art = Article(id="x", text=version_text, raw=version_text, source_sha=version_text)
        art.events = [Event(id=f"ev-{cameo}", article_id="x", cameo=cameo, trigger=Span(0, 1), span=Span(0, 3),
                            source=Actor(Span(0, 1), "A", "USA", "USA"))]
        return art

    with Store(tmp_path / "db.duckdb") as store:
        run = store.start_run([])
        store.write([article("old", "041")], [], run)
        store.write([article("new", "111")], [], run)
        assert [e["cameo"] for e in store.events().to_dicts()] == ["111"]


def test_store_syndicated_copy_adds_outlet_not_article(tmp_path: Path):
    original = Article(id="orig", text="t", raw="t", outlet="Wire", source_sha="1")
    copy = Article(id="copy", text="t", raw="t", outlet="Local Paper", source_sha="2", duplicate_of="orig")
    with Store(tmp_path / "db.duckdb") as store:
        run = store.start_run([])
        counts = store.write([original, copy], [], run)
        rows = store.articles().to_dicts()
    assert counts["syndicated"] == 1
    assert [r["article_id"] for r in rows] == ["orig"]
    assert sorted(rows[0]["outlets"]) == ["Local Paper", "Wire"]


def test_store_event_jsonl_contract_shape(tmp_path: Path):
    art = Article(id="x", text="Trump called Putin.", raw="r", published="2017-05-02", source_sha="s")
    art.events = [Event(id="e1", article_id="x", cameo="041", root="04", trigger=Span(6, 12), span=Span(0, 18),
                        trigger_text="called", sentence="Trump called Putin.", date="2017-05-02",
                        date_precision="day", date_basis="expression", quad_class=1, goldstein=1.0, plover="CONSULT",
                        source=Actor(Span(0, 5), "Trump", "USAGOV", "USA", "x#e1"),
                        target=Actor(Span(13, 18), "Putin", "RUSGOV", "RUS", "x#e2"))]
    with Store(tmp_path / "db.duckdb") as store:
        store.write([art], [], store.start_run([]))
        (row,) = store.events(dyad="USA,RUS").to_dicts()
    assert row["source"] == {"text": "Trump", "code": "USAGOV", "country": "USA", "entity_id": "x#e1"}
    assert row["target"]["code"] == "RUSGOV"
    assert row["span"] == [0, 18] and row["date"] == "2017-05-02" and row["date_precision"] == "day"
    for key in ("event_id", "article_id", "date_basis", "cameo", "root", "plover", "quad_class", "goldstein",
                "negated", "modality", "attribution", "sentence", "incident_id", "confidence"):
        assert key in row


def test_store_default_queries_leave_out_negated_and_hypothetical(tmp_path: Path):
    art = Article(id="x", text="t", raw="t", source_sha="s")
    art.events = [
        Event(id=f"e{i}", article_id="x", cameo="042", trigger=Span(0, 1), span=Span(0, 1), modality=m,
              negated=(m == "negated"))
        for i, m in enumerate(["asserted", "negated", "hypothetical", "intended"])
    ]
    with Store(tmp_path / "db.duckdb") as store:
        store.write([art], [], store.start_run([]))
        assert sorted(e["modality"] for e in store.events().to_dicts()) == ["asserted", "intended"]
        assert len(store.events(include_negated=True).to_dicts()) == 4


def test_store_read_only_open_of_missing_file_says_what_to_do(tmp_path: Path):
    with pytest.raises(StoreError, match="eventwire run"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_second_writer_gets_clear_error(tmp_path: Path):
    db = tmp_path / "db.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from eventwire.store import Store; s = Store(sys.argv[1]); print('ready', flush=True); "
         "time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match="in use by another eventwire process"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()


def test_store_copy_of_missing_original_is_stored_as_original(tmp_path: Path):
    copy = Article(id="copy", text="t", raw="t", outlet="Local Paper", source_sha="2", duplicate_of="never-stored")
    with Store(tmp_path / "db.duckdb") as store:
        counts = store.write([copy], [], store.start_run([]))
        rows = store.articles().to_dicts()
    assert (counts["stored"], counts["syndicated"]) == (1, 0)
    assert [r["article_id"] for r in rows] == ["copy"]
