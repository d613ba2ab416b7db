"""Town-level places for incident linking: two events placed in towns far apart are two happenings.

The place test of :mod:`eventwire.link.incidents` compares countries, which keeps a protest in one
city and a march in another on the same day together. A place the gazetteer resolves to a city or a
capital carries coordinates; a country, a region or a facility does not count here (a region holds
its towns, a facility is often resolved to a namesake elsewhere).
"""

from __future__ import annotations

import math

from eventwire.model import Place

#: Place kinds that name one town.
TOWN_KINDS = frozenset({"city", "capital"})
#: Farther apart than this, two towns are two happenings. Wide, since a province is often named by its
#: capital ("strikes on Idlib") and a town's suburbs by the town.
TOWNS_APART_KM = 100.0
EARTH_RADIUS_KM = 6371.0


def town_of(place: Place | None) -> tuple[float, float] | None:
    """(lat, lon) of a place that names a town, else None (no town-level test)."""
    if place is None or place.kind not in TOWN_KINDS or place.lat is None or place.lon is None:
        return None
    return (place.lat, place.lon)


def towns_apart(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Both towns known and more than ``TOWNS_APART_KM`` apart (great-circle distance)."""
    if a is None or b is None:
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h))) > TOWNS_APART_KM
