"""A press release frees no one; pressing ahead demands nothing.

``08_yield.yaml`` (``yield.release_noun``): "issued a news / press release" is a statement to the media, not
a release of prisoners (0841). ``10_demand.yaml`` (``demand.demand``): "pressing forward", "pressed ahead"
tell that someone went on with a plan, not that they pressed anyone (100).
"""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize("sentence", [
    "{The White House:USAGOV} issued a press release about {the prisoners:IRNCVL}.",
    "{The senator:USALEG} issued a news release calling the attacks politics.",
])
def test_events_a_press_release_is_no_prisoner_release(ctx, sentence):
    _, found = code_example(ctx, sentence)
    assert all(e.cameo != "0841" for e in found)


def test_events_a_release_of_sailors_is_still_a_release(ctx):
    _, found = code_example(ctx, "{Iran:IRN} announced the release of {the British sailors:GBRMIL} on Thursday.")
    assert any(e.cameo == "0841" for e in found)


@pytest.mark.parametrize("sentence", [
    "{The minister:USAGOV} dropped the plan before reversing course the next day and pressing forward.",
    "{The minister:USAGOV} pressed ahead with the tariffs on {China:CHN}.",
])
def test_events_pressing_ahead_is_no_demand(ctx, sentence):
    _, found = code_example(ctx, sentence)
    assert all(e.cameo != "100" for e in found)


def test_events_pressing_a_country_to_act_is_a_demand(ctx):
    _, found = code_example(ctx, "{Turkey:TUR} pressed {the United States:USA} to extradite the cleric.")
    assert any(e.cameo == "100" for e in found)
