"""What an actor has, needs or ought to do is not done (own sentences).

"Britain has to apologise" or "the days of Britain having to apologise are over" tell of an obligation, like the
modal "must": no apology was made. A causative "had them arrested" is no "to" infinitive and stays asserted.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{Japan:JPN} has to apologise to {South Korea:KOR} for the remarks.", ("055", "JPN", "KOR", "hypothetical")),
    ("{The Israeli army:ISRMIL} needs to withdraw from {Gaza:PSEGZA} soon.", ("087", "ISRMIL", "PSEGZA",
                                                                                 "hypothetical")),
])
def test_events_obligation_makes_the_act_hypothetical(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


def test_events_act_without_obligation_stays_asserted(ctx):
    assert ("055", "JPN", "KOR", "asserted") in coded_moods(
        ctx, "{Japan:JPN} apologised to {South Korea:KOR} for the remarks.")
