"""A refused resignation (CAMEO 1231) is a mention of the resignation it refuses, and links as it (08).

"The mayor said on Monday she would not step down" (1231, reject a request for a change in leadership)
and, in another report of the story, "the council says the mayor should resign" (0831) are about one
resignation, as a refused meeting is about the meeting. Their words meet by the ``resign`` trigger
family ("step down" ~ "resign" ~ "quit").
Guards (pass with and without the rule): a refused resignation and another mayor's resignation; a
refused resignation and a plain rejection of a budget (120), which no longer share a root.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from eventwire.link.incidents import compatible_root, same_incident
from eventwire.link.keys import EventKey, key_of
from eventwire.model import Actor, Event, Span
from link_support import told_event

DAY = "2031-10-06"
STORY = "sty_mayor"


def _actor(text: str, code: str, person: str | None = None) -> Actor:
    return Actor(Span(0, 1), text, code=code, entity_id=person)


MAYOR = _actor("The mayor", "FINGOV", "person:liisa_rinne")
_event = partial(told_event, date=DAY)
REFUSAL = _event("e1", "1231", "step down", "The mayor said on Monday she would not step down.", "a1",
                 source=MAYOR)
CALLED_FOR = replace(_event("e2", "0831", "resign", "The council says the mayor should resign.", "a2",
                            source=_actor("The mayor", "FINGOV")), modality="hypothetical")


def _key(event: Event) -> EventKey:
    return replace(key_of(event, DAY), story_id=STORY)


def test_link_refused_resignation_root_is_the_resignation():
    assert compatible_root(_key(REFUSAL), _key(CALLED_FOR))


def test_link_refused_resignation_joins_the_called_for_resignation():
    assert same_incident(_key(REFUSAL), _key(CALLED_FOR))


def test_link_refused_resignation_joins_one_told_as_quitting():
    quit_ = _event("e3", "0831", "quit", "Rinne will quit, her rivals say.", "a3", source=MAYOR)
    assert same_incident(_key(REFUSAL), _key(quit_))


# Guards.
def test_link_refused_resignation_and_another_mayors_stay_apart():
    other = replace(CALLED_FOR, source=_actor("The mayor", "FINGOV", "person:aino_koski"))
    assert not same_incident(_key(REFUSAL), _key(other))


def test_link_refused_resignation_and_a_rejected_budget_stay_apart():
    budget = _event("e4", "120", "rejected", "The mayor rejected the council's budget.", "a4", source=MAYOR)
    assert not same_incident(_key(REFUSAL), _key(budget))
