"""Words read in another sense. A violence verb whose object is an animal is no political
event ("shot three foxes", "killed a stray dog", "slaughtered 300 sheep"), and "step" as a noun ("take that step")
is no demand that a leader step down. The same verbs with people, and "step down", still code."""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize(("example", "root"), [
    ("{Israeli troops:ISRMIL} shot two foxes near the border.", "19"),
    ("{Egyptian police:EGYCOP} shot a stray dog in Cairo.", "19"),
    ("{Indian soldiers:INDMIL} were shooting wild boars near the village.", "19"),
    ("{Egyptian police:EGYCOP} killed a stray dog in Cairo.", "19"),
    ("{Syrian soldiers:SYRMIL} killed three camels near Palmyra.", "19"),
    ("{Syrian rebels:SYRREB} slaughtered 300 sheep in Idlib.", "20"),
])
def test_events_violence_against_an_animal_is_no_event(ctx, example, root):
    _, found = code_example(ctx, example)
    assert not [e for e in found if e.cameo.startswith(root)]


@pytest.mark.parametrize(("example", "cameo"), [
    # guards: people as the object keep the event, and so does a person named beside an animal
    ("{Egyptian police:EGYCOP} shot {a protester:EGYOPP} in Cairo.", "175"),  # police on a protester: repression
    ("{Syrian soldiers:SYRMIL} killed {three civilians:SYRCVL} near Palmyra.", "190"),
    ("{Egyptian police:EGYCOP} shot dead {a man:EGYCVL} and his dog.", "193"),
    ("{The militia:SDNREB} slaughtered {hundreds of villagers:SDNCVL} in Darfur.", "202"),
])
def test_events_violence_against_people_is_kept(ctx, example, cameo):
    _, found = code_example(ctx, example)
    assert [e for e in found if e.cameo == cameo]


@pytest.mark.parametrize(("example", "cameo"), [
    # "step" as a noun is a measure taken, not stepping down: the appeal stays an appeal
    ("{The Egyptian foreign minister:EGYGOV} urged {Israel:ISR} to take that step.", "020"),
    ("{The Egyptian foreign minister:EGYGOV} urged {Israel:ISR} to embark on a 12-step program of reform.", "020"),
    ("{The Egyptian foreign minister:EGYGOV} called on {Israel:ISR} to take steps toward peace.", "020"),
    # guards: the leaving verbs still demand a leader's departure
    ("{Egyptian protesters:EGYOPP} urged {President Mubarak:EGYGOV} to step down.", "1041"),
    ("{Egyptian protesters:EGYOPP} called on {President Mubarak:EGYGOV} to go.", "1041"),
])
def test_events_a_step_taken_is_no_stepping_down(ctx, example, cameo):
    _, found = code_example(ctx, example)
    assert {e.cameo for e in found} == {cameo}


@pytest.mark.parametrize(("example", "supports"), [
    # an economy, a currency or a sum that is "supported" is propped up, not endorsed
    ("{The Egyptian central bank:EGYGOVBUS} will provide liquidity to support the economy.", False),
    ("{The Egyptian government:EGYGOV} supports a level of funding for schools.", False),
    ("{The Japanese central bank:JPNGOVBUS} intervened to support the yen.", False),
    # guards: supporting a government or a bid is still endorsement
    ("{Russia:RUS} supports {the Syrian government:SYRGOV} in the war.", True),
    ("{The Egyptian government:EGYGOV} supports the {Palestinian:PSE} bid at the United Nations.", True),
    # guard: only the object's head noun decides; a bill about spending is a bill backed
    ("{The Egyptian president:EGYGOV} said he will support a short-term spending bill.", True),
    ("{The Egyptian government:EGYGOV} supports the market reforms.", True),
])
def test_events_propping_up_an_economy_is_no_support(ctx, example, supports):
    _, found = code_example(ctx, example)
    assert bool([e for e in found if e.pattern == "diplomatic.support_verb"]) is supports


@pytest.mark.parametrize(("example", "consults"), [
    # a telephone call reaches someone: a call with no one called is a declaration or an appeal
    ("{The Egyptian president:EGYGOV} said he could call a national emergency.", False),
    ("{The Egyptian president:EGYGOV} issued a rallying call to the party.", False),
    ("The talks followed a call by {the Japanese prime minister:JPNGOV} to clear up any misunderstandings.", False),
    # guards: a call to or with a named party is still a consultation
    ("{The Israeli president:ISRGOV} called {the Ethiopian president:ETHGOV} on Friday.", True),
    ("{The Japanese prime minister:JPNGOV} held a call with {the Australian prime minister:AUSGOV} on trade.", True),
])
def test_events_a_call_to_no_one_is_no_consultation(ctx, example, consults):
    _, found = code_example(ctx, example)
    assert bool([e for e in found if e.cameo == "041"]) is consults
