"""An outlet ordered to suspend publication or to close is restricted by whoever orders it (CAMEO 1721).

``17_coerce.yaml``: ``coerce.order_media_closed``. The outlet is the target; its ordered suspension
is not coded again as its own act.
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_government_ordered_a_newspaper_to_suspend_publication(ctx):
    _, found = code_example(
        ctx, "{The Egyptian government:EGYGOV} ordered {the opposition newspaper:EGYMED} to suspend publication."
    )
    assert dyads(found) == {("EGYGOV", "EGYMED", "1721")}


def test_events_court_forced_dailies_to_close(ctx):
    _, found = code_example(ctx, "{The Iranian judiciary:IRNJUD} forced {two reformist dailies:IRNMED} to close.")
    assert ("IRNJUD", "IRNMED", "1721") in dyads(found)


def test_events_an_outlet_ordered_to_publish_is_not_restricted(ctx):
    _, found = code_example(
        ctx, "{The Egyptian court:EGYJUD} ordered {the opposition newspaper:EGYMED} to publish a correction."
    )
    assert all(e.cameo != "1721" for e in found)
