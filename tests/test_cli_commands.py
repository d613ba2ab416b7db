"""The command line: help everywhere, exit codes, JSONL shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.run import demo_corpus

runner = CliRunner()


def _command_names() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)


@pytest.mark.parametrize("name", _command_names())
def test_cli_every_command_has_help_text(name: str):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    import typer.main

    command = typer.main.get_command(app).commands[name]
    assert command.help and len(command.help.strip()) > 10


def test_cli_expected_commands_exist():
    assert {"run", "demo", "events", "articles", "actors", "quotes", "rejects", "show"} <= set(_command_names())


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "demo.duckdb"
    result = runner.invoke(app, ["run", str(demo_corpus()), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_cli_run_twice_adds_nothing(demo_db: Path):
    result = runner.invoke(app, ["run", str(demo_corpus()), "--db", str(demo_db), "--quiet"])
    assert result.exit_code == 0
    assert "stored 0" in result.output and "duplicates 6" in result.output


def test_cli_articles_jsonl_contract(demo_db: Path):
    result = runner.invoke(app, ["articles", "--db", str(demo_db), "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 6
    for key in ("article_id", "title", "outlet", "outlets", "authors", "published", "dateline", "url", "text",
                "story_id"):
        assert key in rows[0]
    assert rows[0]["published"] == "2019-03-04"


def test_cli_events_jsonl_and_csv(demo_db: Path):
    result = runner.invoke(app, ["events", "--db", str(demo_db), "--format", "jsonl"])
    assert result.exit_code == 0
    for line in result.stdout.splitlines():
        row = json.loads(line)
        assert isinstance(row["span"], list) and len(row["span"]) == 2
    result = runner.invoke(app, ["events", "--db", str(demo_db), "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("event_id,")


def test_cli_run_with_missing_input_exits_1_and_records_reject(tmp_path: Path):
    db = tmp_path / "x.duckdb"
    result = runner.invoke(app, ["run", str(tmp_path / "missing.txt"), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    rejects = runner.invoke(app, ["rejects", "--db", str(db), "--format", "jsonl"])
    (row,) = [json.loads(line) for line in rejects.stdout.splitlines()]
    assert row["stage"] == "read" and "no such file" in row["reason"]


@pytest.mark.parametrize("args", [
    ["events", "--since", "2017-13-40"],
    ["events", "--dyad", "USA"],
    ["events", "--root", "abc"],
    ["events", "--format", "xml"],
    ["run", "a.txt", "b.txt", "--published", "2017-05-02"],
])
def test_cli_usage_errors_exit_2(args: list[str], demo_db: Path):
    import sys

    from eventwire.cli.app import main

    argv = sys.argv
    sys.argv = ["eventwire", *args, "--db", str(demo_db)]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = argv
    assert exit_info.value.code == 2
