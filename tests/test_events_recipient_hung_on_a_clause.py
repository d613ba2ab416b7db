"""The "to" phrase of a giving verb that the parser hangs on a clause describing the thing given
("returned tablets that date back to the Bronze Age [to Iraq]") is still the recipient; a clause's own
destination is not ("the fishermen who had sailed to Oman")."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The US Interior Department:USAGOV} returned 40 clay tablets that date back to the Bronze Age to "
     "{Iraq:IRQ}.", {("USAGOV", "IRQ")}),
    ("{The Dutch government:NLDGOV} returned a painting, missing since 1945, to {Poland:POL}.",
     {("NLDGOV", "POL")}),
    # guards: the clause's own destination, with no complement before it or with a subject of its own
    ("{Iran:IRN} returned the fishermen who had sailed to {Oman:OMN}.", {("IRN", None)}),
    ("{Kenya:KEN} returned the cattle that raiders had driven to {Uganda:UGA}.", {("KEN", None)}),
])
def test_events_recipient_hung_on_a_clause(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert {(source, target) for source, target, _ in dyads(events)} == expected
