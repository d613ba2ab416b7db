"""An aimed act ("targeted", "hit") told as done by aircraft or strikes is the air strike others report.

"Army warplanes targeted the rebels' depots" and "army air raids on the depots" are one raid, coded 190
and 195: the aimed act's words share nothing with the raid's, so the words of its clause that tell what
did it count, as they do for a killing ("airstrikes killed nine"). Aircraft count as an air strike.
Our own sentences, over hand-built events. Guards: ground forces are no strike, and the subject of a
passive ("the helicopter was hit") is what was hit, not what hit it.
"""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link import trigger_words
from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

ARMY = Actor(Span(0, 1), "army", code="XYZMIL")
_event = partial(told_event, source=ARMY, date="2024-05-10")

AIR_RAIDS = _event("e1", "195", "air raids", "Army air raids pounded the rebels' depots on Friday.", "a1")


@pytest.mark.parametrize(
    ("trigger", "sentence", "same"),
    [
        ("targeted", "Army warplanes targeted the rebels' depots on Friday.", True),
        ("hit", "Army jets hit the rebels' depots on Friday.", True),
        ("targeted", "The depots were targeted by army helicopters on Friday.", True),
        # guards: a ground unit aims too, and names no strike
        ("targeted", "Army units targeted the rebels' depots on Friday.", False),
        ("hit", "Soldiers hit the rebels' depots on Friday.", False),
    ],
)
def test_link_aimed_act_by_aircraft_is_the_air_raid(trigger, sentence, same):
    aimed = _event("e2", "190", trigger, sentence, "a2")
    assert same_incident(key_of(AIR_RAIDS), key_of(aimed)) is same


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Two warplanes targeted the bridge.", "targeted the bridge", {"airstrik"}),
        ("Airstrikes hit the market on Monday.", "hit the market", {"airstrik"}),
        ("Jets killed four guards.", "killed four guards", {"airstrik"}),
        # a passive's subject is the target: the helicopter and the jet were hit, not hitting
        ("An army helicopter was hit by gunfire.", "hit", set()),
        ("A jet was shot down by rebels near the border.", "shot", set()),
        ("The convoy was hit by a missile.", "hit", {"missil"}),
        # the aircraft in another clause
        ("Jets circled the town and gunmen targeted the mayor.", "targeted the mayor", set()),
    ],
)
def test_link_aimed_act_reads_the_force_words_of_its_clause(sentence, trigger, expected):
    assert trigger_words.cause_stems(sentence, trigger) == expected


def test_link_aimed_act_in_ing_after_an_auxiliary_is_active():
    """"Jets are pounding" and "warplanes were targeting" are active: the aircraft still did it."""
    assert trigger_words.cause_stems("Regime warplanes were targeting the bridge.", "targeting") == {"airstrik"}
