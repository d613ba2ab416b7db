"""A strike told to release poison gas is a chemical attack; a vote to strike is no strike (own sentences).

CAMEO 2041 (use chemical weapons) where the report's own clause names the agent ("strikes that released
toxic gas", "bombed X with chlorine"); a gas plant struck or tear gas fired stays what it was. Workers who
vote to strike plan a stoppage (root 14, not done), and a legislature that votes to strike authorises force
still to come: neither is fighting (190) asserted.
"""

from __future__ import annotations

import pytest

from events_support import code_example, coded_moods, dyads


@pytest.mark.parametrize("example, source", [
    ("{A government warplane:SYRMIL} carried out strikes that released toxic gas on the town.", "SYRMIL"),
    ("{Army helicopters:SYRMIL} bombed {the village:SYRCVL} with chlorine.", "SYRMIL"),
    ("{A helicopter:SYRMIL} dropped a barrel bomb containing poison gas on {the district:SYRCVL}.", "SYRMIL"),
])
def test_events_strike_releasing_poison_gas_is_2041(ctx, example, source):
    found = dyads(code_example(ctx, example)[1])
    assert any(s == source and cameo == "2041" for s, _, cameo in found)
    assert not any(cameo.startswith("19") for _, _, cameo in found)


def test_events_strike_on_a_gas_plant_is_no_chemical_attack(ctx):
    found = dyads(code_example(ctx, "{Coalition jets:USAMIL} struck {a gas plant:SYRBUS} near the river.")[1])
    assert ("USAMIL", "SYRBUS", "190") in found


def test_events_workers_voting_to_strike_plan_a_stoppage(ctx):
    moods = coded_moods(ctx, "{Union members:GBRLAB} have voted to strike over pay for two days.")
    assert moods and all(cameo.startswith(("13", "14")) for cameo, _, _, _ in moods)
    assert not any(cameo.startswith("14") and mood == "asserted" for cameo, _, _, mood in moods)


def test_events_legislature_voting_to_strike_is_not_fighting(ctx):
    moods = coded_moods(ctx, "{The parliament:GBRLEG} voted to strike {the militia:LBYREB} next week.")
    assert not any(cameo.startswith(("18", "19")) and mood == "asserted" for cameo, _, _, mood in moods)
