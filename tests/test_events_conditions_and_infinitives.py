"""Targets the parser puts in another clause: the one who must meet a condition, and the object of "V X to Y".

* Threats, refusals, concessions (13, 12, 08) with no one else named are aimed at whoever must meet their
  condition: "threatened to kill the hostages unless [France] pays", "will not lift the embargo until [Cuba]
  holds elections" (``roles.condition_subjects``, ``roles_by_code.condition_targets``). A threat's condition comes
  before the doer of the threatened act ("warned that Iran would strike if [Israel] attacks": aimed at Israel,
  not at Iran) and before a thing it would act on ("threatened to copy Brazil's moratorium if [the banks]
  refuse").
* "welcomed [X] to mediate", "welcomed [X] to broker a ceasefire": the parser makes X the subject of the
  infinitive, but X is the one welcomed (``roles.infinitive_subject``).
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _asserted(events):
    return {(e.source.text, e.target.text if e.target else None, e.cameo) for e in events if not e.negated}


@pytest.mark.parametrize(("example", "expected"), [
    ("{The rebels:SYRREB} threatened to kill the hostages unless {France:FRA} pays a ransom.",
     ("The rebels", "France", "13")),
    ("{Obama:USAGOV} has said he will not lift the embargo until {Cuba:CUB} holds free elections.",
     ("Obama", "Cuba", "12")),
    ("{The Iranian general:IRNMIL} warned that {Iran:IRN} would strike if {Israel:ISR} attacks.",
     ("The Iranian general", "Israel", "13")),
    ("{Argentina:ARG} threatened to copy {Brazil:BRA}'s debt moratorium if {the banks:USABUS} refuse its request.",
     ("Argentina", "the banks", "13")),
])
def test_events_condition_target(ctx, example, expected):
    found = _asserted(code_example(ctx, example)[1])
    source, target, code = expected
    assert any(s == source and t == target and c.startswith(code) for s, t, c in found), found


@pytest.mark.parametrize(("example", "expected"), [
    ("{The ministry:ARMGOV} on Friday welcomed {Chinese President Li Wei:CHNGOV} to mediate between "
     "{Armenia:ARM} and {Azerbaijan:AZE}.", ("The ministry", "Chinese President Li Wei", "05")),
    ("{Kenya:KEN} welcomed {Nigerian President Musa Bello:NGAGOV} to broker a ceasefire between the two sides.",
     ("Kenya", "Nigerian President Musa Bello", "05")),
])
def test_events_infinitive_subject_target(ctx, example, expected):
    found = _asserted(code_example(ctx, example)[1])
    source, target, code = expected
    assert any(s == source and t == target and c.startswith(code) for s, t, c in found), found


@pytest.mark.parametrize(("example", "source", "target"), [
    # a time, not a party, after "until": no target
    ("{Russia:RUS} will not lift the sanctions until March.", "Russia", None),
    # a refusal's own object comes before the condition's subject
    ("{Obama:USAGOV} said he will not lift the embargo on {Cuba:CUB} until {Congress:USALEG} acts.",
     "Obama", "Cuba"),
])
def test_events_condition_guards(ctx, example, source, target):
    found = _asserted(code_example(ctx, example)[1])
    assert any(s == source and t == target for s, t, _ in found), found
    assert not any(s == source and t not in (target, None) for s, t, _ in found), found
