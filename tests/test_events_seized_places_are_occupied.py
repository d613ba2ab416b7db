"""A place seized is territory occupied (192), goods seized are property confiscated (1711) (own sentences).

With no territory noun to tell them apart, a pronoun taken by armed men ("the rebel group seized it") is a
place, and so is a named place; customs officers who seize "it" still confiscate goods.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example, expected", [
    ("{The rebel group:SYRREB} held the airfield until {the army:SYRMIL} seized it last spring.", "SYRMIL"),
    ("The hill changed hands twice before it was seized by {the militants:IRQREB}.", "IRQREB"),
])
def test_events_pronoun_seized_by_armed_men_is_192(ctx, example, expected):
    found = dyads(code_example(ctx, example)[1])
    assert any(source == expected and cameo == "192" for source, _, cameo in found)
    assert not any(cameo == "1711" for _, _, cameo in found)


def test_events_pronoun_seized_by_customs_stays_confiscation(ctx):
    found = dyads(code_example(ctx, "The cargo arrived on Monday and {customs officers:KENCOP} seized it.")[1])
    assert any(source == "KENCOP" and cameo == "1711" for source, _, cameo in found)


def test_events_named_place_seized_is_192(ctx):
    found = dyads(code_example(ctx, "{The militants:IRQREB} seized Mosul from {the army:IRQMIL} in June.")[1])
    assert ("IRQREB", "IRQMIL", "192") in found
