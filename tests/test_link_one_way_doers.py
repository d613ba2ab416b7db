"""Acts that read one way only, done by different states, are never one incident, even with a side unknown.

"The ministry said its planes did not strike the village" (``RUS→SYR``), "regime jets pounded the
village" (``SYR→?``) and, in a third report, "Syrian and Russian air strikes hit the province" (one joint
act, ``SYR→?`` and ``RUS→?``): the joint act matches each, and average linkage used to carry the regime's
raid into the group of the denied Russian strike. A strike has a doer; another doer makes another act.
Guards: meetings read both ways, so a swapped or one-sided meeting still joins; two reports of the joint
act still link; one doer's acts still link with an unknown target. Our own hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.grouping import group_incidents
from eventwire.link.keys import EventKey
from eventwire.link.sides import one_way_clash

DAY = dt.date(2031, 4, 8)


def _key(eid: str, article: str, source: str | None, target: str | None, *, cameo: str = "195",
         trigger: str = "strike", span: tuple[int, int] | None = None, claim: str = "happened") -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo=cameo, root=cameo[:2], source=source, target=target,
        start=DAY - dt.timedelta(days=3), end=DAY, place_country="SYR", trigger=frozenset({trigger}),
        source_code=source and source + "MIL", target_code=target, publication_dated=True,
        trigger_span=span or (0, 6), claim=claim,
    )


def _strikes() -> list[EventKey]:
    return [
        _key("denial", "a", "RUS", "SYR", claim="denied"),
        _key("joint_syr", "b", "SYR", None, span=(10, 16)),
        _key("joint_rus", "b", "RUS", None, span=(10, 16)),
        _key("raid", "c", "SYR", None),
    ]


def test_link_one_way_doers_keep_the_raid_out_of_the_denied_strike():
    incidents = group_incidents(_strikes())
    assert incidents["raid"] != incidents["denial"]


def test_link_one_way_doers_clash_with_a_side_unknown():
    assert one_way_clash(_key("x", "a", "RUS", "SYR"), _key("y", "b", "SYR", None))
    assert not one_way_clash(_key("x", "a", "SYR", "TUR"), _key("y", "b", "SYR", None))


# Guards.

def test_link_one_way_doers_meetings_still_read_both_ways():
    met = _key("met", "a", "RUS", "SYR", cameo="040", trigger="met")
    talks = _key("talks", "b", "SYR", None, cameo="040", trigger="met")
    assert not one_way_clash(met, talks)
    incidents = group_incidents([met, talks])
    assert incidents["met"] == incidents["talks"]


def test_link_one_way_doers_joint_acts_of_two_reports_still_link():
    keys = [*_strikes(), _key("joint_syr2", "d", "SYR", None, span=(20, 26)),
            _key("joint_rus2", "d", "RUS", None, span=(20, 26))]
    incidents = group_incidents(keys)
    assert incidents["joint_syr"] == incidents["joint_syr2"]


def test_link_one_way_doers_one_doer_still_links():
    keys = [_key("raid", "a", "SYR", "SYR"), _key("raid2", "b", "SYR", None)]
    incidents = group_incidents(keys)
    assert incidents["raid"] == incidents["raid2"]
