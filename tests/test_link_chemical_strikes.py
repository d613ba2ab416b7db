"""A chemical attack is a strike told by its weapon, and a killing's relative clause names its cause.

"The army used chemical weapons on the valley" and "army shelling of the valley" may be one attack:
gas is fired in rockets and shells. The weapon's words (chemical family) then count as a strike's,
but only for events dated to a few days: "has used gas on many occasions" is a record of attacks.
"A gas attack by the army that killed forty people" is that attack's toll. Our own sentences,
over hand-built events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

import pytest

from eventwire.link import incidents, trigger_words
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

ARMY = Actor(Span(0, 1), "army", code="XYZMIL")
_event = partial(told_event, source=ARMY, date="2024-05-10")

GAS = _event("e1", "2041", "used chemical weapons", "The army used chemical weapons on the valley on Friday.", "a1")


@pytest.mark.parametrize(
    ("cameo", "trigger", "sentence"),
    [
        ("195", "shelling", "Army shelling of the valley went on all Friday."),
        ("190", "bombardment", "Residents fled the army's bombardment of the valley on Friday."),
        ("195", "fired rockets", "The army fired rockets into the valley on Friday."),
    ],
)
def test_link_chemical_strikes_gas_attack_is_the_strike_of_that_day(cameo, trigger, sentence):
    strike = _event("e2", cameo, trigger, sentence, "a2")
    assert incidents.similar_trigger(key_of(GAS), key_of(strike))


def test_link_chemical_strikes_a_record_of_attacks_is_no_one_strike():
    shelling = key_of(_event("e2", "195", "shelling", "Army shelling of the valley went on all Friday.", "a2"))
    record = replace(key_of(GAS), start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    assert not incidents.similar_trigger(record, shelling)


def test_link_chemical_strikes_other_words_stay_apart():
    arrest = _event("e3", "173", "arrested", "The army arrested nine men in the valley on Friday.", "a3")
    assert not incidents.similar_trigger(key_of(GAS), key_of(arrest))


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("It was a gas attack by the army that killed forty people.", "killed forty people", {"gas", "attack"}),
        ("An airstrike which killed six hit the market.", "killed six", {"airstrik"}),
        # the antecedent is the phrase next to the pronoun, not a place or date phrase further off
        ("A gas attack in the spring of last year on the old quarter of the town that killed forty", "killed forty",
         set()),
        # "that" opening a reported clause, then a passive: no cause
        ("Officials said that nine were killed.", "killed", set()),
    ],
)
def test_link_chemical_strikes_relative_clause_cause(sentence, trigger, expected):
    assert trigger_words.cause_stems(sentence, trigger) == expected
