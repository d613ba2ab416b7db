"""Where the doer of a purpose infinitive was sent is the errand's target when the errand names no one:
"sent experts to X to investigate the attacks" investigates in X."""

from __future__ import annotations

from actors_support import pipeline_dyads


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    return pipeline_dyads(ctx, text, "errand-destination", published="2019-09-19")


def test_events_sent_to_investigate_targets_the_destination(ctx):
    events = coded(ctx, "Chile has sent five military experts to Peru to investigate last week's explosions.")
    assert any(s == "CHL" and t == "PER" and c.startswith("09") for s, t, c in events), events


def test_events_errand_with_its_own_target_keeps_it(ctx):
    events = coded(ctx, "Chile sent its envoy to Lima to meet Bolivian officials.")
    assert any(t == "BOLGOV" for _, t, _ in events), events
