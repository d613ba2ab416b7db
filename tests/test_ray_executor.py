"""The Ray executor gives the same store as the local executor; Parquet round-trips.

Ray starts once per session (slow: several seconds) with one CPU more than the
two-actor pool, the configuration documented in ``eventwire.run.ray``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.errors import UsageError
from eventwire.model import Actor, Article, Event, Reject, Span
from eventwire.pipeline import ARTICLE_STAGES
from eventwire.run.load import load_parquet
from eventwire.run.parquet import read_records, write_records
from eventwire.run.ray import plan_shards
from eventwire.store import Store

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"  # optional here: the test runs without ../shared too
DEMO = REPO / "src" / "eventwire" / "data" / "demo" / "demo.jsonl"

#: Columns that differ between two runs by design (run ids, wall-clock times).
RUN_COLUMNS = {"articles": ["run_id", "stored_at"], "rejects": ["run_id", "rejected_at"], "copies": ["run_id"]}
TABLES = ("articles", "copies", "removed", "actors", "events", "quotes", "times", "places", "rejects",
          "incidents", "stories")


@pytest.fixture(scope="session")
def ray_session():
    ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e .[ray])")
    started = not ray.is_initialized()
    if started:
        import logging

        ray.init(num_cpus=3, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    yield ray
    if started:
        ray.shutdown()


def _inputs(tmp_path: Path) -> list[str]:
    """Demo articles, the seeds when ../shared is there, and one missing path (a reject)."""
    inputs = [str(DEMO)]
    if SEEDS.is_dir():
        inputs += [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    return [*inputs, str(tmp_path / "missing.jsonl")]


def _snapshot(store: Store) -> dict[str, list[tuple]]:
    out = {}
    for table in TABLES:
        exclude = RUN_COLUMNS.get(table)
        columns = f"* EXCLUDE ({', '.join(exclude)})" if exclude else "*"
        out[table] = store.con.execute(f"SELECT {columns} FROM {table} ORDER BY ALL").fetchall()
    return out


@pytest.mark.ray
def test_ray_output_equals_local_executor(ray_session, tmp_path: Path):
    from eventwire.run.ray import run_ray

    inputs = _inputs(tmp_path)
    config = Config(batch_size=2)
    summary = run_ray(inputs, tmp_path / "out", config=config, workers=2, shard_size=2)
    with Store(tmp_path / "ray.duckdb") as ray_store:
        loaded = load_parquet(ray_store, tmp_path / "out", config=config)
        ray_tables = _snapshot(ray_store)
    with Store(tmp_path / "local.duckdb") as local_store:
        local = local_store.run(inputs, config=config)
        local_tables = _snapshot(local_store)
    assert summary.shards >= 4  # the demo file alone is cut into three shards
    assert summary.articles == loaded.stored == local.stored > 0
    assert (summary.events, loaded.events) == (local.events, local.events)
    for table in TABLES:
        assert ray_tables[table] == local_tables[table], table


@pytest.mark.ray
def test_ray_refuses_an_out_dir_with_parquet(ray_session, tmp_path: Path):
    from eventwire.run.ray import run_ray

    write_records([Article(id="a", text="x")], tmp_path / "old.parquet")
    with pytest.raises(UsageError, match="E093"):
        run_ray([str(DEMO)], tmp_path, workers=1)


def test_ray_parquet_roundtrip_keeps_records_and_order(tmp_path: Path):
    actor = Actor(Span(0, 6), "Russia", "RUS", "RUS")
    event = Event(id="e1", article_id="b", cameo="042", trigger=Span(7, 12), span=Span(0, 20), source=actor)
    records = [
        Article(id="b", text="Russia hosts talks.", actors=[actor], events=[event], published="2017-04-07"),
        Reject(None, "read", "no such file", "x.txt"),
        Article(id="a", text="Second.", metadata={"crawled": "2017-01-01"}),
    ]
    write_records(records, tmp_path / "part.parquet")
    back = list(read_records(tmp_path))
    assert [r.to_dict() for r in back] == [r.to_dict() for r in records]


def test_ray_load_twice_stores_nothing_new(tmp_path: Path):
    records = [Article(id=f"a{i}", text=f"Story {i}.", source_sha=f"sha{i}") for i in range(3)]
    write_records(records, tmp_path / "part.parquet")
    with Store(tmp_path / "db.duckdb") as store:
        first = load_parquet(store, tmp_path)
        second = load_parquet(store, tmp_path)
    assert (first.stored, first.duplicates) == (3, 0)
    assert (second.stored, second.duplicates) == (0, 3)


@pytest.mark.parametrize(("lines", "shard_size", "expected"), [
    (5, 2, [(0, 2), (2, 2), (4, -1)]),
    (4, 2, [(0, 2), (2, -1)]),
    (1, 8, [(0, -1)]),
    (0, 8, [(0, -1)]),
])
def test_ray_plan_shards_cuts_files_in_order(tmp_path: Path, lines: int, shard_size: int, expected: list):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": "t"}) + "\n\n" for i in range(lines)))
    shards = plan_shards([str(path), str(tmp_path / "missing.txt")], shard_size)
    assert [(s["start"], s["count"]) for s in shards[:-1]] == expected
    assert shards[-1]["reject"] and shards[-1]["file_index"] == 1


def test_ray_stage_list_is_the_pipelines():
    from eventwire.run import ray as ray_executor

    assert ray_executor.run_ray.__kwdefaults__["stages"] == ARTICLE_STAGES


@pytest.mark.parametrize(("args", "message"), [
    (["run", str(DEMO), "--engine", "ray"], "--out DIR"),
    (["run", str(DEMO), "--engine", "spark", "--out", "x"], "--engine 'spark' is not known"),
    (["run", str(DEMO), "--select", "everything"], "--select 'everything' is not known"),
    (["load", "no/such/dir"], "E090"),
])
def test_ray_cli_usage_errors_say_what_to_do(tmp_path: Path, monkeypatch, args: list[str], message: str):
    from typer.testing import CliRunner

    from eventwire.cli import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    assert isinstance(result.exception, UsageError)
    assert message in str(result.exception)
    assert not (tmp_path / "eventwire.duckdb").exists()
