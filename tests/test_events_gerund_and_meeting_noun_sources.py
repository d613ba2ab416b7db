"""Who does a gerund of time or circumstance, or a meeting in an adjective's phrase (``events/arguments.py``
``_adverbial_gerund_host``, ``events/roles_noun._governing_verb``): "After meeting with X, [Y] disputed …"
leaves the gerund's subject unsaid because it is the main clause's; "[Y] was ready for a meeting with X"
holds the meeting through the adjective. Before, these had no source and gave no event."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("After meeting with {Putin:RUSGOV}, {Merkel:DEUGOV} disputed the claims.", ("DEUGOV", "RUSGOV", "040")),
    ("Before meeting {Putin:RUSGOV} on Monday, {Merkel:DEUGOV} criticized the plan.",
     ("DEUGOV", "RUSGOV", "040")),
    ("{Merkel:DEUGOV} was ready for a meeting with {Putin:RUSGOV}.", ("DEUGOV", "RUSGOV", "036")),
    ("Amid planning for a meeting with {Putin:RUSGOV}, {Merkel:DEUGOV} criticized the sanctions.",
     ("DEUGOV", "RUSGOV", "036")),
])
def test_events_gerund_and_meeting_noun_take_the_main_subject(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events)


@pytest.mark.parametrize("example", [
    "{Merkel:DEUGOV} accused {Orban:HUNGOV} of meeting with {Putin:RUSGOV}.",
    "{Merkel:DEUGOV} criticized {Orban:HUNGOV} for meeting with {Putin:RUSGOV}.",
])
def test_events_act_tied_to_the_object_is_not_the_subjects(ctx, example):
    """"accused X [of] meeting Y": the accuser does not meet Y (no preposition of time, and the act is
    charged to the object)."""
    _, events = code_example(ctx, example)
    assert not any(e.cameo.startswith("04") and e.source.code == "DEUGOV" for e in events)
