"""Forgiving or cancelling a debt is economic aid (PLOVER AID, CAMEO 071); forgiving a wrong stays 05x."""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{Norway:NOR} cancelled the debt of {Liberia:LBR} last year.", ("071", "NOR", "LBR", "asserted")),
    ("{Kuwait:KWT} waived {Egypt:EGY}'s loans.", ("071", "KWT", "EGY", "asserted")),
])
def test_events_debt_relief_is_economic_aid(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


def test_events_forgiving_a_wrong_is_no_aid(ctx):
    found = coded_moods(ctx, "{Norway:NOR} forgave {Liberia:LBR} for the insult.")
    assert found and not [e for e in found if e[0].startswith("07")], found
