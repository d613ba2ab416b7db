"""Who holds a place ("the rebel-held town", "opposition-held districts") does not act there: such a word is
never an event's source, though an attack on the place may still be aimed at its holder."""

from __future__ import annotations

from events_support import code_example, dyads


def test_holder_of_a_place_is_no_source(ctx):
    _, events = code_example(ctx, "Air raids blamed on {the army:SYRMIL} hit the {opposition:SYROPP}-held towns "
                                  "killing more than 30 {people:SYRCVL}.")
    assert not any(s == "SYROPP" for s, _, _ in dyads(events))


def test_holder_of_a_struck_place_may_be_the_target(ctx):
    _, events = code_example(ctx, "{Government forces:SYRMIL} shelled {opposition:SYROPP}-held districts on "
                                  "Monday.")
    assert ("SYRMIL", "SYROPP") in {(s, t) for s, t, _ in dyads(events)}
