"""An event noun that only dates another act is no act of that act's "by" agent (``roles_noun``).

"the charges were announced by X days before the summit with Y": the summit is when the charges came, and X
is not one of its sides. An active subject keeps the event ("In a call with Y, X offered help").
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example", [
    "Aides were angry that the charges were announced by {Attorney General Tom Miller:USAGOV} on Friday, "
    "days before the planned summit with {Putin:RUSGOV}.",
    "The sanctions were imposed by {the Treasury:USAGOV} ahead of talks with {Iran:IRN}.",
])
def test_events_noun_landmark_takes_no_passive_agent(ctx, example):
    _, events = code_example(ctx, example)
    assert not [e for e in events if e.root == "03" or e.root == "04"
                if e.source is not None and e.source.code == "USAGOV"], dyads(events)


def test_events_noun_in_a_call_keeps_the_subject(ctx):
    _, events = code_example(ctx, "In a phone call with {Putin:RUSGOV}, {Merkel:DEUGOV} offered help.")
    assert ("DEUGOV", "RUSGOV", "041") in dyads(events), dyads(events)
