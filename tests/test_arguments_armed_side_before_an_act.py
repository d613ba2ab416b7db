"""A coded armed side written right before an act of force does it: "[army] air strikes", "a [rebel] offensive",
"a [regime] siege" (``roles_noun._armed_side_before``). Role words of places or bodies struck ("hospital") are
no armed side. And a place named by who holds it ("a rebel-held town") is where an attack fell: with coded
victims named, they are its target (``roles_noun._held_place``)."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Two children:SYRCVL} died in {army:SYRMIL} air strikes on the town.", ("SYRMIL", "SYRCVL", "195")),
        ("The town has been under a {regime:SYRGOV} siege for two years.", ("SYRGOV", None, "191")),
        ("{Rebel:SYRREB} attacks on {the army:SYRMIL} went on overnight.", ("SYRREB", "SYRMIL", "190")),
    ],
)
def test_arguments_armed_side_before_an_act_of_force_does_it(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


def test_arguments_struck_body_before_an_act_is_no_doer(ctx):
    _, found = code_example(ctx, "The {hospital:SYRHLH} bombing was condemned by aid groups.")
    assert all(e.source.code != "SYRHLH" for e in found)


def test_arguments_victims_not_the_holders_of_the_place_struck(ctx):
    _, found = code_example(ctx, "{Nine civilians:SYRCVL} died in {Turkish:TUR} shelling of a "
                                 "{rebel:SYRREB}-held town.")
    assert ("TUR", "SYRCVL", "194") in dyads(found)
    assert all(e.target is None or e.target.code != "SYRREB" for e in found)
