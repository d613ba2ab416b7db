"""Where a one-sided act sends aid or people is aimed at that place's state, as its venue is
(``roles_by_code.destination``, ``dyads._foreign_venue``); a place named deeper in the venue or destination
phrase ("into areas near X", "in parts of X") counts as the phrase's own place."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{Jordan:JOR} opened two border crossings to allow food aid into {Iraq:IRQ}.", ("JOR", "IRQ")),
    ("{Kenya:KEN} agreed to let relief convoys into {Somalia:SOM} next month.", ("KEN", "SOM")),
    ("{The UN:IGOUNO} began to deliver aid on Friday to besieged districts near {Aden:YEM}.", ("IGOUNO", "YEM")),
])
def test_events_aid_let_or_sent_into_a_foreign_place_targets_its_state(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in {(s, t) for s, t, _ in dyads(found)}, dyads(found)


def test_events_a_destination_in_the_doers_own_country_adds_no_target(ctx):
    _, found = code_example(ctx, "{Peru:PER} agreed to allow food aid into {Cusco:PER}.")
    assert found and all(e.target is None for e in found), dyads(found)


def test_events_a_venue_on_a_later_conjunct_of_the_object_counts(ctx):
    _, found = code_example(ctx, "{Morocco:MAR} has agreed to build two clinics and a new bridge in {Mali:MLI}.")
    assert ("MAR", "MLI") in {(s, t) for s, t, _ in dyads(found)}, dyads(found)
