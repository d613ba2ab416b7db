"""Taking ground (CAMEO 192) is aimed at the side the ground is taken from.

"Captured the town from the army": the town names no one, the army held it. The "from" phrase counts
wherever the parser hangs it (on the verb, before the object), but a coded place taken stays the target
and a "from" phrase that names no one ("from the north") gives none.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Islamic State fighters:IMGMUSISI} captured the town from {the Iraqi army:IRQMIL} on Sunday.",
         {("IMGMUSISI", "IRQMIL", "192")}),
        ("{Kurdish forces:SYRREB} captured vast areas from {Daesh:IMGMUSISI} in 2015.",
         {("SYRREB", "IMGMUSISI", "192")}),
        ("{Islamic State:IMGMUSISI} seized territory from {rebel groups:SYRREB} last year.",
         {("IMGMUSISI", "SYRREB", "192")}),
        # the "from" phrase before the object
        # (an attack "to capture from X ..." is only aimed at the ground: test_events_ground_retaken_and_campaign_aims)
        ("{Troops:SYRMIL} captured from {Daesh:IMGMUSISI} a crucial swathe of the region.",
         {("SYRMIL", "IMGMUSISI", "192")}),
        # a coded place taken is the target
        ("{Russia:RUS} annexed {Crimea:UKR} in 2014.", {("RUS", "UKR", "192")}),
        # no one named in the "from" phrase
        ("{Rebels:SYRREB} seized the hill from the north.", {("SYRREB", None, "192")}),
    ],
)
def test_args_ground_is_taken_from_the_side_that_held_it(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected
