"""Workers threatening to strike threaten a stoppage (133), not force (138).

CAMEO 133 (threaten with political dissent) names strikes among the threatened acts, so a labour body's
threatened strike is no threat of military force (138), while a state threatening to strike another stays
138. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example, source", [
    ("{The teachers' union:USALAB} threatened to strike next month.", "USALAB"),
    ("{Dock workers:GBRLAB} threatened to go on strike over pay.", "GBRLAB"),
    ("{The nurses' union:FRALAB} threatened a general strike if pensions are cut.", "FRALAB"),
])
def test_events_workers_threatening_a_strike_threaten_dissent(ctx, example, source):
    found = dyads(code_example(ctx, example)[1])
    assert any(s == source and cameo == "133" for s, _, cameo in found)
    assert not any(cameo.startswith("138") for _, _, cameo in found)


def test_events_state_threatening_to_strike_another_is_a_threat_of_force(ctx):
    found = dyads(code_example(ctx, "{Iran:IRN} threatened to strike {Israel:ISR} within days.")[1])
    assert ("IRN", "ISR", "138") in found
