"""A doer's own troops are the means of a withdrawal, not whom it is aimed at; the place they leave is
("pulled its forces out of X" reads X through "out of")."""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    return pipeline_dyads(ctx, text, "own-forces")


def test_events_withdrawal_out_of_a_country_targets_that_country(ctx):
    events = coded(ctx, "Turkey pulled its soldiers out of Libya last week.")
    assert any(s == "TUR" and t == "LBY" for s, t, _ in events), events


@pytest.mark.parametrize("text", [
    "Chile is willing to withdraw its troops from the demilitarised strip.",
    "Chile pulled its troops back from the border strip.",
])
def test_events_own_troops_are_no_target_of_a_withdrawal(ctx, text):
    events = coded(ctx, text)
    assert events and all(t is None or not t.startswith("CHL") for _, t, _ in events), events


# Patterns that take any object, and force words whose country the actors stage only guessed
# (``events.own_forces``).

def test_events_own_army_put_on_alert_is_no_target(ctx):
    events = coded(ctx, "Chile put its army on high alert on Sunday.")
    assert events and all(t is None or not t.endswith("MIL") for _, t, _ in events), events


def test_events_troops_placed_by_a_country_name_are_the_doers_own(ctx):
    events = coded(ctx, "Canada will withdraw troops in Mali next year.")
    assert events and all(t != "MLIMIL" for _, t, _ in events), events
    assert any(s == "CAN" and t == "MLI" for s, t, _ in events), events


# Forces massed or deployed at a border are aimed at the state across it (``roles_by_code.border_neighbour``).

@pytest.mark.parametrize("text", [
    "Chile has massed troops and tanks on its border with Peru.",
    "Chile put its troops on alert near its border with Peru.",
])
def test_events_forces_at_a_border_target_the_neighbour(ctx, text):
    events = coded(ctx, text)
    assert any(s == "CHL" and t == "PER" for s, t, _ in events), events


def test_events_a_border_with_no_neighbour_named_gives_no_target(ctx):
    events = coded(ctx, "Chile deployed soldiers on the border.")
    assert events and all(t is None for _, t, _ in events), events


def test_events_an_intent_to_move_own_troops_out_targets_the_place_left(ctx):
    events = coded(ctx, "Chile agreed to move its troops out of Bolivia.")
    assert any(s == "CHL" and t == "BOL" for s, t, _ in events), events
    assert all(t != "CHLMIL" for _, t, _ in events), events
