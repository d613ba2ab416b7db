"""Coordinated doers who act on "each other" or "one another" give one event each way.

"X and Y blamed each other" is X -> Y and Y -> X, as a symmetric pattern's coordinated subject is, whatever
the act. Without the reciprocal pronoun the coordinated doers stay one side each.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("The {opposition:SYROPP} and the {government:SYRGOV} have blamed each other for the attacks.",
         {("SYROPP", "SYRGOV"), ("SYRGOV", "SYROPP")}),
        ("{India:IND} and {Pakistan:PAK} accused one another of violating the ceasefire.",
         {("IND", "PAK"), ("PAK", "IND")}),
        # a named third party is the target of both
        ("{India:IND} and {Pakistan:PAK} accused {China:CHN} of meddling.", {("IND", "CHN"), ("PAK", "CHN")}),
        # no reciprocal pronoun, no target
        ("{India:IND} and {Pakistan:PAK} condemned the attack.", {("IND", None), ("PAK", None)}),
    ],
)
def test_args_reciprocal_object_pairs_the_coordinated_doers(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert {(src, tgt) for src, tgt, _ in dyads(events)} == expected
