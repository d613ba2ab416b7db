"""To "arrest a decline" (a slide, a spread) is to halt a course of things: no one is taken into custody.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize(
    "example",
    [
        "{The Scottish coaches:GBR} have tried to arrest the decline of the national side.",
        "{The Kenyan government:KENGOV} arrested the spread of the disease in March.",
    ],
)
def test_events_arresting_a_course_of_things_is_no_arrest(ctx, example):
    _, events = code_example(ctx, example)
    assert not [e for e in events if e.cameo == "173"], [(e.cameo, e.pattern) for e in events]


def test_events_arresting_a_person_stays_an_arrest(ctx):
    _, events = code_example(ctx, "{Dutch police:NLDCOP} arrested {a Turkish man:TURCVL} suspected of a fall.")
    assert {e.cameo for e in events} == {"173"}
