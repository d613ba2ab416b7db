"""Pledged support, given permission and decisions taken (own sentences).

* Pledging one's support for an actor states backing now: CAMEO 051 endorse, PLOVER SUPPORT ("express support
  for"). A pledge of support of a material kind announces aid to come (0331 economic, 0332 military, 0333
  humanitarian). "Pledged to support X" (a promised act) stays 032, intended.
* Giving or granting another actor permission is a concession (080); saying one would not give it is a
  refusal (124), asserted, as for any refused 08 act.
* A decision taken is the act ("decided to lift sanctions" is 085, asserted), not an intention; a decision to
  meet is still an intent to meet (036), as its own pattern says.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{Chile:CHL} pledged its full support for {the Peruvian government:PERGOV} on Monday.",
     ("051", "CHL", "PERGOV", "asserted")),
    ("{The senator:USALEG} vowed solidarity with {the striking miners:USALAB}.",
     ("051", "USALEG", "USALAB", "asserted")),
    ("{Qatar:QAT} pledged financial support to {Jordan:JOR}.", ("0331", "QAT", "JOR", "asserted")),
    ("{Turkey:TUR} promised military support for {Azerbaijan:AZE}.", ("0332", "TUR", "AZE", "asserted")),
    ("{Denmark:DNK} pledged humanitarian support to {Yemen:YEM}.", ("0333", "DNK", "YEM", "asserted")),
    ("{The senator:USALEG} pledged to support {the governor:USAGOV}.", ("032", "USALEG", "USAGOV", "intended")),
])
def test_events_pledged_support_is_endorsement_unless_material(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


@pytest.mark.parametrize("example, expected", [
    ("{The ministry:EGYGOV} granted permission to {the aid agency:NGO} to enter the camp.",
     ("080", "EGYGOV", "NGO", "asserted")),
    ("{Jordan:JOR} gave {Iraq:IRQ} permission to use its airspace.", ("080", "JOR", "IRQ", "asserted")),
    ("{The minister:INDGOV} said he would not give permission to {the company:INDBUS} to build the dam.",
     ("124", "INDGOV", "INDBUS", "asserted")),
])
def test_events_given_permission_is_a_concession_and_withheld_a_refusal(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


@pytest.mark.parametrize("example, expected", [
    ("{Canada:CAN} has decided to lift the sanctions imposed on {Belarus:BLR}.", ("085", "CAN", "BLR", "asserted")),
    ("{Chile:CHL} decided to release {the Bolivian fishermen:BOLCVL}.", ("0841", "CHL", "BOLCVL", "asserted")),
    ("{Chile:CHL} and {Peru:PER} decided to meet in Lima next month.", ("036", "CHL", "PER", "asserted")),
])
def test_events_a_decision_taken_is_the_act(ctx, example, expected):
    assert expected in coded_moods(ctx, example)
