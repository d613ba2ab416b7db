"""Several doers of one target told by one trigger are one joint act, which reports naming one doer join.

"Norway, Chile and Ghana called on the UN to send monitors" is coded once per doer (``NOR→IGOUNO``,
``CHL→IGOUNO``, ``GHA→IGOUNO``); another report tells Norway's call, a third Ghana's. The doers' states
differ, so apart each doer's group clashes with the others' and the reports naming one doer split the
call. Guards: one doer striking two states stays two acts; a doer the joint act does not name stays out;
a joint act of doers with no target still links. Our own hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.grouping import group_incidents
from eventwire.link.keys import EventKey
from eventwire.link.sides import co_doers

DAY = dt.date(2031, 4, 8)


def _key(eid: str, article: str, source: str, target: str | None, *, cameo: str = "100",
         trigger: str = "call", span: tuple[int, int] | None = None) -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo=cameo, root=cameo[:2], source=source, target=target,
        start=DAY - dt.timedelta(days=3), end=DAY, place_country=None, trigger=frozenset({trigger}),
        source_code=source + "GOV", target_code=target, publication_dated=True, trigger_span=span or (0, 6),
    )


def _joint_call() -> list[EventKey]:
    return [_key(f"joint_{state}", "a", state, "IGOUNO", span=(10, 16)) for state in ("NOR", "CHL", "GHA")]


def test_link_co_doers_reports_naming_one_doer_join_the_joint_call():
    keys = [*_joint_call(), _key("norway", "b", "NOR", "IGOUNO"), _key("ghana", "c", "GHA", "IGOUNO")]
    incidents = group_incidents(keys)
    assert incidents["norway"] == incidents["ghana"] == incidents["joint_NOR"] == incidents["joint_GHA"]


def test_link_co_doers_need_one_target_and_one_code():
    assert co_doers(_key("x", "a", "NOR", "IGOUNO"), _key("y", "a", "CHL", "IGOUNO"))
    assert not co_doers(_key("x", "a", "NOR", "IGOUNO"), _key("y", "a", "NOR", "IGOUNO"))
    assert not co_doers(_key("x", "a", "NOR", "IGOUNO"), _key("y", "a", "CHL", None))
    assert not co_doers(_key("x", "a", "NOR", "IGOUNO"), _key("y", "a", "CHL", "IGOUNO", cameo="111"))


# Guards: these hold with and without the rule.

def test_link_co_doers_one_doer_on_two_targets_stays_two_acts():
    keys = [_key("on_syr", "a", "USA", "SYR", cameo="195", trigger="struck", span=(10, 16)),
            _key("on_lbn", "a", "USA", "LBN", cameo="195", trigger="struck", span=(10, 16)),
            _key("syr", "b", "USA", "SYR", cameo="195", trigger="struck"),
            _key("lbn", "c", "USA", "LBN", cameo="195", trigger="struck")]
    incidents = group_incidents(keys)
    assert incidents["syr"] != incidents["lbn"]


def test_link_co_doers_another_doer_stays_out():
    keys = [*_joint_call(), _key("norway", "b", "NOR", "IGOUNO"), _key("peru", "c", "PER", "IGOUNO")]
    incidents = group_incidents(keys)
    assert incidents["norway"] == incidents["joint_NOR"]
    assert incidents["peru"] != incidents["norway"]
