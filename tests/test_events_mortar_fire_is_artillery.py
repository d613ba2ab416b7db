"""Mortar and artillery rounds fired are CAMEO 194 (artillery and tanks), rockets and missiles 195 (own sentences)."""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{The rebels:SYRREB} fired three mortar rounds at {the army base:SYRMIL}.",
     ("194", "SYRREB", "SYRMIL", "asserted")),
    ("{The militia:LBNREB} lobbed mortars into {the Israeli town:ISR} overnight.",
     ("194", "LBNREB", "ISR", "asserted")),
])
def test_events_fired_mortars_are_artillery(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


def test_events_fired_rockets_stay_aerial_weapons(ctx):
    found = coded_moods(ctx, "{The militia:LBNREB} fired rockets at {the Israeli town:ISR}.")
    assert ("195", "LBNREB", "ISR", "asserted") in found and not [e for e in found if e[0] == "194"], found
