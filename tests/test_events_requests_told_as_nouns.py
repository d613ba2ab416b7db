"""Requests told as nouns: who asked, what for, and that the act asked for is not done.

* A call or demand for someone to resign is CAMEO 1041 (demand leadership change), told as a noun too
  ("X's calls for Y to resign"; ``10_demand.yaml``, ``demand.leadership_change_noun``).
* The parser often hangs the infinitive of a request noun on the main verb or on the "by" phrase ("issued a
  call for Y [to resign]", "calls by X [to resign]"): it is still what the noun asks for
  (``trigger_words.asked_infinitive``), so the resignation is asked for, never coded as done.
* Rejecting a call does not deny that it was made: "rejected calls by X to resign" is X's demand, asserted,
  beside the rejection (120).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The opposition's:KENOPP} calls for {the president:KENGOV} to resign grew louder.", ("KENOPP", "KENGOV")),
    ("{The senator:USALEG} issued an angry call for {the governor:USAGOV} to resign on Monday.",
     ("USALEG", "USAGOV")),
    ("Calls by {the opposition:KENOPP} for the president to resign grew louder.", ("KENOPP", None)),
])
def test_events_call_to_resign_is_a_demand_for_leadership_change(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert (*expected, "1041") in dyads(found)
    assert not any(e.cameo.startswith("083") for e in found)  # nobody resigned


def test_events_rejected_call_was_still_made(ctx):
    _, found = code_example(ctx, "{The ruling party:KENPTY} rejected calls by {the opposition:KENOPP} to resign.")
    assert dyads(found) == {("KENPTY", "KENOPP", "120"), ("KENOPP", None, "1041")}
    assert {e.modality for e in found} == {"asserted"}


@pytest.mark.parametrize("example", [
    "{The president:KENGOV} called {the opposition leader:KENOPP} to discuss his resignation.",  # a phone call
    "{The president:KENGOV} resigned after calls by {the opposition:KENOPP} grew louder.",
])
def test_events_call_noun_guards(ctx, example):
    _, found = code_example(ctx, example)
    assert not any(e.cameo == "1041" for e in found)


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("Calls by the opposition for the president to resign grew louder.", "resign", "hypothetical"),
    ("The president dismissed the calls by the opposition to resign.", "resign", "hypothetical"),
    ("The president went to the capital to resign.", "resign", "asserted"),  # no request before it
])
def test_events_infinitive_of_a_request_noun_is_not_done(ctx, text, verb, expected):
    from eventwire.events.modality import modality

    doc = ctx.nlp(text)
    assert modality(next(t for t in doc if t.lower_ == verb)) == expected
