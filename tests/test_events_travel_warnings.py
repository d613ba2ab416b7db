"""Travel warnings reduce relations with the place named (CAMEO 160).

PETRARCH's CAMEO.2.0 dictionary codes "advise against travel", "caution against travelling" and "travel
warning" as 160 ``16_reduce.yaml``: ``reduce.advise_against_travel``, ``reduce.travel_warning``. The place one
is told not to go is the target; with no place named the advice is no event. A warning to travellers is no
threat (130) and a travel alert readies no forces (152); "warned X against a visit" stays a warning.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Dutch foreign ministry:NLDGOV} advised against all travel to {Sudan:SDN} on Monday.",
     ("NLDGOV", "SDN", "160")),
    ("{Australia:AUS} cautioned against travelling to {Fiji:FJI} after the coup.", ("AUS", "FJI", "160")),
    ("{Washington:USA} issued a new travel warning for {Kenya:KEN}.", ("USA", "KEN", "160")),
    ("{Seoul:KOR} raised its travel alert for {the Philippines:PHL} to the highest level.", ("KOR", "PHL", "160")),
])
def test_events_travel_warning_reduces_relations_with_the_place(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == {expected}


@pytest.mark.parametrize("example", [
    "{The Irish government:IRLGOV} advised against travel to the area.",
    "{The Irish government:IRLGOV} issued a travel advisory on Friday.",
    "{The Irish government:IRLGOV} warned {its citizens:IRLCVL} against travelling abroad.",
])
def test_events_travel_warning_without_a_place_or_to_own_people_is_no_event(ctx, example):
    _, found = code_example(ctx, example)
    assert found == []


def test_events_warning_against_a_visit_stays_a_warning(ctx):
    _, found = code_example(ctx, "{Egypt:EGY} warned {Israel:ISR} against a visit to the mosque.")
    assert dyads(found) == {("EGY", "ISR", "130")}
