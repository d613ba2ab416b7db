"""Planned measures and ordered acts.

A plan of protest, reduced relations or coercion aimed at no one ("planned to declare a national emergency")
is the act, intended, not a threat; announced ("will extend the curfew"), aimed at someone, or under a
condition it stays CAMEO's threat, and a planned act of force is a threat as before. The infinitive of an
order ("directed agencies to consult scientists") is the addressee's act, never one of who gives the order.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


def _coded(ctx, example):
    _, found = code_example(ctx, example)
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in found}


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Peruvian president:PERGOV} planned to sign the budget and declare a national emergency.",
     ("PERGOV", None, "1724", "intended")),
    ("{The Peruvian president:PERGOV} plans to declare a state of emergency.", ("PERGOV", None, "1724", "intended")),
    ("{The Chilean government:CHLGOV} intends to impose a curfew.", ("CHLGOV", None, "1723", "intended")),
    ("{Kenyan opposition leaders:KENOPP} plan to hold a rally on Friday.", ("KENOPP", None, "141", "intended")),
])
def test_events_plan_aimed_at_no_one_is_the_act_intended(ctx, example, expected):
    assert expected in _coded(ctx, example)


@pytest.mark.parametrize(("example", "expected"), [
    # an announcement of the measure is CAMEO's threat
    ("{The Chilean government:CHLGOV} will impose a curfew.", ("CHLGOV", None, "1323", "intended")),
    # a condition someone must meet
    ("{The Peruvian president:PERGOV} plans to declare a state of emergency if the strike goes on.",
     ("PERGOV", None, "1324", "intended")),
    # a threat is still told by "threaten"
    ("{The Peruvian president:PERGOV} threatened to declare a state of emergency.", ("PERGOV", None, "1324",
                                                                                    "asserted")),
    # a planned act of force
    ("{Iran:IRN} plans to attack {Israel:ISR}.", ("IRN", "ISR", "1384", "intended")),
])
def test_events_announced_or_conditional_measure_stays_a_threat(ctx, example, expected):
    assert expected in _coded(ctx, example)


@pytest.mark.parametrize("example", [
    "{The Peruvian president:PERGOV} directed state agencies to continue consulting with {farmers:PERCVL}.",
    "{The Peruvian president:PERGOV} instructed the envoy to meet with {Chilean officials:CHLGOV}.",
    "{The Peruvian president:PERGOV} ordered his staff to negotiate with {Bolivia:BOL}.",
])
def test_events_ordered_act_is_not_the_act_of_who_orders(ctx, example):
    assert not [code for code in _coded(ctx, example) if code[0] == "PERGOV" and code[2][:2] == "04"]


@pytest.mark.parametrize("example, expected", [
    ("{Bolivia's president:BOLGOV} ordered {the Bolivian army:BOLMIL} to withdraw.", ("BOLMIL", None, "087")),
    ("{The Peruvian president:PERGOV} directed {the army:PERMIL} to withdraw from {Bolivia:BOL}.",
     ("PERMIL", "BOL", "087")),
    ("{The general:PERMIL} commanded {the troops:PERMIL} to attack {the rebels:PERREB}.", ("PERMIL", "PERREB", "190")),
])
def test_events_ordered_act_is_the_addressee_act(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)
