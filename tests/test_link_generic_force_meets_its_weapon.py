"""Force told generically (190) and the same force told with its weapon (193/194/195) pass the trigger test
by code (own sentences).

One report says "troops targeted the village, killing nine fighters" (190), another "nine fighters were
killed when army helicopters struck" and codes it by the weapon (195); their words share no stem or family, so
only the code can tell they are one act, as it does for two 190 reports. Guards: two weapons (a 194 shelling
and a 195 air raid) never meet by code; an event with a side missing needs its words to meet; a riot, which
links as force, is no generic report of a shooting; a blockade (191) is another act.
"""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import same_incident, similar_trigger
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

ARMY = Actor(Span(0, 1), "the army", code="MNEMIL")
FIGHTERS = Actor(Span(0, 1), "fighters", code="MNEREB")
_event = partial(told_event, source=ARMY, target=FIGHTERS, date="2031-06-14")

GENERIC = _event("e1", "190", "targeted", "The army targeted the fighters in the hills on Saturday.", "a1")


@pytest.mark.parametrize("cameo", ["193", "194", "195"])
def test_link_generic_force_meets_the_same_force_told_with_its_weapon(cameo):
    told = _event("e2", cameo, "killed", "Nine fighters were killed in the hills on Saturday.", "a2")
    assert similar_trigger(key_of(GENERIC), key_of(told))
    assert similar_trigger(key_of(told), key_of(GENERIC))
    assert same_incident(key_of(GENERIC), key_of(told))


def test_link_two_weapons_do_not_meet_by_code():
    shelling = _event("e1", "194", "targeted", "Army tanks targeted the fighters in the hills on Saturday.", "a1")
    raid = _event("e2", "195", "killed", "Nine fighters were killed in the hills on Saturday.", "a2")
    assert not similar_trigger(key_of(shelling), key_of(raid))


@pytest.mark.parametrize("untargeted", ["190", "195"])
def test_link_generic_force_with_a_side_missing_needs_its_words_to_meet(untargeted):
    generic = _event("e1", "190", "targeted", "The army targeted the hills on Saturday.", "a1",
                     target=None if untargeted == "190" else FIGHTERS)
    told = _event("e2", "195", "killed", "Nine people were killed in the hills on Saturday.", "a2",
                  target=None if untargeted == "195" else FIGHTERS)
    assert not similar_trigger(key_of(generic), key_of(told))


def test_link_riot_is_no_generic_report_of_a_shooting():
    riot = _event("e1", "145", "rioted", "Crowds rioted in the capital on Saturday night.", "a1")
    shooting = _event("e2", "193", "shot", "Police shot a teenager in the capital on Saturday.", "a2")
    assert not similar_trigger(key_of(riot), key_of(shooting))


def test_link_blockade_is_not_generic_force_told_with_detail():
    blockade = _event("e2", "191", "sealed", "The army sealed the roads into the hills on Saturday.", "a2")
    assert not similar_trigger(key_of(GENERIC), key_of(blockade))
