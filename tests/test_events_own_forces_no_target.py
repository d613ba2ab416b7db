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
