"""Acts the text tells as done stay done under a governing mood; inspectors' visits are inspections.

``events/modality``: an event noun with a modifier that tells it happened ("a [reported] attack", "the
[recent] strikes") or the object of "raise" ("would raise [the attack] at the Council") is asserted: the
future or the request covers what is done about the act, not the act (a reported chemical attack was coded
as a threat of mass violence, 1385). A denial or a negation still reaches it.
``09_investigate.yaml`` (``investigate.inspectors_visit``): inspectors who visit a place inspect it (090), also
as a participle on the team ("a team of inspectors [visiting] X"); a minister's visit stays 042.
``18_assault.yaml`` (``assault.blast_kills``): a bomb blast that kills is a bombing (183).
"""

from __future__ import annotations

import pytest

from events_support import code_example, coded_moods, dyads


@pytest.mark.parametrize("sentence", [
    "{Britain:GBR} said it would raise a reported chemical attack by {Syrian forces:SYRMIL} at the Council.",
    "{Britain:GBR} said it would raise the chemical attack by {Syrian forces:SYRMIL} at the Council.",
])
def test_events_an_attack_brought_up_later_took_place(ctx, sentence):
    moods = coded_moods(ctx, sentence, "20")
    assert moods == [("2041", "SYRMIL", None, "asserted")]


def test_events_recent_strikes_to_be_discussed_were_made(ctx):
    moods = coded_moods(
        ctx, "The ministers will discuss the recent air strikes by {Turkey:TUR} on {Kurdish towns:SYRCVL}.", "19"
    )
    assert moods and all(mood == "asserted" for *_, mood in moods)


def test_events_strikes_still_to_come_keep_their_mood(ctx):
    moods = coded_moods(ctx, "{Turkey:TUR} will launch air strikes on {Kurdish militants:SYRREB} next week.", "13")
    assert moods and all(mood == "intended" for *_, mood in moods)


def test_events_the_latest_round_of_talks_planned_is_still_to_come(ctx):
    moods = coded_moods(ctx, "{Iran:IRN} plans to hold the latest round of talks with {the EU:IGOEUREEC} next week.")
    assert moods and all(mood == "intended" for *_, mood in moods)


def test_events_a_denied_alleged_attack_is_still_denied(ctx):
    moods = coded_moods(
        ctx, "{Damascus:SYRGOV} denied carrying out the alleged chemical attack on {civilians:SYRCVL}.", "20"
    )
    assert moods and all(mood in ("denied", "negated") for *_, mood in moods)


@pytest.mark.parametrize("sentence", [
    "{UN weapons inspectors:IGOUNO} visited {Syria:SYR} on Monday.",
    "The head of a team of {UN:IGOUNO} inspectors visiting {Syria:SYR} spoke to reporters.",
])
def test_events_inspectors_visiting_a_country_inspect_it(ctx, sentence):
    _, found = code_example(ctx, sentence)
    assert ("IGOUNO", "SYR", "090") in dyads(found)
    assert all(e.cameo != "042" for e in found)


def test_events_a_minister_visiting_a_country_makes_a_visit(ctx):
    _, found = code_example(ctx, "{The Indian foreign minister:INDGOV} visited {Syria:SYR} on Monday.")
    assert ("INDGOV", "SYR", "042") in dyads(found)


def test_events_a_bomb_blast_that_hits_a_market_is_a_bombing(ctx):
    _, found = code_example(ctx, "A bomb blast claimed by {Al-Shabab:SOMREB} hit {the market:SOMCVL} in Mogadishu.")
    assert {e.cameo for e in found} == {"183"}
