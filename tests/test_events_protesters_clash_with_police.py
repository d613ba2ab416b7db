"""Protesters who clash with the police riot (CAMEO 145); they do not use military force (190).

``14_protest.yaml``: ``protest.clash_with_police``. Only the protesters' side is coded; rebels clashing with
troops stay 190. A count subject ("thousands of students") is read through its "of" phrase for the
pattern's ``subject`` words (``matching._counted``).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{Opposition supporters:UGAOPP} clashed with {police:UGACOP} in Kampala after the vote.",
     ("UGAOPP", "UGACOP", "145")),
    ("Thousands of {Greek students:GRCEDU} fought with {riot police:GRCCOP} outside parliament.",
     ("GRCEDU", "GRCCOP", "145")),
])
def test_events_protesters_clashing_with_police_riot(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == {expected}


def test_events_rebels_clashing_with_troops_still_fight(ctx):
    _, found = code_example(ctx, "{Rebel fighters:COLREB} clashed with {army troops:COLMIL} near the border.")
    assert {e.cameo for e in found} == {"190"}
