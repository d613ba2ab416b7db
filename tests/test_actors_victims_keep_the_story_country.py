"""Victims of an attack keep the country of the state the story is set in (``context._story_country_victims``).

The events stage drops a victim's country guessed from context unless a struck place of that country is named
(``events.nominal.own_country``); "civilians killed in and around the city" names none. A story that names one
state most and places its events in that state's towns has that state's people as its victims (SYRCVL). A state
named most because it is the foreign power that strikes, in a story that places its events in another state,
lends its victims nothing: they stay bare CVL.
"""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads
from eventwire.events.nominal import own_country
from eventwire.model import Actor, Span


@pytest.mark.parametrize("text", [
    "Government warplanes bombed rebel-held districts of Aleppo on Monday. Syrian air strikes killed 25 civilians "
    "in and around the city of Idlib, a monitor said. Residents said the raids on Aleppo went on through the night.",
    "Smoke rose over Homs on Wednesday. At least 30 people died in an air raid by Syrian jets on villages around "
    "the city, activists said. Hospitals in Homs and Hama were full.",
])
def test_actors_victims_in_a_story_set_in_its_own_towns_keep_its_country(ctx, text):
    dyads = pipeline_dyads(ctx, text, "story-country-victims")
    assert any(target == "SYRCVL" and code == "195" for _, target, code in dyads)
    assert not any(target == "CVL" for _, target, _ in dyads)


def test_actors_victims_of_a_foreign_power_striking_abroad_get_none_of_its_country(ctx):
    text = ("Washington said on Sunday that its campaign against the militants would go on. Eight civilians were "
            "among 20 people killed in US air strikes on a militant stronghold, a monitor said. The United States "
            "has led raids against the group in Syria since 2014. The US military said the raids would go on in "
            "Syria, and the United States sent more jets.")
    dyads = pipeline_dyads(ctx, text, "story-country-striker")
    assert ("USA", "CVL", "195") in dyads
    assert not any(target == "USACVL" for _, target, _ in dyads)


@pytest.mark.parametrize(("flags", "code"), [
    (["country_from_context", "story_country"], "SYRCVL"),
    (["country_from_context"], "CVL"),
    ([], "SYRCVL"),
])
def test_events_victims_country_from_context_is_kept_only_for_the_story_country(flags, code):
    victims = Actor(span=Span(0, 9), text="civilians", code="SYRCVL", country="SYR", kind="agent", flags=flags)
    assert own_country(victims).code == code
