"""A delegation is usually the guest of the state its sentence names, so it takes its country (or its body)
from its own phrase only ("a Chinese delegation", "a delegation from X", "of the party"), or from the same word
named before with its country; a bare "delegation" meeting its host stays uncoded rather than taking the
host's code, which would leave the meeting with no one to meet."""

from __future__ import annotations

from actors_support import codes_by_text, pipeline_dyads


def test_bare_delegation_does_not_take_its_hosts_country(ctx):
    text = "Egyptian President Adel Mansour held a meeting with members of a delegation in Cairo on Sunday."
    assert codes_by_text(ctx, text, "2019-03-15").get("delegation") is None
    assert ("EGYGOV", None, "040") in pipeline_dyads(ctx, text, "delegation-bare")


def test_delegation_from_a_state_is_that_states(ctx):
    text = "The Iranian president met a delegation from Japan in Tehran on Monday."
    assert codes_by_text(ctx, text, "2019-03-15").get("delegation") == "JPNGOV"


def test_delegation_from_an_organisation_is_that_organisations(ctx):
    text = "The Turkish foreign minister received a delegation from the European Union in Ankara."
    assert codes_by_text(ctx, text, "2019-03-15").get("delegation") == "IGOEUREEC"


def test_delegation_named_before_keeps_its_country(ctx):
    text = ("A Chinese delegation arrived in Cairo on Monday. The Egyptian president met the delegation on "
            "Tuesday.")
    assert codes_by_text(ctx, text, "2019-03-15").get("delegation") == "CHNGOV"
