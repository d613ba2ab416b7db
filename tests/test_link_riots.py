"""A riot (145) is one happening with the protesters' attacks others report (18x/19x).

The events stage codes violence by protesters as a riot (145, root 14); other tellings of the same night
say "protesters attacked police" or "rioters torched shops" coded as force (190, root 19). Root 14 and
root 19 never met, so the tellings of one riot split. Hand-built events, our own sentences. Guards: a
peaceful march (141) still does not link with an attack, and a riot does not link with an act of another
kind (a meeting).
"""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import compatible_root, same_incident, similar_trigger
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

PROTESTERS = Actor(Span(0, 1), "protesters", code="FRAOPP")
POLICE = Actor(Span(0, 1), "police", code="FRACOP")
_event = partial(told_event, source=PROTESTERS, target=POLICE, date="2029-04-07")


RIOT = _event("e1", "145", "hurled", "Masked protesters hurled stones at police in Lyon on Saturday night.", "a1")


@pytest.mark.parametrize(
    ("cameo", "trigger", "sentence"),
    [
        ("190", "attacked", "Protesters attacked police with bottles in Lyon on Saturday night."),
        ("180", "hurling", "Protesters fought police in central Lyon on Saturday night, hurling stones."),
    ],
)
def test_link_riots_riot_links_with_the_attacks_told_by_others(cameo, trigger, sentence):
    other = _event("e2", cameo, trigger, sentence, "a2")
    assert compatible_root(key_of(RIOT), key_of(other))
    assert same_incident(key_of(RIOT), key_of(other))


def test_link_riots_riot_and_force_share_a_code_for_the_trigger_test():
    other = _event("e2", "190", "attacked", "Protesters attacked police with bottles in Lyon on Saturday night.",
                   "a2")
    assert similar_trigger(key_of(RIOT), key_of(other))


# Guards: these hold with and without the rule.

def test_link_riots_peaceful_march_is_not_an_attack():
    march = _event("e1", "141", "marched", "Thousands marched through Lyon on Saturday.", "a1")
    attack = _event("e2", "190", "attacked", "Protesters attacked police in Lyon on Saturday night.", "a2")
    assert not compatible_root(key_of(march), key_of(attack))
    assert not same_incident(key_of(march), key_of(attack))


def test_link_riots_riot_is_not_a_meeting():
    meeting = _event("e2", "040", "met", "Protest leaders met police chiefs in Lyon on Saturday.", "a2")
    assert not compatible_root(key_of(RIOT), key_of(meeting))


def test_link_riots_two_riots_still_link():
    other = _event("e2", "145", "rioted", "Protesters rioted in Lyon on Saturday night, hurling stones at police.",
                   "a2")
    assert same_incident(key_of(RIOT), key_of(other))
