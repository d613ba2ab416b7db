"""An "according to X" phrase names who tells the sentence; it qualifies no act.

``events/trigger_words._in_phrase``: its words are not context words of the trigger, so its "to" does not
rule out a phone call (``consult.call_verb`` stands back for "called to ...").
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_call_told_according_to_a_website_is_still_a_call(ctx):
    _, found = code_example(
        ctx,
        "According to the official website, {the Iranian president:IRNGOV} called "
        "{his Lebanese counterpart:LBNGOV} on Tuesday.",
    )
    assert ("IRNGOV", "LBNGOV", "041") in dyads(found)


def test_events_call_without_the_attribution_is_a_call_too(ctx):
    _, found = code_example(ctx, "{The Iranian president:IRNGOV} called {his Lebanese counterpart:LBNGOV} on Tuesday.")
    assert ("IRNGOV", "LBNGOV", "041") in dyads(found)
