"""Questioning something doubts its owner, not what a phrase inside it names (own sentences).

"questioned [the senator's] loyalty to the party": the "to" phrase is part of what is doubted, so the object's
owner is the target (pattern ``disapprove.question``); "objected to X" still targets the "to" phrase
(``disapprove.object_to``).
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _targets(ctx, example):
    _, found = code_example(ctx, example)
    return [(e.source.code, e.target.code if e.target else None) for e in found if e.cameo == "110"]


@pytest.mark.parametrize("example, expected", [
    ("{The governor:USAGOV} questioned {the senator's:USALEG} loyalty to {the Green party:USAPTY}.",
     [("USAGOV", "USALEG")]),
    ("{The opposition:FRAOPP} challenged {the cabinet's:FRAGOV} commitment to {the European Union:IGOEU}.",
     [("FRAOPP", "FRAGOV")]),
    ("{The mayor:USAGOV} disputed the claims of {the union:USALAB} about ties with {the company:USABUS}.",
     [("USAGOV", "USALAB")]),
    # guard: "objected to" keeps its "to" target
    ("{Norway:NOR} objected to {the Danish:DNK} proposal.", [("NOR", "DNK")]),
])
def test_events_question_targets_the_objects_owner(ctx, example, expected):
    assert _targets(ctx, example) == expected
