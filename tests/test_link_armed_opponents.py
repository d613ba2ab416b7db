"""A state's armed opponents are one side however a report names them, and not the public.

Inside one state the dyad test compares sectors: the state's organs are one side, the public another. A
barrage on the capital is told as fired by "rebels" (``SYRREB``) in one report and by "an Islamist group"
(``SYRMUS``) in another; the two sectors kept the one barrage apart. Rebels, insurgents and an Islamist
group are the armed opponents, one side. Guards: they stay apart from the public ("the army killed 40
rebels" and "the army killed 12 civilians" the same day are two acts) and from the state. Our own
hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.incidents import same_dyad
from eventwire.link.keys import EventKey

DAY = dt.date(2031, 2, 6)


def _key(eid: str, article: str, source_code: str, target_code: str) -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo="195", root="19", source="SYR", target="SYR",
        start=DAY, end=DAY, place_country="SYR", trigger=frozenset({"fire"}),
        source_code=source_code, target_code=target_code, publication_dated=True,
    )


def test_link_armed_opponents_rebels_and_an_islamist_group_are_one_doer():
    assert same_dyad(_key("a", "x", "SYRREB", "SYR"), _key("b", "y", "SYRMUS", "SYR"))
    assert same_dyad(_key("a", "x", "SYRINS", "SYRCVL"), _key("b", "y", "SYRREB", "SYRCVL"))


# Guards.

def test_link_armed_opponents_are_not_the_public():
    assert not same_dyad(_key("a", "x", "SYRMIL", "SYRREB"), _key("b", "y", "SYRMIL", "SYRCVL"))


def test_link_armed_opponents_are_not_the_state():
    assert not same_dyad(_key("a", "x", "SYRREB", "SYR"), _key("b", "y", "SYRGOV", "SYR"))
