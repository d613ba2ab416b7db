"""One who agrees "with" someone to do a thing is aimed at that partner first, before the object of what was
agreed: "agreed with X to release the prisoners" is an intent towards X."""

from __future__ import annotations

from actors_support import pipeline_dyads


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    return pipeline_dyads(ctx, text, "agreement-partner")


def test_events_agreed_with_partner_to_act_targets_the_partner(ctx):
    events = coded(ctx, "Chile agreed with Bolivia to release the Peruvian prisoners.")
    assert any(s == "CHL" and t == "BOL" and c.startswith("03") for s, t, c in events), events


def test_events_agreed_to_act_without_partner_keeps_the_object(ctx):
    events = coded(ctx, "Chile agreed to release the Peruvian prisoners.")
    assert any(s == "CHL" and t == "PERCRM" for s, t, _ in events), events
