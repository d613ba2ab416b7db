"""A coded actor inside a direct object or a meeting's "of" phrase.

1. An object's target preposition is looked for in its own phrase, not below a phrase that says where the
   thing is (``roles.object_prep_object``): "seized the Turkish Aegean 3 trawler in waters off the coast [of]
   Cyprus" seizes a Turkish boat; Cyprus is where. "seized the assets [of] X" still takes X.
2. Who attends a body's meeting meets the body (``consult.attend_meeting_of``): "attended a
   meeting of the Arab League" meets the League; a body's own meeting chaired by its member is no event.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The coast guard:GRCMIL} seized the {Turkish:TUR} Aegean 3 trawler in waters off the coast of {Cyprus:CYP}.",
     ("GRCMIL", "TUR", "1711")),
    ("{The navy:IRNMIL} impounded the {Liberian:LBR} Ocean 5 freighter in waters off the coast of {Oman:OMN}.",
     ("IRNMIL", "LBR", "1711")),
])
def test_events_an_objects_place_phrase_names_no_owner(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


def test_events_an_objects_own_of_phrase_is_the_owner(ctx):
    _, found = code_example(ctx, "{Iran:IRN} seized the assets of {the British company:GBRBUS}.")
    assert ("IRN", "GBRBUS", "1711") in dyads(found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{The Turkish foreign minister:TURGOV} attended a meeting of {the Arab League:IGOARBARL} in Cairo.",
     ("TURGOV", "IGOARBARL", "040")),
    ("{The Kenyan president:KENGOV} addressed a summit of {the African Union:IGOAFRAFU} on Monday.",
     ("KENGOV", "IGOAFRAFU", "040")),
])
def test_events_a_meeting_of_a_body_meets_it(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


def test_events_a_bodys_own_meeting_is_no_event(ctx):
    _, found = code_example(ctx, "{Putin:RUSGOV} chaired a meeting of {the Russian Security Council:RUSGOV}.")
    assert not [e for e in found if e.target is not None]
