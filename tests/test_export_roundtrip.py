"""Parquet, JSONL and CSV exports: written, read back, and equal to the store's rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import UsageError
from eventwire.export import export_events
from eventwire.export.tables import CSV_COLUMNS, EVENT_SCHEMA
from eventwire.model import Actor, Article, Event, Place, Span
from eventwire.store import Store

runner = CliRunner()


def _article(i: int) -> Article:
    text = f"Leaders met in Paris on day {i} and signed a trade deal; a protest followed."
    article = Article(id=f"r{i}", text=text, raw=text, source_sha=str(i), published="2019-03-04",
                      outlet="Wire" if i % 2 else None)
    source = Actor(Span(0, 7), "Leaders", "FRAGOV", "FRA", f"r{i}#1")
    article.events = [
        Event(id=f"r{i}-a", article_id=article.id, cameo="057", root="05", quad_class=1, goldstein=8.0,
              plover="AGREE", trigger=Span(42, 48), span=Span(0, 60), sentence=text, trigger_text="signed",
              date="2019-03-04", date_precision="day", date_basis="publication", source=source,
              target=Actor(Span(10, 15), "Paris", "FRA", "FRA", None), attribution="officials",
              place=Place("Paris", "FRA", 48.85, 2.35, Span(15, 20), "capital"), confidence=0.75),
        Event(id=f"r{i}-b", article_id=article.id, cameo="141", trigger=Span(63, 70), span=Span(62, 78),
              negated=i % 3 == 0, modality="negated" if i % 3 == 0 else "asserted"),
    ]
    return article


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "db.duckdb") as opened:
        opened.write([_article(i) for i in range(12)], [], opened.start_run([]))
        yield opened


@pytest.mark.parametrize("include_negated", [False, True])
def test_export_parquet_round_trip(store: Store, tmp_path: Path, include_negated: bool):
    out = tmp_path / "events.parquet"
    count = export_events(store, "parquet", out, include_negated=include_negated)
    expected = store.events(include_negated=include_negated).to_dicts()
    table = pq.read_table(out)
    assert table.schema.equals(EVENT_SCHEMA)
    assert count == len(expected) == (24 if include_negated else 20)
    assert table.to_pylist() == expected


@pytest.mark.parametrize("include_negated", [False, True])
def test_export_jsonl_round_trip(store: Store, tmp_path: Path, include_negated: bool):
    out = tmp_path / "events.jsonl"
    count = export_events(store, "jsonl", out, include_negated=include_negated)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = json.loads(json.dumps(store.events(include_negated=include_negated).to_dicts()))
    assert count == len(rows) and rows == expected


def test_export_csv_has_flat_contract_columns(store: Store, tmp_path: Path):
    out = tmp_path / "events.csv"
    count = export_events(store, "csv", out, actor="FRA")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == CSV_COLUMNS and count == len(rows) == 12
    assert rows[0]["source.code"] == "FRAGOV" and rows[0]["place.name"] == "Paris"
    assert json.loads(rows[0]["span"]) == [0, 60]


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv", "gdelt"])
def test_export_empty_result_is_a_valid_file(store: Store, tmp_path: Path, fmt: str):
    out = tmp_path / f"none.{fmt}"
    assert export_events(store, fmt, out, cameo="999") == 0
    if fmt == "parquet":
        assert pq.read_table(out).schema.equals(EVENT_SCHEMA)
    elif fmt == "csv":
        assert out.read_text(encoding="utf-8").splitlines() == [",".join(CSV_COLUMNS)]
    else:
        assert out.read_text(encoding="utf-8") == ""


def test_export_failure_leaves_no_partial_file(store: Store, tmp_path: Path, monkeypatch):
    from eventwire import export as export_module

    def broken(store, flt, out):
        out.write_text("half")
        raise RuntimeError("disk full")

    monkeypatch.setitem(export_module.WRITERS, "jsonl", broken)
    out = tmp_path / "events.jsonl"
    out.write_text("previous export\n")
    with pytest.raises(RuntimeError):
        export_events(store, "jsonl", out)
    assert out.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []


@pytest.mark.parametrize("fmt,out", [("xml", "x.xml"), ("jsonl", "missing-folder/x.jsonl")])
def test_export_bad_arguments_are_usage_errors(store: Store, tmp_path: Path, fmt: str, out: str):
    with pytest.raises(UsageError):
        export_events(store, fmt, tmp_path / out)


def test_export_cli_writes_each_format(store: Store, tmp_path: Path):
    db = store.path
    store.close()
    for fmt in ("gdelt", "csv", "parquet", "jsonl"):
        out = tmp_path / f"cli.{fmt}"
        result = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(out),
                                     "--include-negated", "--dyad", "FRA,FRA"])
        assert result.exit_code == 0, result.output
        assert "wrote 12 events" in " ".join(result.output.split())
        assert out.stat().st_size > 0
    store.con = Store(db).con  # reopen so the fixture can close it
