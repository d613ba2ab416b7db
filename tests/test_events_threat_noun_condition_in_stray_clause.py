"""A threat told as a noun is aimed at whoever must meet its condition, also when the parser hangs the
threat's "that" clause on the verb above the noun ("talks stalled after threats by X [that it would cut
supplies unless Y paid]" reads the clause as the object of "stalled")."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("Talks stalled after threats by {Moscow:RUS} that it would cut gas supplies unless {Kiev:UKR} paid its "
         "debts.", ("RUS", "UKR", "130")),
        ("The vote came after weeks of threats by {President Tomas Adler:AUTGOV} that he would veto the budget "
         "unless {the European Commission:IGOEUREEC} dropped its demands.", ("AUTGOV", "IGOEUREEC", "130")),
    ],
)
def test_threat_noun_condition_in_a_clause_hung_on_the_verb_above(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events)
