"""The backer of a group is not its doer: in "forces backed by X attacked the town" the forces attack, so a
"backed/supported/armed by" phrase on an uncoded subject names no source, while "proposals laid out by the
assembly" still reach their author."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "backer"),
    [
        ("Local forces backed by {Russian jets:RUSMIL} attacked {the rebels:SYRREB} near the border.", "RUSMIL"),
        ("Militias supported by {Iran:IRN} attacked {the American embassy:USAGOV} on Sunday.", "IRN"),
    ],
)
def test_backer_of_an_uncoded_subject_is_no_source(ctx, example, backer):
    _, events = code_example(ctx, example)
    assert not any(s == backer for s, _, _ in dyads(events))


def test_author_in_a_by_phrase_still_acts(ctx):
    _, events = code_example(ctx, "A resolution drafted by {France:FRA} condemned {Syria:SYR} for the attack.")
    assert ("FRA", "SYR") in {(s, t) for s, t, _ in dyads(events)}
