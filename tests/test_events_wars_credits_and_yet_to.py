"""A war is no killer, a wire credit is no victim, what is "yet to" be done is not done (own sentences).

* "[Yemen's] war has killed 10,000 people", "the conflict in [Yemen] killed ...": a state named as the owner or
  the place of a war, conflict or crisis is where, not who (``arguments.war_of_a_state``); a war with another
  side named ("[Russia's] war on Ukraine") is still waged by its owner.
* "... state media [AFP] Thursday 27 Oct 2016 ...": a credit run into a headline is no participant
  (``dateline.in_credit``).
* "has yet to accede to the demands": negated (``modality._yet_to``).
* "declared its support for the deal despite its insistence on military operations": a phrase of circumstance on
  the light verb does not make the support military (``trigger_words.CIRCUMSTANCE_PREPS``).
"""

from __future__ import annotations

from events_support import code_example


def _events(ctx, example, cameo=None):
    _, found = code_example(ctx, example)
    return [(e.cameo, e.source.code, e.target.code if e.target else None, e.modality) for e in found
            if cameo is None or e.cameo == cameo]


def test_events_a_states_war_kills_without_a_killer(ctx):
    assert _events(ctx, "{Yemen's:YEM} long war has killed more than 10,000 {civilians:YEMCVL}.", "190") == []


def test_events_a_war_in_a_state_kills_without_a_killer(ctx):
    assert _events(ctx, "The crisis in {Yemen:YEM} has killed thousands of {civilians:YEMCVL}.", "190") == []


def test_events_a_war_that_killed_told_in_a_relative_clause(ctx):
    found = _events(ctx, "{Yemen's:YEM} war, which has killed 10,000 {civilians:YEMCVL}, entered its fifth year.",
                    "190")
    assert found == [], found


def test_events_headline_fighting_in_a_state_is_no_killer(ctx):
    assert _events(ctx, "{Yemen:YEM} fighting kills 40 {Houthi rebels:YEMREB}.", "190") == []


def test_events_a_war_on_another_side_is_waged_by_its_owner(ctx):
    found = _events(ctx, "{Russia's:RUS} war on {Ukraine:UKR} has killed thousands of {civilians:UKRCVL}.", "190")
    assert [s for _, s, _, _ in found] == ["RUS"], found


def test_events_an_army_still_kills(ctx):
    found = _events(ctx, "{Yemen's army:YEMMIL} has killed 20 {Houthi rebels:YEMREB}.", "190")
    assert [(s, t) for _, s, t, _ in found] == [("YEMMIL", "YEMREB")], found


def test_events_a_wire_credit_is_no_target(ctx):
    found = _events(ctx, "{Rebel:YEMREB} fire kills two pupils state media {AFP:FRAMED} Tuesday 14 Mar 2017 At "
                         "least two children were killed.", "190")
    assert found and all(t != "FRAMED" for _, _, t, _ in found), found


def test_events_an_agency_struck_is_a_target(ctx):
    found = _events(ctx, "{Israeli jets:ISRMIL} struck {Reuters:GBRMED} offices twice.", "190")
    assert any(t == "GBRMED" for _, _, t, _ in found), found


def test_events_yet_to_accede_is_not_acceding(ctx):
    found = _events(ctx, "{The Bolivian government:BOLGOV} has yet to accede to the demands of {the miners:BOLLAB}.",
                    "083")
    assert found and all(m == "negated" for _, _, _, m in found), found


def test_events_support_despite_military_operations_is_support(ctx):
    found = _events(ctx, "{Iran:IRN} declared its support for the deal despite its insistence on military "
                         "operations.")
    assert [c for c, _, _, _ in found] == ["051"], found
