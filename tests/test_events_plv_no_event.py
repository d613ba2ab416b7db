"""General phrasings behind PLV sentences where nothing was coded (AID, CONCEDE/RETREAT,
REJECT), taken from the even half of PLV only, each rule with our own sentence.

* What is given can be a part of it: "supplied [most] / [90 percent] of the weapons" (CAMEO 072) — a partitive
  head is read through its "of" the way "$4 million worth of" already was (``trigger_words.MEASURE_WORDS``).
* "a team of medical experts, equipment and drugs": every thing listed after "of" is what is sent (073), not
  only the first (``trigger_words.object_words`` takes the conjuncts).
* Peacekeepers deployed "along" a border or corridor protect it (074; ``aid.peacekeepers`` ``target_preps``).

Also: a verb whose object is "no X" ("conducted [no] strikes", "no strikes were carried out") tells that the act
did not happen (``modality._none_done``); found in actors' round-4 sample as an asserted 195.
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _asserted(events):
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events if not e.negated}


@pytest.mark.parametrize(("example", "expected"), [
    ("{Russia:RUS} supplied most of the weapons to {Syria:SYR}.", ("RUS", "SYR", "072")),
    ("{Russia:RUS} has supplied 90 percent of the arms to {Syria:SYR}.", ("RUS", "SYR", "072")),
    ("{China:CHN} sent a team of medical experts, equipment and drugs to {Laos:LAO}.", ("CHN", "LAO", "07")),
    ("{Russia:RUS} has deployed 2,000 peacekeepers along {the Armenian border:ARM}.", ("RUS", "ARM", "074")),
])
def test_events_plv_no_event_rule(ctx, example, expected):
    _, found = code_example(ctx, example)
    source, target, code = expected
    assert any(s == source and t == target and c.startswith(code) for s, t, c in _asserted(found)), _asserted(found)


@pytest.mark.parametrize("example", [
    "{The coalition:USAMIL} conducted no strikes near {Mosul:IRQ} on Monday.",
    "No strikes were carried out by {the coalition:USAMIL} near {Mosul:IRQ}.",
])
def test_events_no_object_negates(ctx, example):
    _, found = code_example(ctx, example)
    assert not any(c.startswith("19") for _, _, c in _asserted(found)), _asserted(found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{The coalition:USAMIL} conducted strikes near {Mosul:IRQ} on Monday.", ("USAMIL", "19")),
    ("{Rebels:SYRREB} killed no fewer than 20 {soldiers:SYRMIL} in Idlib.", ("SYRREB", "190")),
])
def test_events_no_object_guards(ctx, example, expected):
    _, found = code_example(ctx, example)
    source, code = expected
    assert any(s == source and c.startswith(code) for s, _, c in _asserted(found)), _asserted(found)


@pytest.mark.parametrize("example", [
    "{Russia:RUS} paid part of the cost of the stadium in {Qatar:QAT}.",
    "{Nigeria:NGA} deployed 500 soldiers along the border with {Cameroon:CMR}.",
])
def test_events_plv_no_event_guards(ctx, example):
    _, found = code_example(ctx, example)
    assert not any(c.startswith("07") for _, _, c in _asserted(found)), _asserted(found)
