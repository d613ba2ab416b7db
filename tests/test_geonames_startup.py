"""Start-up loaders: the faster paths build exactly what the plain ones built.

Covers the shared geonames tables (read once, used by the actors stage and the
places gazetteer) and the libyaml (CSafeLoader) parsing of our YAML data files.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml

import eventwire.actors as actors
from eventwire import geonames
from eventwire.config import Config, Context
from eventwire.events import patterns
from eventwire.places import gazetteer

DATA = Path(gazetteer.__file__).resolve().parents[1] / "data"
_fresh = itertools.count()


def _fresh_ctx() -> Context:
    """A Context that shares no cached resource with any other (unique option)."""
    return Context(Config(options={"test.geonames_startup": next(_fresh)}))


class _PureWordLoader(yaml.SafeLoader):
    """The pattern loader as it was before libyaml: pure-Python parser, same resolvers."""


_PureWordLoader.yaml_implicit_resolvers = patterns._WordLoader.yaml_implicit_resolvers


def test_geonames_tables_read_once_per_context(monkeypatch):
    calls = []
    real = geonames.read_tables
    monkeypatch.setattr(geonames, "read_tables", lambda: calls.append(1) or real())
    ctx = _fresh_ctx()
    gazetteer.load(ctx)
    actors._cities(actors.TOWN_MIN_POPULATION, ctx=ctx)
    assert len(calls) == 1  # both loaders read the tables, through the Context, once
    assert geonames.tables(ctx) is geonames.tables(ctx)
    assert len(calls) == 1


def test_geonames_tables_not_modified_by_loaders():
    ctx = _fresh_ctx()
    before = geonames.read_tables()
    gazetteer.load(ctx)
    actors._cities(actors.TOWN_MIN_POPULATION, ctx=ctx)
    assert geonames.tables(ctx) == before


def test_geonames_gazetteer_same_with_shared_tables():
    assert vars(gazetteer.load(_fresh_ctx())) == vars(gazetteer.load(None))
    assert gazetteer.MIN_POPULATION == geonames.MIN_CITY_POPULATION


@pytest.mark.parametrize("population", [actors.TOWN_MIN_POPULATION, actors.CITY_MIN_POPULATION])
def test_geonames_actor_cities_same_with_shared_tables(population):
    shared = actors._cities(population, ctx=_fresh_ctx())
    assert shared == actors._cities(population)
    assert shared  # the table is not empty: the comparison means something


@pytest.mark.parametrize("path", sorted((DATA / "patterns").glob("*.yaml")), ids=lambda p: p.name)
def test_geonames_pattern_yaml_same_with_libyaml(path):
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=patterns._WordLoader) == yaml.load(text, Loader=_PureWordLoader)


def test_geonames_word_loader_keeps_on_off_words():
    assert yaml.load("lemmas: [on, off, yes]\nn: 3", Loader=patterns._WordLoader) == \
        {"lemmas": ["on", "off", "yes"], "n": 3}


@pytest.mark.parametrize("path", [*sorted(DATA.rglob("*.yaml"))], ids=lambda p: str(p.relative_to(DATA)))
def test_geonames_data_yaml_same_with_libyaml(path):
    text = path.read_text(encoding="utf-8")
    fast = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert fast == yaml.safe_load(text)
