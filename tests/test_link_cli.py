"""`eventwire incidents` and `eventwire stories` over a store built from hand-made records."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import UsageError
from eventwire.link import run as link_run
from eventwire.model import Actor, Article, Event, Quote, Span


def _strike(eid, article, date, precision, trigger, source="USAMIL"):
    return Event(id=eid, article_id=article, cameo="195", root="19", trigger=Span(0, 1), span=Span(0, 1),
                 trigger_text=trigger, source=Actor(Span(0, 1), "U.S.", code=source),
                 target=Actor(Span(0, 1), "Syria", code="SYRMIL"), date=date, date_precision=precision,
                 date_basis="expression")


@pytest.fixture()
def db(tmp_path, ctx):
    from eventwire.store import Store

    path = tmp_path / "cli.duckdb"
    articles = [
        Article(id="a1", text="Missiles hit a Syrian air base.", title="Strike", outlet="AP",
                outlets=["AP"], published="2017-04-08",
                events=[_strike("a1:0", "a1", "2017-04-07", "day", "launched missiles")]),
        Article(id="a2", text="The missile attack on the Syrian base drew Russian anger.", title="Anger",
                outlet="WT", outlets=["WT"], published="2017-05-10",
                events=[_strike("a2:0", "a2", "2017-spring", "season", "missile attack", "USAGOV")]),
        Article(id="a3", text="Unrelated.", title="Other", outlet="AP", outlets=["AP"], published="2017-06-20",
                events=[_strike("a3:0", "a3", "2017-06-19", "day", "air strike")]),
    ]
    with Store(path) as store:
        ctx.store = store
        try:
            link_run(articles, ctx)
        finally:
            ctx.store = None
        store.write(articles, [], store.start_run(["test"]))
        store.refresh_aggregates()
    return path


def _jsonl(result):
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_link_cli_incidents_counts_sources(db):
    rows = _jsonl(CliRunner().invoke(app, ["incidents", "--db", str(db), "-f", "jsonl", "--min-sources", "2"]))
    assert len(rows) == 1
    assert rows[0]["incident_id"] == "inc_a1:0"
    assert rows[0]["mentions"] == 2 and rows[0]["articles"] == 2 and rows[0]["sources"] == 2


@pytest.mark.parametrize(
    ("args", "count"),
    [([], 2), (["--dyad", "SYR,USA"], 2), (["--actor", "RUS"], 0), (["--root", "19"], 2),
     (["--since", "2017-06-01"], 1), (["--until", "2017-05-01"], 1)],
)
def test_link_cli_incidents_filters(db, args, count):
    rows = _jsonl(CliRunner().invoke(app, ["incidents", "--db", str(db), "-f", "jsonl", *args]))
    assert len(rows) == count


@pytest.mark.parametrize("bad", [["--dyad", "USA"], ["--root", "xx"], ["--since", "soon"]])
def test_link_cli_incidents_bad_options_are_usage_errors(db, bad):
    result = CliRunner().invoke(app, ["incidents", "--db", str(db), *bad])
    assert isinstance(result.exception, UsageError)  # main() turns it into exit code 2


def test_link_cli_csv_and_stories(db):
    result = CliRunner().invoke(app, ["incidents", "--db", str(db), "-f", "csv"])
    assert result.exit_code == 0 and result.output.startswith("incident_id,")
    stories = _jsonl(CliRunner().invoke(app, ["stories", "--db", str(db), "-f", "jsonl"]))
    assert sum(s["articles"] for s in stories) == 3


@pytest.fixture()
def contrast_db(tmp_path, ctx):
    """Two outlets on one call: the White House names safe zones, the Kremlin's readout does not."""
    from eventwire.store import Store

    text = "Trump and Putin spoke by phone about Syria, safe zones and a ceasefire in the war."
    speaker = Actor(Span(0, 5), "White House", code="USAGOV", entity_id="org:white_house", name="White House")
    stated = Article(id="c1", text=text, title="Call", outlet="AP", outlets=["AP"], published="2017-05-02",
                     quotes=[Quote(Span(0, 40), "the discussion of safe zones", "direct", speaker)])
    silent = Article(id="c2", text=text, title="Call", outlet="RT", outlets=["RT"], published="2017-05-02")
    silent.metadata["omissions"] = [{"span": [0, 20], "topic": "safe zones", "topic_span": [5, 15],
                                     "speaker": {"code": "RUSGOV", "entity_id": "org:kremlin", "name": "Kremlin"}}]
    path = tmp_path / "contrasts.duckdb"
    with Store(path) as store:
        ctx.store = store
        try:
            link_run([stated, silent], ctx)
        finally:
            ctx.store = None
        store.write([stated, silent], [], store.start_run(["test"]))
    return path


def test_link_cli_contrasts_roll_up_under_the_story(contrast_db):
    rows = _jsonl(CliRunner().invoke(app, ["contrasts", "--db", str(contrast_db), "-f", "jsonl"]))
    assert [(r["topic"], r["silent_code"], r["silent_outlet"], r["stated_by_code"], r["stated_in_article"])
            for r in rows] == [("safe zones", "RUSGOV", "RT", "USAGOV", "c1")]
    story = rows[0]["story_id"]
    assert story is not None
    assert _jsonl(CliRunner().invoke(app, ["contrasts", "--db", str(contrast_db), "-f", "jsonl",
                                           "--story", "sty_other"])) == []
    result = CliRunner().invoke(app, ["contrasts", "--db", str(contrast_db), "-f", "csv", "--story", story])
    assert result.exit_code == 0 and result.output.startswith("story_id,topic,")
