"""Targets implied by what was struck or repressed (hand-judged news audits, CAMEO 1.1b3).

``held_places``: a named place written with its holder ("rebel-held Homs") is struck as the holder, not as
the place's state; a common noun of land keeps the actors stage's reading, a holder no dictionary codes leaves
the place, and aid to a held town is not aimed at its holders; an offensive to take ground is aimed at the side
holding it ("... to retake X-held Y", "... from X"), not at a place with no holder. ``repressed_protests``:
repression (175) of a protest noun ("cracked down on the rallies") is aimed at the protesters, coded as the
state's opposition on the protest noun's own words; a coded target or another code keeps what it had.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("sentence", "expected"), [
    ("{Government jets:SYRMIL} pounded {rebel:SYRREB}-held {Homs:SYR} overnight.", ("SYRMIL", "SYRREB")),
    ("{The insurgents:SYRREB} fired mortars into {regime:SYRGOV}-controlled northern {Hama:SYR}.",
     ("SYRREB", "SYRGOV")),
])
def test_events_a_named_place_held_by_a_side_is_struck_as_that_side(ctx, sentence, expected):
    _, found = code_example(ctx, sentence)
    assert expected in {(s, t) for s, t, _ in dyads(found)}
    assert not any(t == "SYR" for _, t, _ in dyads(found))


def test_events_a_held_place_whose_holder_is_uncoded_stays_the_target(ctx):
    _, found = code_example(ctx, "{Iraqi jets:IRQMIL} bombed militia-held {Tikrit:IRQ} on Monday.")
    assert ("IRQMIL", "IRQ") in {(s, t) for s, t, _ in dyads(found)}


def test_events_aid_to_a_held_place_is_not_aimed_at_its_holders(ctx):
    _, found = code_example(ctx, "{The UN:IGOUNO} sent food aid to {rebel:SYRREB}-held {Douma:SYR}.")
    assert not any(t == "SYRREB" for _, t, _ in dyads(found))


@pytest.mark.parametrize(("sentence", "source", "text"), [
    ("{The regime:BLRGOV} violently repressed the student demonstrations in March.", "BLRGOV",
     "student demonstrations"),
    ("{The Iranian authorities:IRNGOV} cracked down on pro-reform rallies last year.", "IRNGOV", "pro-reform rallies"),
    ("{The junta:MMRGOV} launched a harsh crackdown on dissent.", "MMRGOV", "dissent"),
])
def test_events_repressing_a_protest_is_aimed_at_the_protesters(ctx, sentence, source, text):
    article, found = code_example(ctx, sentence)
    repression = [e for e in found if e.cameo == "175"]
    assert repression and repression[0].source.code == source
    target = repression[0].target
    assert target is not None and target.code == source[:3] + "OPP" and target.text == text
    assert article.text[target.span.start : target.span.end] == text


def test_events_repressing_named_protesters_keeps_them(ctx):
    _, found = code_example(ctx, "{Riot police:GRCCOP} dispersed {the striking dockers:GRCLAB} at the port.")
    assert ("GRCCOP", "GRCLAB", "175") in dyads(found)


def test_events_a_protest_supported_is_no_repression_target(ctx):
    _, found = code_example(ctx, "{The mayor:FRAGOV} praised the peaceful rallies in the city.")
    assert not any(t is not None and t.endswith("OPP") for _, t, _ in dyads(found))


@pytest.mark.parametrize("sentence", [
    "{The army:LBYMIL} launched an offensive to recapture {militia:LBYREB}-held {Sirte:LBY} last week.",
    "{The army:LBYMIL} began an offensive to retake the port from {the militias:LBYREB} on Sunday.",
])
def test_events_an_offensive_to_take_ground_is_aimed_at_its_holders(ctx, sentence):
    _, found = code_example(ctx, sentence)
    assert ("LBYMIL", "LBYREB") in {(s, t) for s, t, _ in dyads(found)}


def test_events_an_offensive_to_take_a_place_with_no_holder_has_no_target_there(ctx):
    _, found = code_example(ctx, "{The army:LBYMIL} launched an offensive to retake {Sirte:LBY} last week.")
    assert ("LBYMIL", "LBY") not in {(s, t) for s, t, _ in dyads(found)}
