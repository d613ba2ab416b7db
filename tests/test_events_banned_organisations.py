"""Banning a named organisation (a front, league, militia, brotherhood ...) is CAMEO 1722 (own sentences)."""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{The Tunisian government:TUNGOV} banned {the Islamic Front:TUNOPP}.", ("1722", "TUNGOV", "TUNOPP", "asserted")),
    ("{The Iraqi cabinet:IRQGOV} outlawed {the Sadrist militia:IRQREB} on Sunday.",
     ("1722", "IRQGOV", "IRQREB", "asserted")),
])
def test_events_a_banned_organisation_is_1722(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


def test_events_a_banned_practice_is_no_ban_of_a_party(ctx):
    assert not [e for e in coded_moods(ctx, "{The Tunisian government:TUNGOV} banned smoking in cafes.")
                if e[0] == "1722"]
