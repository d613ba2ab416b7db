"""What is demanded, called for or urged has not happened, however the request is coordinated (own sentences).

* A verb coordinated with a requested one shares its governor: "urged X to stop the raids and [withdraw]" is
  hypothetical (``modality.governing_chain`` passes over the first conjunct); a conjunct of another form
  ("refused to free them and [expelled] the envoy") was done.
* A purpose clause or an infinitival relative carries the governor's scope up ("called on X to hold a session
  [to discuss] it and [open] an inquiry"), but is no complement of its own verb ("went to Ankara [to meet] X":
  the meeting was held).
* "pushed for the UN [to investigate]": a request's "for X to" clause is its complement, however spaCy hangs it
  (``modality._asked_with_for``); any other subordinate clause is a circumstance outside the main clause's scope.
* A headline run into the text ("Opposition demands UN [investigation] ...") asks for the act whatever the
  parser made of it (``requested.demanded_before``).
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, cameo", [
    ("{The minister:FRAGOV} urged {Russia:RUS} to stop its support for the regime and withdraw its troops.", "087"),
    ("{The minister:FRAGOV} demanded that {Israel:ISR} halt the raids and withdraw its forces.", "087"),
    ("{The senator:USALEG} asked {the court:USAJUD} to order an inquiry and arrest the officers.", "173"),
    ("{The rebels:SYRREB} called on {the United Nations:IGOUNO} to hold an urgent session and open an inquiry "
     "into the shelling.", "090"),
    ("{The rebels:SYRREB} called on {the United Nations:IGOUNO} to hold an urgent session to discuss the shelling "
     "and open an inquiry into it.", "090"),
    ("{The opposition:SYROPP} pushed for {the UN:IGOUNO} to investigate the shelling and punish those responsible.",
     "090"),
])
def test_events_a_demanded_act_is_hypothetical(ctx, example, cameo):
    found = coded_moods(ctx, example, cameo)
    assert found and all(m == "hypothetical" for *_, m in found), found


def test_events_a_demand_run_in_from_a_headline_is_hypothetical(ctx):
    found = coded_moods(ctx, "Shelling kills 20 in the north {Opposition:SYROPP} demands {UN:IGOUNO} investigation "
                         "{The opposition coalition:SYROPP} demanded a probe into the shelling.", "090")
    assert found and all(m == "hypothetical" for *_, m in found), found


def test_events_a_conjunct_of_another_form_was_done(ctx):
    found = coded_moods(ctx, "{Iran:IRN} refused to free {the sailors:GBRMIL} and expelled {the envoy:GBRGOV}.", "161")
    assert found == [("161", "IRN", "GBRGOV", "asserted")], found


def test_events_a_purpose_clause_is_no_plan(ctx):
    found = coded_moods(ctx, "{Putin:RUSGOV} went to Ankara to meet {Erdogan:TURGOV}.", "04")
    assert found == [("040", "RUSGOV", "TURGOV", "asserted")], found


def test_events_a_purpose_clause_shares_the_plan_above(ctx):
    found = coded_moods(ctx, "{Putin:RUSGOV} agreed to go to Ankara to meet {Erdogan:TURGOV}.", "036")
    assert found == [("036", "RUSGOV", "TURGOV", "intended")], found


def test_events_the_deed_inquired_into_stays_asserted(ctx):
    found = coded_moods(ctx, "{The rebels:SYRREB} demanded an inquiry into the shelling of Homs by "
                         "{the army:SYRMIL}.", "19")
    assert all(m == "asserted" for *_, m in found), found


@pytest.mark.parametrize("example, cameo", [
    ("“If {Trump:USAGOV} oversteps his authority and abandons negotiations with {Congress:USALEG}, we won’t only "
     "call his bluff.”", "164"),
])
def test_events_a_circumstance_is_outside_the_main_clause(ctx, example, cameo):
    found = coded_moods(ctx, example, cameo)
    assert found and all(m not in ("negated", "denied") for *_, m in found), found


def test_events_a_clause_told_beside_a_supposition_is_asserted(ctx):
    found = coded_moods(ctx, "The president would no longer stand aside, even as {Sen. Sanders:USALEG} vows to stay in "
                         "the race.", "030")
    assert found and all(m == "asserted" for *_, m in found), found
