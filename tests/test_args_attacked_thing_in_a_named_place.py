"""An attack on an uncoded thing (a bus, a school, a checkpoint) targets the state of the named place
the thing's own phrase puts it in, as "killed 12 in Kabul" targets the place of the act.

CAMEO codes an attack on a place as an attack on its state; the thing's "in/near/outside X" or
"the province/city of X" phrase says where it was struck even when the parser hangs that phrase inside
the object rather than on the verb. A coded thing stays the target; a "from/to" phrase, an adjective, an
unnamed place or a clause about another noun in the phrase names no place of the attack.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # the object of the verb, its place deep in its own phrase
        ("{Taliban fighters:AFGINSTAL} attacked a bus carrying workers through a neighbourhood in {Kabul:AFG}.",
         {("AFGINSTAL", "AFG", "190")}),
        # the passive subject
        ("A bus carrying workers through a neighbourhood in {Kabul:AFG} was attacked by "
         "{Taliban fighters:AFGINSTAL}.", {("AFGINSTAL", "AFG", "190")}),
        # "the city of X": the name after the place word
        ("{Regime warplanes:SYRMIL} struck a convoy travelling near the northern city of {Aleppo:SYR}.",
         {("SYRMIL", "SYR", "190")}),
        # an attack noun's "on" phrase
        ("{Rebels:SYRREB} launched an attack on a checkpoint in the province of {Idlib:SYR}.",
         {("SYRREB", "SYR", "190")}),
        ("{Russian jets:RUSMIL} carried out an air strike on a hospital outside {Aleppo:SYR}.",
         {("RUSMIL", "SYR", "195")}),
    ],
)
def test_args_attacked_thing_takes_the_state_of_its_named_place(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a coded thing is the target, not the place it is in
        ("{Gunmen:AFGREB} attacked a convoy of {the US embassy:USAGOV} in {Kabul:AFG}.",
         {("AFGREB", "USAGOV", "190")}),
        # where the thing came from is not where it was struck
        ("{Rebels:SYRREB} shelled a convoy travelling from {Turkey:TUR}.", {("SYRREB", None, "194")}),
        # an adjective names no place, and neither does an unnamed one
        ("{Militants:PAKREB} attacked a bus near the {Afghan:AFG} border.", {("PAKREB", None, "190")}),
        ("{Militants:PAKREB} attacked a bus in the capital.", {("PAKREB", None, "190")}),
        # a clause on another noun in the phrase places that noun, not the struck thing
        ("{Gunmen:AFGREB} attacked a convoy of a charity based in {London:GBR}.", {("AFGREB", None, "190")}),
        ("{Militants:SOMREB} attacked a hotel popular with diplomats who studied in {Paris:FRA}.",
         {("SOMREB", None, "190")}),
    ],
)
def test_args_attacked_thing_without_a_named_place_keeps_its_target(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected
