"""Acts of force told with idioms, and judicial acts told in the passive (own sentences).

* "pulled / drew / pointed a gun on / at X" is an assault (CAMEO 180, ``assault.pull_weapon``), not the 087
  withdrawal of "pulled out of"; one-sided when X is named but not coded (``target: named``), no event when no
  one is named.
* "struck down the ban / law / regulation" voids a rule: no use of force (``fight.attack_object`` ``not_object``).
* "took / held X hostage", "X was taken hostage by Y" is 181 (``assault.take_hostage``); "held [two guards
  hostage]" parsed as a clause still names the guards (``roles_verb._held``); "two reporters [held] hostage in
  Mali" parsed as a clause of its own names the reporters as the ones held, not as the doers
  (``voice._held_hostage``); "holding the bill hostage" is a figure of speech.
* "overpowered X" is a physical assault (182); "gunned down X" a shooting (193, ``fight.gun_down``); "captured
  the escaped convict" an arrest (173, ``coerce.capture_fugitive``).
* A passive sentencing, conviction or charge with no "by" agent is the act of the court or state named in its
  "in" phrase, as a passive arrest already is (``roles_verb.JUDICIAL_VERBS``, ``dyads._custodian``).
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _coded(events):
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events if not e.negated}


@pytest.mark.parametrize(("example", "expected"), [
    ("{A prisoner:USACRM} pulled a knife on {a prison nurse:USACVL} on Sunday.", ("USACRM", "USACVL", "180")),
    ("{A masked man:MEXCRM} pointed a rifle at {the shop owners:MEXBUS}.", ("MEXCRM", "MEXBUS", "180")),
    # the one threatened named but not coded: one-sided
    ("{An inmate:USACRM} pulled a knife on two nurses at the clinic.", ("USACRM", None, "180")),
    ("{Pirates:SOMCRM} took {twelve sailors:PHLCVL} hostage off the coast.", ("SOMCRM", "PHLCVL", "181")),
    ("{The kidnappers:NGACRM} held {four oil workers:GBRBUS} hostage for a week.", ("NGACRM", "GBRBUS", "181")),
    ("{Twenty foreign tourists:DEUCVL} were taken hostage by {the gang:MEXCRM}.", ("MEXCRM", "DEUCVL", "181")),
    ("{The prisoners:GRCCRM} overpowered {three wardens:GRCCOP} before dawn.", ("GRCCRM", "GRCCOP", "182")),
    ("{A gunman:PAKUAF} gunned down {a police officer:PAKCOP} in Karachi.", ("PAKUAF", "PAKCOP", "193")),
    ("{The journalist:MEXMED} was gunned down by {cartel gunmen:MEXCRM}.", ("MEXCRM", "MEXMED", "193")),
    ("{The former mayor:KENGOV} was sentenced in {a Mombasa court:KENJUD} to six years.",
     ("KENJUD", "KENGOV", "116")),
    ("{Three activists:EGYOPP} were convicted in {Egypt:EGY} on Tuesday.", ("EGY", "EGYOPP", "116")),
    ("{The banker:CHEBUS} was indicted in {a Geneva court:CHEJUD} last year.", ("CHEJUD", "CHEBUS", "173")),
    ("{Colombian police:COLCOP} captured {the escaped convict:COLCRM} near Cali.", ("COLCOP", "COLCRM", "173")),
])
def test_events_force_idioms_and_passive_courts_rule(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in _coded(found), _coded(found)


@pytest.mark.parametrize(("example", "absent"), [
    # a weapon drawn is no withdrawal (087)
    ("{A prisoner:USACRM} pulled a knife on {a prison nurse:USACVL} on Sunday.", "087"),
    # a law voided is no attack
    ("{The state legislature:USALEG} struck down the ban on Wednesday.", "190"),
    ("{The Federal Court:AUSJUD} struck down the regulation on Friday.", "190"),
    # the ones held are not the hostage-takers
    ("{Two aid workers:FRACVL} held hostage in Mali were freed on Monday.", "181"),
])
def test_events_force_idioms_rule_removes(ctx, example, absent):
    _, found = code_example(ctx, example)
    assert all(c != absent for _, _, c in _coded(found)), _coded(found)


@pytest.mark.parametrize(("example", "absent"), [
    ("{The suspect:USACRM} drew a gun.", "180"),  # no one threatened
    ("{The suspect:USACRM} drew a gun on Monday.", "180"),  # a day is no one
    ("{The senators:USALEG} are holding the spending bill hostage.", "181"),  # a figure of speech
    # where the crime happened is not who charges: the "in" phrase belongs to the killing
    ("{The soldier:GBRMIL} was charged with killing a farmer in {Iraq:IRQ}.", "173"),
    ("{A man:USACVL} was sentenced on Saturday to life in prison.", "116"),  # no court, no state: no source
    ("{A man:USACVL} was sentenced on Saturday to life in prison.", "173"),
    ("{Syrian rebels:SYRREB} captured {two government soldiers:SYRMIL}.", "173"),  # soldiers taken in war
    ("{A Briton:GBRCVL} was captured in {Afghanistan:AFG} in 2001.", "173"),  # a capture's place is not its doer
])
def test_events_force_idioms_and_passive_courts_guard(ctx, example, absent):
    _, found = code_example(ctx, example)
    assert all(c != absent for _, _, c in _coded(found)), _coded(found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{Russian troops:RUSMIL} pulled out of {Georgia:GEO} in October.", "087"),
    ("{Israeli jets:ISRMIL} struck {Hamas positions:PSEREBHMS} in Gaza.", "190"),
    ("{Police:USACOP} shot {the suspect:USACRM} outside the bank.", "193"),
])
def test_events_force_idioms_kept(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in {c for _, _, c in _coded(found)}, _coded(found)
