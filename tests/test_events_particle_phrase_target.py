"""With a pattern that requires a particle, a target preposition inside the particle's phrase comes before
the direct object: "warned [Canadians] against travel to X" is aimed at X; the object is only who is told."""

from __future__ import annotations

from actors_support import pipeline_dyads


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    return pipeline_dyads(ctx, text, "particle-phrase")


def test_events_warning_against_travel_targets_the_place_not_the_travellers(ctx):
    events = coded(ctx, "Canada warned Canadians against travel to Mali.")
    assert ("CAN", "MLI", "160") in events, events


def test_events_warning_against_travel_without_object_still_targets_the_place(ctx):
    events = coded(ctx, "Canada warned against travel to Mali on Tuesday.")
    assert ("CAN", "MLI", "160") in events, events
