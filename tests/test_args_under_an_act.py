"""Who is under an act is whom it is aimed at: "[Turkey] is under EU sanctions", "[X] remains under
investigation by the FBI".

``nominal.received_from`` reads a state of being under an event noun ("be", "remain", "stay", "fall" under,
as "came under fire from" before) as receiving it: the clause's subject is the target, the noun's own doer
(its modifier, its "by" or "from" phrase) the source. A "from" phrase that is denied ("not from X, but
...") names no doer.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Turkey:TUR} is already under {EU:IGOEUREEC} sanctions over its drilling.", {("IGOEUREEC", "TUR", "163")}),
        ("{Iran:IRN} has remained under {US:USA} sanctions since 1979.", {("USA", "IRN", "163")}),
        ("{The senator:USALEG} is under investigation by {the FBI:USACOP}.", {("USACOP", "USALEG", "090")}),
    ],
)
def test_args_the_one_under_an_act_is_its_target(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def test_args_a_denied_from_phrase_names_no_doer(ctx):
    _, events = code_example(ctx, "{The country:GBR} is under attack, not from {terrorists:UAF}, but from its rulers.")
    assert not any(e.source.code == "UAF" for e in events)
