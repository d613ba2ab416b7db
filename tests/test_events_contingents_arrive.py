"""A contingent or batch of peacekeepers is read through its "of" phrase, as a count is.

``events/matching.COUNT_HEADS``: a pattern's ``subject`` words ("[peacekeepers] arrived", 074) are
found in the "of" phrase of a contingent or a batch, as of "hundreds" or "a group".
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_a_contingent_of_peacekeepers_arrived(ctx):
    _, found = code_example(ctx, "The first contingent of {Chinese:CHN} peacekeepers arrived in {Mali:MLI}.")
    assert ("CHN", "MLI", "074") in dyads(found)


def test_events_a_batch_of_peacekeepers_arrived(ctx):
    _, found = code_example(ctx, "A new batch of {Indian:IND} peacekeepers arrived in {South Sudan:SSD} on Monday.")
    assert ("IND", "SSD", "074") in dyads(found)


def test_events_a_contingent_of_tourists_is_no_peacekeeping(ctx):
    _, found = code_example(ctx, "A contingent of {Chinese:CHN} tourists arrived in {Mali:MLI}.")
    assert all(e.cameo != "074" for e in found)
