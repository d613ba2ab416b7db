"""Firing a person is a dismissal, and striking a compromise or hitting the reset is no attack.

``events/misreadings.fires_a_person`` (a named person as the object of "fired"), the titles in
``fight.fire_at``'s ``not_context``, and ``fight.attack_object``'s ``not_context`` (compromise, tone, reset ...).
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_firing_a_named_adviser_is_no_attack(ctx):
    _, found = code_example(ctx, "{President Trump:USAGOV} fired {Michael Flynn:USAGOV} in February.")
    assert all(e.root != "19" for e in found)


def test_events_firing_a_secretary_of_state_is_no_attack(ctx):
    _, found = code_example(ctx, "{The president:USAGOV} fired {his secretary of state:USAGOV} on Tuesday.")
    assert all(e.root != "19" for e in found)


def test_events_firing_shells_on_a_neighbourhood_is_an_attack(ctx):
    _, found = code_example(ctx, "{Rebel fighters:SYRREB} fired shells on {a government-held district:SYRGOV}.")
    assert ("SYRREB", "SYRGOV", "190") in dyads(found)


def test_events_striking_a_compromise_is_no_attack(ctx):
    _, found = code_example(ctx, "{The senators:USALEG} struck a compromise with {the White House:USAGOV}.")
    assert all(e.root != "19" for e in found)
