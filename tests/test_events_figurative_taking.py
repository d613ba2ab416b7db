"""Seizing on an argument and taking over an inquiry or a priority take no property and no ground.

``events/misreadings.seizes_upon``: "seized / grabbed / pounced on X" with no object is making use of X,
not a confiscation (1711) or a capture (192). ``19_fight.yaml``: ``fight.take_over`` leaves out offices,
inquiries, bodies and priorities ("took over the probe", "take priority over").
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_seized_on_the_attacks_is_no_seizure(ctx):
    _, found = code_example(ctx, "{The senator:USALEG} seized on the attacks as evidence of weakness.")
    assert all(e.root not in ("17", "19") for e in found)


def test_events_seized_upon_a_report_is_no_seizure(ctx):
    _, found = code_example(ctx, "{The Democrats:USAPTY} seized upon the report to question {the White House:USAGOV}.")
    assert all(e.cameo != "1711" for e in found)


def test_events_a_tanker_seized_on_friday_is_still_seized(ctx):
    _, found = code_example(ctx, "{Iran:IRN} seized {a British tanker:GBRBUS} on Friday.")
    assert ("IRN", "GBRBUS", "1711") in dyads(found)


def test_events_seized_on_sunday_with_an_object_is_a_capture(ctx):
    _, found = code_example(ctx, "{Islamic State fighters:IMGMUSISI} seized on Sunday the town of Ramadi.")
    assert any(e.cameo == "192" for e in found)


def test_events_taking_over_a_probe_is_no_occupation(ctx):
    _, found = code_example(ctx, "{The special counsel:USAJUD} took over {the Justice Department's:USAGOV} probe.")
    assert all(e.cameo != "192" for e in found)


def test_events_taking_over_a_city_is_an_occupation(ctx):
    _, found = code_example(ctx, "{The Iraqi army:IRQMIL} took over {Kirkuk:IRQ} in October.")
    assert ("IRQMIL", "IRQ", "192") in dyads(found)
