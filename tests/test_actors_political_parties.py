"""Major political parties are coded actors (country + PTY); a party's members in state offices keep the
office's sector ("GOP senators" are the U.S. legislature), its own officers are the party's."""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads
from eventwire.actors import resolve_phrase


@pytest.mark.parametrize(("phrase", "code"), [
    ("the BJP", "INDPTY"),
    ("the ruling Congress party", "INDPTY"),
    ("the African National Congress", "ZAFPTY"),
    ("Zanu-PF", "ZWEPTY"),
    ("the Democratic National Committee", "USAPTY"),
    ("Likud", "ISRPTY"),
])
def test_actors_party_names_code_their_country_and_party(ctx, phrase, code):
    actor = resolve_phrase(phrase, "2019-03-15", ctx)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(("phrase", "code"), [
    ("GOP senators", "USALEG"),
    ("BJP lawmakers", "INDLEG"),
    ("Likud ministers", "ISRGOV"),
    ("a BJP spokesman", "INDPTY"),
    ("ANC leaders", "ZAFPTY"),
])
def test_actors_party_members_in_state_offices_keep_the_office(ctx, phrase, code):
    actor = resolve_phrase(phrase, "2019-03-15", ctx)
    assert actor is not None and actor.code == code


def test_events_party_accused_by_a_state_is_the_target(ctx):
    text = "The Pakistani government accused the BJP of stoking tensions on Monday."
    pairs = {(source, target) for source, target, cameo in pipeline_dyads(ctx, text, "party-target")
             if cameo.startswith("11")}
    assert ("PAKGOV", "INDPTY") in pairs
