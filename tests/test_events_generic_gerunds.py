"""A kind of act talked about is no act that happened (own sentences).

"Soldiers killing civilians is a crime", "Police shooting unarmed men, it's a problem": a gerund with a bare
plural doer as the subject of a present singular copula, or before "it/this/that" + present copula, names no
happening (``events.generics``). A described crowd ("troops shelling the city are Russian") and a participle of
a told act ("gunmen firing from a car killed two policemen") stay.
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _codes(ctx, example):
    _, found = code_example(ctx, example)
    return [(e.cameo, e.source.code, e.target.code if e.target else None) for e in found]


@pytest.mark.parametrize("example", [
    "“{Police officers:USACOP} shooting {young men:USACVL}, {young men:USACVL} shooting {young men:USACVL}, "
    "it's a problem we have to face.”",
    "{Soldiers:MIL} killing {civilians:CVL} is a crime.",
    "{Police:COP} shooting {unarmed men:CVL} is a problem, {the mayor:GOV} said.",
])
def test_events_a_generic_gerund_names_no_happening(ctx, example):
    assert _codes(ctx, example) == []


def test_events_a_described_crowd_still_acts(ctx):
    assert ("194", "MIL", "CVL") in _codes(ctx, "{Troops:MIL} shelling {the city:CVL} are Russian.")


def test_events_a_participle_of_a_told_act_stays(ctx):
    assert ("190", "REB", "COP") in _codes(ctx, "{Gunmen:REB} firing from a car killed {two policemen:COP}.")


def test_events_a_generic_gerund_in_a_spaced_transcript(ctx):
    example = ("“ {Police officers:USACOP} shooting {young men:USACVL}, {young men:USACVL} shooting "
               "{young men:USACVL}, it ’ s a problem that needs to be dealt with.")
    assert _codes(ctx, example) == []
