"""What an agreed or pledged act makes (a company, a government, a commission) is no target of it
(``events.made_things``); whom it is made with, or the foreign place it is made in, still is."""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_a_body_to_be_set_up_is_no_target(ctx):
    _, found = code_example(ctx, "{The Danish government:DNKGOV} agreed to set up a new {state rail company:DNKBUS}.")
    assert found and all(e.target is None for e in found), dyads(found)


def test_events_the_partner_a_body_is_formed_with_is_the_target(ctx):
    _, found = code_example(ctx, "{The Greens:DEUPTYGRN} agreed to form a {coalition government:DEUGOV} with "
                                 "{the Social Democrats:DEUPTYSPD}.")
    targets = {t for _, t, _ in dyads(found)}
    assert targets == {"DEUPTYSPD"}, dyads(found)


def test_events_a_body_set_up_abroad_is_aimed_at_that_state(ctx):
    _, found = code_example(ctx, "{The Danish government:DNKGOV} agreed to establish a {trading firm:VNMBUS} "
                                 "in {Vietnam:VNM}.")
    assert {(s, t) for s, t, _ in dyads(found)} == {("DNKGOV", "VNM")}, dyads(found)


def test_events_setting_a_thing_without_up_is_no_making(ctx):
    _, found = code_example(ctx, "{Chile:CHL} agreed to set {Peru:PER} a deadline for the talks.")
    assert ("CHL", "PER") in {(s, t) for s, t, _ in dyads(found)}, dyads(found)
