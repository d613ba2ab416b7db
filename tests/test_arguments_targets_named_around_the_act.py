"""Targets that English names around the act rather than as its plain object (``events.roles_noun``,
``events.roles_verb``, ``events.subjects``).

An act's target is often written where a plain object reading misses it: in the "of" phrase of an act noun
whose doer stands before it ("the government's repression of X"), once after two coordinated verbs ("arrested
and beat X"), as the indirect object of the verb that carries an event noun ("gave X an ultimatum"), or in the
participle of aiming on a strike noun ("conducted sorties targeting X"), or as the owner of the thing a
verbal act is about ("backed his measures"). A participle of harm the parser hung
on what was struck ("destroyed the vehicles of the terrorists killing ...") is the striker's act, not the
struck's.
"""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads
from events_support import code_example


def _dyads(ctx, example: str) -> set[tuple[str, str | None, str]]:
    _, found = code_example(ctx, example)
    return {(e.source.code, e.target.code if e.target else None, e.cameo[:2]) for e in found}


@pytest.mark.parametrize(("example", "expected"), [
    # the "of" phrase of an act noun with its doer before it is whom the act is done to
    ("{The Cuban government:CUBGOV}'s repression of {dissidents:CUBOPP} has not eased.", ("CUBGOV", "CUBOPP", "17")),
    ("{The Syrian regime:SYRGOV}'s siege of {rebel fighters:SYRREB} went on all winter.",
     ("SYRGOV", "SYRREB", "19")),
    # one object written after two coordinated verbs is the object of both
    ("{Israeli troops:ISRMIL} arrested and beat {Palestinian protesters:PSEOPP}.", ("ISRMIL", "PSEOPP", "17")),
    ("{The army:SYRMIL} had killed 28 and wounded 30 {Islamic State militants:IMGMUSISI} in the city.",
     ("SYRMIL", "IMGMUSISI", "19")),
    # the indirect object of the verb carrying an event noun is whom it is addressed to
    ("{The Kremlin:RUSGOV} gave {Kiev:UKR} an ultimatum.", ("RUSGOV", "UKR", "13")),
    ("{Washington:USA} sent {Tehran:IRN} a stern warning on Friday.", ("USA", "IRN", "13")),
])
def test_arguments_target_named_around_the_act(ctx, example, expected):
    assert expected in _dyads(ctx, example)


def test_arguments_strikes_aimed_by_a_participle_target_its_object_not_the_place(ctx):
    """ "conducted sorties targeting positions of X in Homs province": the air strike (195) is aimed at X, as
    "strikes on X" would say; the province is only where."""
    _, found = code_example(ctx, "{The Syrian Air Force:SYRMIL} conducted sorties targeting positions of "
                                 "{Nusra Front:SYRREBNSR} fighters in {Homs:SYR} province.")
    strikes = [(e.source.code, e.target.code if e.target else None) for e in found if e.cameo == "195"]
    assert strikes == [("SYRMIL", "SYRREBNSR")]


def test_arguments_harm_participle_on_the_struck_things_owner_is_the_strikers(ctx):
    dyads = _dyads(ctx, "{The army air force:SYRMIL} destroyed the vehicles of {the terrorists:SYRUAF} killing "
                        "a number of {terrorists:SYRUAF}.")
    assert ("SYRMIL", "SYRUAF", "19") in dyads
    assert not any(source == "SYRUAF" and root == "19" for source, _, root in dyads)


def test_arguments_a_verbs_own_object_is_not_traded_for_its_neighbours(ctx):
    """ "arrested two men and questioned the mayor": the arrest has its own object, so the mayor is not its
    target; nor is a verb with a subject of its own a shared-object conjunct."""
    dyads = _dyads(ctx, "{Police:USACOP} arrested two men and questioned {the mayor:USAGOV}.")
    assert not any(target == "USAGOV" and root == "17" for _, target, root in dyads)


def test_arguments_verbal_act_on_a_thing_is_aimed_at_its_owner(ctx):
    """ "the judges backed his measures": "his" is the minister who said so (the judges are no "he"), and the
    backing is aimed at him. Read with the actors stage, which says who is a person."""
    dyads = pipeline_dyads(ctx, "Home Secretary Charles Clarke said the judges backed his measures.",
                           "owner-of-the-thing", published="2005-03-01")
    assert ("GBRJUD", "GBRGOV", "051") in dyads


def test_arguments_the_doers_own_thing_gives_no_target(ctx):
    """ "Russia defended its decision": the owner of the thing defended is the doer itself, no target."""
    _, found = code_example(ctx, "{Russia:RUS} defended its decision to close the consulate.")
    assert [(e.source.code, e.target) for e in found if e.cameo == "052"] == [("RUS", None)]
