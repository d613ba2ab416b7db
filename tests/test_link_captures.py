"""One capture told with different words is one happening: "captured", "seized", "nabbed", "apprehended".

The events stage codes a capture of people as an arrest (173) or, from "seized", as a seizure (1711);
across codes the trigger test asks for words of one family, and "captured", "nabbed", "apprehended" and
"caught" were in none, so the tellings of one capture split. They are words of the arrest family now.
Hand-built events, our own sentences. Guards: a capture still does not link with a strike or a killing
of the same sides and day.
"""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import same_incident, similar_trigger
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

NAVY = Actor(Span(0, 1), "the navy", code="NORMIL")
PIRATES = Actor(Span(0, 1), "pirates", code="NORCRM")
_event = partial(told_event, source=NAVY, target=PIRATES, date="2029-03-02")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("173", "captured", "The navy captured nine pirates off the coast on Friday."),
         ("1711", "seized", "Commandos seized the pirates and their skiff on Friday.")),
        (("1711", "seized", "Commandos seized the pirates and their skiff on Friday."),
         ("173", "nabbed", "Sailors nabbed nine suspected pirates on Friday.")),
        (("1711", "seized", "Commandos seized the pirates and their skiff on Friday."),
         ("173", "apprehended", "The navy apprehended nine pirates on Friday.")),
    ],
)
def test_link_captures_capture_words_meet_across_codes(one, other):
    first, second = _event("e1", *one, "a1"), _event("e2", *other, "a2")
    assert similar_trigger(key_of(first), key_of(second))
    assert same_incident(key_of(first), key_of(second))


# Guards (with and without the rule): a capture is not the strike or the killing of the same day.

@pytest.mark.parametrize(
    ("cameo", "trigger", "sentence"),
    [
        ("190", "attacked", "The navy attacked the pirates' mother ship on Friday."),
        ("193", "killed", "The navy killed two pirates in a gunfight on Friday."),
    ],
)
def test_link_captures_capture_is_not_a_strike_or_a_killing(cameo, trigger, sentence):
    capture = _event("e1", "173", "captured", "The navy captured nine pirates off the coast on Friday.", "a1")
    other = _event("e2", cameo, trigger, sentence, "a2")
    assert not similar_trigger(key_of(capture), key_of(other))
    assert not same_incident(key_of(capture), key_of(other))
