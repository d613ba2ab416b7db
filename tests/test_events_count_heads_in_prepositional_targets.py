"""A count or group head in a prepositional target ("to [such a large number] of Syrians", "on [a crowd] of
protesters") is read through its "of" phrase: the counted people are the target, as they are for a count
subject."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Germany:DEU} granted asylum to such a large number of {Syrians:SYR}.", ("DEU", "SYR", "075")),
        ("{The United States:USA} imposed sanctions on a number of {Russian officials:RUSGOV}.",
         ("USA", "RUSGOV", "163")),
        ("{Jordan:JOR} sent aid to thousands of {Iraqi families:IRQCVL}.", ("JOR", "IRQCVL", "070")),
        ("{Jordan:JOR} opened its borders to a large number of {Syrian refugees:SYRREF}.",
         ("JOR", "SYRREF", "075")),
        ("{Israeli troops:ISRMIL} opened fire on a crowd of {Palestinian protesters:PSEOPP}.",
         ("ISRMIL", "PSEOPP", "193")),
    ],
)
def test_counted_noun_is_the_prepositional_target(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events)
