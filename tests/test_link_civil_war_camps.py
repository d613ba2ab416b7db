"""A state's organs and its armed opponents are never one doer, whatever the other side.

"Government shelling killed 31 people in the town" (``SYRGOV→SYRCVL``) and "rebels killed the captured
pilot there" (``SYRREB→?``) are two acts of the two sides of a civil war on one day in one town; both
doers are ``SYR``, and the sector test only compared sectors when one state stood on both sides of each
event. A third report that names the state alone ("Syrian strikes on the town", ``SYR→?``) matches both,
and must not carry the two acts into one incident. Guards: two reports of one side's act still link; a
doer named by the state alone, or by a word of no camp ("terrorists", "the opposition"), still joins
either; a fight read both ways still links its two tellings. Our own hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link.grouping import group_incidents
from eventwire.link.keys import EventKey
from eventwire.link.sides import camp_of, camps_differ, one_way_clash, same_dyad

DAY = dt.date(2031, 5, 3)


def _key(eid: str, article: str, source_code: str, target_code: str | None = None, *, cameo: str = "190",
         trigger: str = "kill", span: tuple[int, int] = (0, 6)) -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo=cameo, root=cameo[:2], source=source_code[:3],
        target=target_code and target_code[:3], start=DAY - dt.timedelta(days=3), end=DAY, place_country="SYR",
        trigger=frozenset({trigger}), source_code=source_code, target_code=target_code, publication_dated=True,
        trigger_span=span,
    )


def test_link_civil_war_camps_the_state_and_the_rebels_are_two_doers():
    shelling = _key("shelling", "a", "SYRGOV", "SYRCVL")
    pilot = _key("pilot", "b", "SYRREB")
    assert camps_differ(shelling, pilot)
    assert not same_dyad(shelling, pilot)
    assert not same_dyad(_key("x", "a", "SYRMIL"), _key("y", "b", "SYRINS"))


def test_link_civil_war_camps_opposition_forces_are_armed_opponents():
    assert camp_of("SYROPPUAF", "SYR") == "opponents"
    assert not same_dyad(_key("x", "a", "SYRMIL"), _key("y", "b", "SYROPPUAF"))


def test_link_civil_war_camps_clash_in_grouping():
    assert one_way_clash(_key("x", "a", "SYRGOV"), _key("y", "b", "SYRREB"))


def test_link_civil_war_camps_a_report_naming_the_state_alone_does_not_bridge_them():
    keys = [
        _key("shelling", "a", "SYRGOV", "SYRCVL"),
        _key("shelling2", "a", "SYRMIL", span=(10, 18)),
        _key("pilot", "b", "SYRREB"),
        _key("pilot2", "c", "SYRREB", span=(10, 18)),
        _key("strikes", "d", "SYR"),
    ]
    incidents = group_incidents(keys)
    assert incidents["shelling"] != incidents["pilot"]
    assert incidents["pilot"] == incidents["pilot2"]


# Guards.

def test_link_civil_war_camps_one_sides_act_still_links():
    assert same_dyad(_key("x", "a", "SYRGOV", "SYRCVL"), _key("y", "b", "SYRMIL"))
    assert same_dyad(_key("x", "a", "SYRREB"), _key("y", "b", "SYRINS", "SYRCVL"))


def test_link_civil_war_camps_words_of_no_camp_still_join_either():
    assert camp_of("SYR", "SYR") is None
    assert camp_of("SYRUAF", "SYR") is None  # "terrorists": the state's word, and a lone gunman's
    assert camp_of("SYROPP", "SYR") is None  # "the opposition" may be its politicians
    for doer in ("SYR", "SYRUAF", "SYROPP"):
        assert same_dyad(_key("x", "a", "SYRGOV", "SYRCVL"), _key("y", "b", doer))
        assert not one_way_clash(_key("x", "a", "SYRREB"), _key("y", "b", doer))


def test_link_civil_war_camps_a_fight_read_both_ways_still_links():
    one = _key("x", "a", "SYRMIL", "SYRREB", trigger="clash")
    other = _key("y", "b", "SYRREB", "SYRMIL", trigger="clash")
    assert same_dyad(one, other)
