"""Context.resource pauses the cyclic collector while a loader runs, and only then."""

from __future__ import annotations

import gc
import itertools

import pytest

from eventwire.config import Config, Context

_fresh = itertools.count()


def _fresh_ctx() -> Context:
    return Context(Config(options={"test.config_gc": next(_fresh)}))


@pytest.fixture
def collector_restored():
    was_enabled = gc.isenabled()
    yield
    (gc.enable if was_enabled else gc.disable)()


@pytest.mark.parametrize("enabled_before", [True, False])
def test_config_resource_pauses_collector_and_restores_it(collector_restored, enabled_before):
    (gc.enable if enabled_before else gc.disable)()
    seen = []
    ctx = _fresh_ctx()
    value = ctx.resource("probe", lambda _ctx: seen.append(gc.isenabled()) or "loaded")
    assert value == "loaded"
    assert seen == [False]  # paused while the loader ran
    assert gc.isenabled() is enabled_before  # and left as it was found


def test_config_resource_nested_loaders_stay_paused(collector_restored):
    gc.enable()
    seen = []
    ctx = _fresh_ctx()

    def outer(context: Context) -> str:
        inner = context.resource("inner", lambda _ctx: seen.append(gc.isenabled()) or "in")
        seen.append(gc.isenabled())
        return inner + "+out"

    assert ctx.resource("outer", outer) == "in+out"
    assert seen == [False, False]
    assert gc.isenabled()


def test_config_resource_failed_loader_restores_collector_and_caches_nothing(collector_restored):
    gc.enable()
    ctx = _fresh_ctx()
    calls = []

    def broken(_ctx: Context) -> str:
        calls.append(1)
        raise ValueError("bad data file")

    for _ in range(2):
        with pytest.raises(ValueError):
            ctx.resource("broken", broken)
        assert gc.isenabled()
    assert len(calls) == 2  # nothing cached: the next call tries again


def test_config_resource_failed_loader_freezes_nothing(collector_restored):
    gc.enable()
    gc.unfreeze()
    ctx = _fresh_ctx()

    def broken(_ctx: Context) -> str:
        raise ValueError("bad user dictionary")

    with pytest.raises(ValueError):
        ctx.resource("broken", broken)
    assert gc.get_freeze_count() == 0  # half-built objects stay collectable


def test_config_resource_loaded_once_and_collected_objects_still_freed(collector_restored):
    gc.enable()
    ctx = _fresh_ctx()
    calls = []
    first = ctx.resource("table", lambda _ctx: calls.append(1) or {"k": [1, 2]})
    assert ctx.resource("table", lambda _ctx: calls.append(1) or {}) is first
    assert calls == [1]
    # after a freeze, new cyclic garbage is still collected
    cycle: list = []
    cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1
