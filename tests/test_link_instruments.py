"""The weapon named with a force act counts as its trigger words, over hand-built events.

"Warplanes targeted the town with gases" is the gas attack another report names by its weapon; the
coder keeps only "targeted the town", so the linker reads the weapon back from the sentence. Our own
sentences; stored events (``store_io._row_key``) get the same trigger stems as in-memory ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

import pytest

from eventwire.link import store_io, trigger_words
from eventwire.link.incidents import same_incident, similar_trigger
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

JETS = Actor(Span(0, 1), "jets", code="SYRMIL")
_event = partial(told_event, source=JETS, date="2024-03-05")


GAS_ATTACK = _event("e1", "2041", "gas attack", "A gas attack killed forty people in the town on Tuesday.", "a1")


@pytest.mark.parametrize(
    ("trigger", "sentence", "same"),
    [
        ("targeted the town", "Warplanes targeted the town with gases believed to be sarin on Tuesday.", True),
        ("pounded the village", "Jets pounded the village using chlorine bombs, a monitor said.", True),
        # controls: no weapon named, a weapon too far off or behind punctuation (troops, not aircraft: aircraft
        # that target a town name an air strike, see test_link_aimed_acts_read_their_cause)
        ("targeted the town", "Troops targeted the town on Tuesday.", False),
        ("targeted the town", "Troops targeted the town early on Tuesday morning as families fled with gas masks.",
         False),
        ("targeted the town", "Troops targeted the town, with gas masks handed out later.", False),
    ],
)
def test_link_instruments_weapon_after_the_trigger_makes_it_similar(trigger, sentence, same):
    strike = _event("e2", "190", trigger, sentence, "a2")
    assert same_incident(key_of(GAS_ATTACK), key_of(strike)) is same


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Youths attacked a police station with petrol bombs.", "attacked", {"bomb"}),
        ("Police fought battles with striking workers.", "fought", set()),  # a labour strike is no weapon
        ("Officials met with the envoy.", "met", set()),
        ("Jets struck the town.", "struck the town", set()),
        ("", "struck", set()),
    ],
)
def test_link_instruments_only_weapon_stems_are_read(sentence, trigger, expected):
    assert trigger_words.instrument_stems(sentence, trigger) == expected


def test_link_instruments_gases_and_chlorine_are_chemical_words():
    # "gases" and "chlorine" stem to "gase" and "chlorin": the chemical family must hold those stems.
    chlorine = key_of(_event("e3", "2041", "chlorine", "", "a3"))
    gases = replace(key_of(_event("e4", "2041", "toxic gases", "", "a4")), cameo="204")  # not the same code
    assert similar_trigger(chlorine, gases)


def test_link_instruments_stored_row_gets_the_same_stems():
    event = _event("e5", "190", "targeted the town", "Warplanes targeted the town with gases on Tuesday.", "a5")
    row = ("e5", "a5", "190", "19", "SYRMIL", None, None, None, "2024-03-05", "day", "expression", None,
           "targeted the town", "inc1", dt.date(2024, 3, 6), None, None, "asserted", False, event.sentence)
    assert store_io._row_key(row).trigger == key_of(event).trigger
    assert "gase" in key_of(event).trigger
