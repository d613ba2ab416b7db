"""Four gaps in the patterns found in the no-event sentences of the PLV even half.

* Walking (or storming) out of talks or a meeting breaks the talks off: CAMEO 164 "halt negotiations"
  (``16_reduce.yaml``, ``reduce.walk_out``). The meeting that was walked out of is not coded as held (040):
  a 164/165 match consumes its evidence words (``matching.HALTING_CODES``).
* Easing a travel, visa or flight ban is CAMEO 081 (administrative), and a ban "to" a state is aimed at it
  (``08_yield.yaml``, ``yield.ease_travel_ban``).
* Firing (or exchanging fire) across a ceasefire or truce line violates the ceasefire: CAMEO 196
  (``19_fight.yaml``); it is no declared ceasefire (0871).
* An investigation "against" someone names whom it investigates, for human-rights and war-crimes inquiries as
  for the others (``09_investigate.yaml``; 092, 094).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Greek delegation:GRCGOV} walked out of talks with {Turkey:TUR} on Friday.", ("GRCGOV", "TUR", "164")),
    ("{Opposition lawmakers:ZWEOPP} stormed out of a meeting with {the Zimbabwean president:ZWEGOV}.",
     ("ZWEOPP", "ZWEGOV", "164")),
])
def test_events_walking_out_of_talks_halts_them(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == {expected}  # the talks walked out of are not also coded as held (040/043)


@pytest.mark.parametrize("example", [
    "{Greek workers:GRCLAB} walked out of the {Turkish:TUR} embassy on Friday.",  # no talks: nothing halted
    "{The German chancellor:DEUGOV} held a meeting with {the French president:FRAGOV} on Monday.",
])
def test_events_walk_out_guards(ctx, example):
    _, found = code_example(ctx, example)
    assert not any(e.cameo == "164" for e in found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Ugandan police:UGACOP} ordered an investigation against {Kenyan officials:KENGOV} over alleged abuses.",
     ("UGACOP", "KENGOV", "092")),
    ("{The United Nations:IGOUNO} opened a war crimes inquiry against {the Syrian army:SYRMIL}.",
     ("IGOUNO", "SYRMIL", "094")),
])
def test_events_investigation_against_names_its_target(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{Canada:CAN} lifted its travel ban to {Nigeria:NGA} after two months.", ("CAN", "NGA", "081")),
    ("{Japan:JPN} eased visa restrictions on {Vietnamese workers:VNMLAB}.", ("JPN", "VNMLAB", "081")),
])
def test_events_easing_a_travel_ban_is_administrative(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


def test_events_easing_trade_sanctions_stays_economic(ctx):
    _, found = code_example(ctx, "{Canada:CAN} lifted its trade sanctions on {Nigeria:NGA}.")
    assert ("CAN", "NGA", "085") in dyads(found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{Indian:IND} and {Pakistani soldiers:PAKMIL} fired across the ceasefire line on Sunday.",
     {("IND", "PAKMIL", "196"), ("PAKMIL", "IND", "196")}),
    ("{Georgian:GEO} and {Abkhaz forces:GEOREB} exchanged fire across the ceasefire line.",
     {("GEO", "GEOREB", "196"), ("GEOREB", "GEO", "196")}),  # breaching a ceasefire declares none (0871)
])
def test_events_firing_across_a_ceasefire_line_violates_it(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert dyads(found) == expected


def test_events_firing_across_a_plain_border_is_an_attack(ctx):
    _, found = code_example(ctx, "{Indian soldiers:INDMIL} fired across the border at {Pakistani posts:PAKMIL}.")
    assert dyads(found) == {("INDMIL", "PAKMIL", "190")}
