"""A shelling told by its weapon is one strike: "shelled the district", "mortar fire", "artillery fire killed".

One bombardment is "rebels shelled the old town" in one report and "artillery fire killed two people in the
old town" or "mortar rounds hit the old town" in another. "Mortar" and "artillery" were in no family, so a
killing told as done by artillery fire (its cause, read from the sentence) and a telling by the weapon
alone met no other telling by their words; "fired" was no word of the killing family either ("opened
fire" was). Hand-built events, our own sentences. Guards: an artillery killing does not link with a
meeting, and a weapon word after "with" adds nothing to a meeting.
"""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import same_incident, similar_trigger
from eventwire.link.keys import key_of
from eventwire.link.trigger_words import trigger_stems
from eventwire.model import Actor, Span
from link_support import told_event

REBELS = Actor(Span(0, 1), "rebels", code="NORREB")
CIVILIANS = Actor(Span(0, 1), "civilians", code="NORCVL")
_event = partial(told_event, source=REBELS, target=CIVILIANS, date="2029-10-14")

SHELLING = _event("e1", "194", "shelled", "Rebels shelled the old town of the capital on Sunday.", "a1")


@pytest.mark.parametrize(
    ("cameo", "trigger", "sentence"),
    [
        ("190", "killed", "Artillery fire killed two people in the old town on Sunday, state media said."),
        ("190", "Mortar rounds hit", "Mortar rounds hit the old town of the capital on Sunday."),
    ],
)
def test_link_weapon_words_weapon_tellings_meet_the_shelling(cameo, trigger, sentence):
    other = _event("e2", cameo, trigger, sentence, "a2")
    assert similar_trigger(key_of(SHELLING), key_of(other))
    assert same_incident(key_of(SHELLING), key_of(other))


def test_link_weapon_words_fired_is_a_killing_word():
    shooting = _event("e1", "193", "shot dead", "Gunmen shot dead two guards on Sunday.", "a1")
    fired = _event("e2", "190", "fired", "Gunmen fired on two guards on Sunday.", "a2")
    assert similar_trigger(key_of(shooting), key_of(fired))


# Guards (with and without the rule).

def test_link_weapon_words_artillery_killing_is_not_a_meeting():
    killing = _event("e1", "190", "killed", "Artillery fire killed two people in the old town on Sunday.", "a1")
    meeting = _event("e2", "040", "met", "Rebel leaders met civilians in the old town on Sunday.", "a2")
    assert not same_incident(key_of(killing), key_of(meeting))


def test_link_weapon_words_mortar_adds_nothing_to_a_meeting():
    assert "mortar" not in trigger_stems("met", "Rebel leaders met with mortar survivors on Sunday.")
