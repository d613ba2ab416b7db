""""Pounded" is a strike: "jets pounded the town" and "an air raid on the town" are one attack.

War reports tell one bombardment as "jets pounded the town", "a suspected gas attack", "an air strike"; the
strike family held "bombard" and "shell" but not "pound", so a report that only says "pounded" matched no
other telling by its words. Hand-built events, our own sentences. Guards: "pounded" is not a meeting or a
protest, and "impounded" (a seizure) is not "pounded".
"""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import same_incident, similar_trigger
from eventwire.link.keys import key_of
from eventwire.link.trigger_words import trigger_stems
from eventwire.model import Actor, Span
from link_support import told_event

JETS = Actor(Span(0, 1), "jets", code="SYRMIL")
_event = partial(told_event, source=JETS, date="2024-03-05")


POUNDED = _event("e1", "190", "pounded the town", "Army jets pounded the town of Kafr Dael on Tuesday.", "a1")


@pytest.mark.parametrize(
    ("cameo", "trigger", "sentence"),
    [
        ("2041", "gas attack", "A suspected gas attack killed thirty people in Kafr Dael on Tuesday."),
        ("195", "air strikes", "Air strikes hit a market in Kafr Dael on Tuesday, a monitor said."),
    ],
)
def test_link_strike_words_pounded_is_one_strike_with_other_tellings(cameo, trigger, sentence):
    other = _event("e2", cameo, trigger, sentence, "a2")
    assert similar_trigger(key_of(POUNDED), key_of(other))
    assert same_incident(key_of(POUNDED), key_of(other))


def test_link_strike_words_pounded_and_pounding_share_their_word():
    other = _event("e2", "195", "pounding", "The pounding of Kafr Dael went on for hours on Tuesday.", "a2")
    assert same_incident(key_of(POUNDED), key_of(other))


@pytest.mark.parametrize(
    ("cameo", "trigger", "sentence"),
    [
        ("040", "met", "Army officers met elders of Kafr Dael on Tuesday."),
        ("141", "marched", "Residents marched through Kafr Dael on Tuesday."),
    ],
)
def test_link_strike_words_pounded_is_not_a_meeting_or_a_march(cameo, trigger, sentence):
    other = _event("e2", cameo, trigger, sentence, "a2")
    assert not similar_trigger(key_of(POUNDED), key_of(other))


def test_link_strike_words_impounded_is_not_pounded():
    assert "pound" not in trigger_stems("impounded the freighter", "The navy impounded the freighter on Tuesday.")
