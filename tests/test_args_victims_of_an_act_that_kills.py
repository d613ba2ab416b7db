"""An attack noun that is itself the doer of a casualty verb has that verb's patients as its victims.

"An air strike killed four fighters": the strike is the subject of "killed", so the fighters are
whom the strike hit, as in "fighters killed in an air strike". The same holds for the "by" agent of a
passive ("were killed by air strikes") and for a participle on the noun ("attacks killing six soldiers").
A bare count gives way to the people it includes ("killed 30, including two aid workers"). An uncoded
patient names no one, and a verb that hurts no one ("destroyed a depot") lends no victim.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # the noun is the subject of the casualty verb
        ("A {Turkish:TUR} drone strike killed four {PKK fighters:TURREBPKK} near the border.",
         {("TUR", "TURREBPKK", "195")}),
        ("{Israeli:ISR} air strikes wounded three {Hamas members:PSEHMS} overnight.",
         {("ISR", "PSEHMS", "195")}),
        # the noun is the "by" agent of a passive casualty verb
        ("Two {Kurdish fighters:SYRREB} were killed by {Turkish:TUR} air strikes on Sunday.",
         {("TUR", "SYRREB", "195")}),
        # a casualty participle on the noun
        ("{Militant:IMGMUSISI} attacks killing six {soldiers:EGYMIL} were reported in the Sinai.",
         {("IMGMUSISI", "EGYMIL", "190")}),
        # a bare count names no one; the people it includes do
        ("A {Russian:RUS} air strike killed 30, including {two aid workers:SYRCVL}, in the town.",
         {("RUS", "SYRCVL", "195")}),
    ],
)
def test_args_patients_of_the_act_are_its_victims(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    "example",
    [
        # the patients are named by no coded actor
        "{Russian:RUS} air strikes killed dozens of people in the town.",
        # a verb that hurts no one: the thing destroyed is no victim of this reading (a fighters' depot or
        # position destroyed is force on its owner of its own, fight.destroy_military)
        "The {Russian:RUS} air strike destroyed a {Syrian:SYR} bridge.",
    ],
)
def test_args_no_victim_without_a_coded_casualty(ctx, example):
    _, events = code_example(ctx, example)
    assert {(src, tgt) for src, tgt, _ in dyads(events)} == {("RUS", None)}

