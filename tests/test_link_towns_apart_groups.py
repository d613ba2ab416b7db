"""Groups holding acts placed in towns far apart never merge, even through a report that names no town.

The pair test already keeps "thousands marched in the capital" and "twenty thousand marched in the
northern port" apart; but "teachers marched against the cuts", with no town, matches both, and average
linkage joined the two marches through it. The town is now a veto on the groups, as a state is. Hand-built
keys; guards: near towns and town-less reports still group.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.grouping import group_incidents
from eventwire.link.keys import EventKey

DAY = dt.date(2031, 6, 3)
CAPITAL, PORT, SUBURB = (38.72, -9.14), (41.15, -8.61), (38.75, -9.23)


def _march(eid: str, article: str, town: tuple[float, float] | None) -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo="141", root="14", source="PRT", target=None,
        start=DAY, end=DAY, place_country="PRT", trigger=frozenset({"march"}), source_code="PRTEDU", town=town,
    )


def test_link_towns_apart_groups_a_townless_report_does_not_bridge_two_marches():
    incidents = group_incidents([
        _march("capital", "a", CAPITAL), _march("port", "b", PORT),
        _march("nowhere1", "c", None), _march("nowhere2", "d", None),
    ])
    assert incidents["capital"] != incidents["port"]


# Guards: these hold with and without the rule.

def test_link_towns_apart_groups_near_towns_still_group():
    incidents = group_incidents([_march("capital", "a", CAPITAL), _march("suburb", "b", SUBURB),
                                 _march("nowhere", "c", None)])
    assert len(set(incidents.values())) == 1


def test_link_towns_apart_groups_townless_reports_group():
    incidents = group_incidents([_march("x", "a", None), _march("y", "b", None), _march("z", "c", CAPITAL)])
    assert len(set(incidents.values())) == 1
