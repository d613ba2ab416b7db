"""A capital that two countries' records both list (a former union's) belongs to the state whose current
capital it is: a protest held in Belgrade is no protest abroad, in Montenegro."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from actors_support import pipeline_events
from eventwire.actors import resolve_phrase

BUILD = Path(__file__).resolve().parents[1] / "tools" / "build_actor_data.py"


def dedupe_shared_capitals(rows: list[dict]) -> list[dict]:
    """The build tool's step, loaded from its file (tools/ is no package)."""
    spec = importlib.util.spec_from_file_location("build_actor_data", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.dedupe_shared_capitals(rows)


def test_actors_former_union_capital_is_the_current_capitals_state(ctx):
    actor = resolve_phrase("Belgrade", None, ctx)
    assert actor is not None and actor.code == "SRB"


def test_events_protest_in_own_capital_has_no_foreign_target(ctx):
    text = "Serbian students staged a protest in Belgrade on Sunday."
    protests = [e for e in pipeline_events(ctx, text, "shared-capital", published="2020-01-12")
                if e.cameo.startswith("14")]
    assert protests and all(e.target is None or e.target.country != "MNE" for e in protests)


def test_build_keeps_a_shared_capital_with_the_state_whose_current_capital_it_is():
    rows = [{"iso3": "AAA", "capitals": ["Oldtown", "Bigcity", "Bigstadt"]},
            {"iso3": "BBB", "capitals": ["Bigcity", "Bigstadt"]},
            {"iso3": "CCC", "capitals": ["Twin"]}, {"iso3": "DDD", "capitals": ["Twin"]}]
    dedupe_shared_capitals(rows)
    assert rows[0]["capitals"] == ["Oldtown"]
    assert rows[1]["capitals"] == ["Bigcity", "Bigstadt"]
    assert rows[2]["capitals"] == rows[3]["capitals"] == ["Twin"]  # both current: no owner to choose
