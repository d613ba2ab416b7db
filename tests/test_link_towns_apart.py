"""Two events placed in towns far apart are two happenings, whatever else they share.

On one day "thousands marched through the capital" and "twenty thousand marched in the northern port"
share country, dyad, code and date; the place test compared countries only, so the two marches became
one incident. A place resolved to a city or a capital now keeps two events apart when the towns lie
more than ``TOWNS_APART_KM`` apart. Hand-built events and places, our own sentences. Guards (pass with
and without the rule): near towns, a region and a place-less event link as before.
"""

from __future__ import annotations

from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Event, Place, Span

CAPITAL = Place("Lisbon", country="PRT", lat=38.72, lon=-9.14, kind="capital")
PORT = Place("Porto", country="PRT", lat=41.15, lon=-8.61, kind="city")
SUBURB = Place("Amadora", country="PRT", lat=38.75, lon=-9.23, kind="city")
REGION = Place("Norte", country="PRT", lat=41.50, lon=-8.00, kind="region")


def _march(eid: str, article: str, sentence: str, place: Place | None) -> Event:
    return Event(
        id=eid, article_id=article, cameo="141", root="14", trigger=Span(0, 1), span=Span(0, 1),
        trigger_text="marched", sentence=sentence,
        source=Actor(Span(0, 1), "teachers", code="PRTEDU"),
        target=Actor(Span(0, 1), "the government", code="PRTGOV"),
        date="2031-06-03", date_precision="day", date_basis="expression", place=place,
    )


IN_CAPITAL = _march("e1", "a1", "Thousands of teachers marched through the capital on Tuesday.", CAPITAL)
IN_PORT = _march("e2", "a2", "In the northern port, twenty thousand teachers marched on Tuesday.", PORT)


def test_link_towns_apart_marches_in_two_distant_towns_are_two_incidents():
    assert not same_incident(key_of(IN_CAPITAL), key_of(IN_PORT))


def test_link_towns_apart_key_carries_the_town():
    assert getattr(key_of(IN_PORT), "town", None) == (PORT.lat, PORT.lon)


def test_link_towns_apart_distance_threshold():
    from eventwire.link.towns import TOWNS_APART_KM, towns_apart

    assert towns_apart((CAPITAL.lat, CAPITAL.lon), (PORT.lat, PORT.lon))
    assert not towns_apart((CAPITAL.lat, CAPITAL.lon), (SUBURB.lat, SUBURB.lon))
    assert TOWNS_APART_KM >= 50


# Guards: these hold with and without the rule.

def test_link_towns_apart_near_towns_link():
    near = _march("e3", "a3", "Teachers marched in a suburb of the capital on Tuesday.", SUBURB)
    assert same_incident(key_of(IN_CAPITAL), key_of(near))


def test_link_towns_apart_region_or_no_place_links():
    region = _march("e4", "a4", "Teachers marched across the north on Tuesday.", REGION)
    nowhere = _march("e5", "a5", "Teachers marched on Tuesday.", None)
    assert same_incident(key_of(IN_CAPITAL), key_of(region))
    assert same_incident(key_of(IN_PORT), key_of(nowhere))



def test_link_towns_apart_stored_march_does_not_take_a_distant_one(tmp_path):
    import pytest

    from eventwire.link import link_incidents
    from eventwire.model import Article

    store_module = pytest.importorskip("eventwire.store")
    store = store_module.Store(tmp_path / "towns.duckdb")
    try:
        first = Article(id="a1", text=IN_CAPITAL.sentence, published="2031-06-03",
                        events=[_march("a1:0", "a1", IN_CAPITAL.sentence, CAPITAL)])
        link_incidents([first], store.con)
        store.write([first], [], store.start_run(["test"]))
        second = Article(id="a2", text=IN_PORT.sentence, published="2031-06-03",
                         events=[_march("a2:0", "a2", IN_PORT.sentence, PORT)])
        link_incidents([second], store.con)
        assert second.events[0].incident_id != first.events[0].incident_id
    finally:
        store.close()
