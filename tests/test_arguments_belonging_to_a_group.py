"""What belongs to a group is the group's side of an event: "arrested a man suspected of belonging to X" is
aimed at X, "shelled positions belonging to X" too, as "members of X" are X; a link is not membership
("a firm linked to X" stays uncoded)."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Kenyan police:KENCOP} arrested a man suspected of belonging to {al-Shabaab:SOMINSSHB} in Mombasa.",
         ("KENCOP", "SOMINSSHB")),
        ("{Nigerian troops:NGAMIL} shelled positions belonging to {Boko Haram:NGAREBBKH} near the lake.",
         ("NGAMIL", "NGAREBBKH")),
    ],
)
def test_belonging_to_a_group_reaches_the_group(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in {(s, t) for s, t, _ in dyads(events)}


def test_linked_to_a_group_is_not_membership(ctx):
    _, events = code_example(ctx, "{Kenyan police:KENCOP} raided a charity linked to {al-Shabaab:SOMINSSHB}.")
    assert not any(t == "SOMINSSHB" for _, t, _ in dyads(events))
