"""A call for sanctions against X threatens X with sanctions (CAMEO 1312), not a demand made of X (100).

``13_threaten.yaml``: ``threaten.call_for_sanctions`` ("called / pressed / pushed for sanctions against X") and
``threaten.urge_sanctions`` ("urged / sought / recommended sanctions on X"), as PETRARCH's dictionary codes
CALL (FOR SANCTIONS) and URGE SANCTIONS. A call to end or lift sanctions, or for talks about them, is no threat.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{Swedish lawmakers:SWELEG} called for sanctions against {the Burundian government:BDIGOV}.",
     ("SWELEG", "BDIGOV", "1312")),
    ("{The Canadian minister:CANGOV} pressed for an arms embargo on {South Sudan:SSD}.", ("CANGOV", "SSD", "1312")),
    ("{The Belgian government:BELGOV} urged tougher sanctions on {Eritrea:ERI}.", ("BELGOV", "ERI", "1312")),
])
def test_events_call_for_sanctions_threatens_the_target(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)
    assert all(e.cameo != "100" for e in found)


@pytest.mark.parametrize("example", [
    "{The Cuban government:CUBGOV} called for an end to the embargo against {Cuba:CUB}.",
    "{The Iranian president:IRNGOV} called for the lifting of sanctions on {Iran:IRN}.",
    "{The German chancellor:DEUGOV} called for new talks on sanctions with {Russia:RUS}.",
])
def test_events_call_to_end_or_discuss_sanctions_is_no_threat(ctx, example):
    _, found = code_example(ctx, example)
    assert all(not e.cameo.startswith("13") for e in found)
