"""The force words a killing is told as done by count as its trigger words.

"Army airstrikes killed nine people" is the strike that another report tells as "air raids on the
market town"; the coder codes the toll as a killing (190), whose words share nothing with the
strike's. Our own sentences, over hand-built events; stored events get the same stems.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from eventwire.link import incidents, store_io, trigger_words
from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

ARMY = Actor(Span(0, 1), "army", code="XYZMIL")
_event = partial(told_event, source=ARMY, date="2024-05-10")


AIR_RAIDS = _event("e1", "195", "air raids", "Army jets carried out air raids on the market town on Friday.", "a1")


@pytest.mark.parametrize(
    ("trigger", "sentence", "same"),
    [
        ("killed nine people", "Army airstrikes killed nine people in the market town on Friday.", True),
        ("killed", "Nine people were killed by army rockets in the market town on Friday.", True),
        ("killed nine people", "Shelling by the army on the old quarter of the market town killed nine people.", True),
        # controls: the force word is in another clause, or there is none
        ("killed three soldiers", "After the airstrike, rebels killed three soldiers in the market town.", False),
        ("killed three soldiers", "After the airstrike rebels killed three soldiers in the market town.", False),
        ("killed two guards", "Jets bombed the depot and gunmen killed two guards on Friday.", False),
        ("killed nine people", "Gunmen killed nine people in the market town on Friday.", False),
    ],
)
def test_link_causes_a_killing_done_by_a_strike_is_the_strike(trigger, sentence, same):
    killing = _event("e2", "190", trigger, sentence, "a2")
    assert same_incident(key_of(AIR_RAIDS), key_of(killing)) is same


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Army airstrikes killed nine people.", "killed nine people", {"airstrik"}),
        ("Two boys were killed in a missile strike on Friday.", "killed", {"missil", "strik"}),
        ("Air raids on the old quarter killed six.", "killed six", {"raid"}),
        # only a killing or an aimed act reads its cause
        ("Army airstrikes destroyed the depot.", "destroyed the depot", set()),
        # the trigger as a whole word: "shotgun" is not "shot", and "and" opens another clause
        ("The guard loaded a shell into the shotgun and shot the thief.", "shot", set()),
        ("Nine people died in clashes, the army said.", "died", set()),
        ("Soldiers killed in clashes were buried.", "killed", set()),
        ("", "killed", set()),
    ],
)
def test_link_causes_only_force_words_of_the_clause_are_read(sentence, trigger, expected):
    assert trigger_words.cause_stems(sentence, trigger) == expected


def test_link_causes_air_raids_are_strikes():
    strike = _event("e3", "190", "airstrike", "An airstrike hit the depot.", "a3")
    assert incidents.similar_trigger(key_of(AIR_RAIDS), key_of(strike))


def test_link_causes_stored_row_gets_the_same_stems():
    event = _event("e4", "190", "killed nine people", "Army airstrikes killed nine people on Friday.", "a4")
    row = ("e4", "a4", "190", "19", "XYZMIL", None, None, None, "2024-05-10", "day", "expression", None,
           "killed nine people", "inc1", dt.date(2024, 5, 11), None, None, "asserted", False, event.sentence)
    assert store_io._row_key(row).trigger == key_of(event).trigger
    assert "airstrik" in key_of(event).trigger
