"""``eventwire serve``: loopback by default, read-only store, clear errors before binding."""

from __future__ import annotations

from pathlib import Path

import pytest
import uvicorn
from typer.testing import CliRunner

from api_store import build, small_articles
from eventwire.cli import app
from eventwire.errors import StoreError, UsageError


@pytest.fixture()
def launched(monkeypatch) -> dict:
    """Record what would be served instead of binding a port."""
    seen: dict = {}
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: seen.update(app=application, **kw))
    return seen


def test_api_serve_binds_loopback_by_default(tmp_path: Path, launched):
    db = build(tmp_path / "db.duckdb", small_articles())
    result = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert (launched["host"], launched["port"]) == ("127.0.0.1", 8000)
    assert launched["app"].state.store.read_only


@pytest.mark.parametrize("args", [["--port", "70000"], ["--port", "0"], ["--log-level", "loud"]])
def test_api_serve_rejects_bad_options(tmp_path: Path, launched, args):
    db = build(tmp_path / "db.duckdb", small_articles())
    result = CliRunner().invoke(app, ["serve", "--db", str(db), *args])
    assert not launched
    assert result.exit_code == 2 or isinstance(result.exception, UsageError), result.output


def test_api_serve_missing_db_says_what_to_do(tmp_path: Path, launched):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert isinstance(result.exception, StoreError) and "eventwire run" in str(result.exception)
    assert not launched
