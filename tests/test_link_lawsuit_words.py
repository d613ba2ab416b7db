"""One lawsuit told in other words: "sued", "filed a lawsuit", "brought a suit" are one legal action.

A lawsuit (CAMEO 115) is often reported with its plaintiffs only: "the two provinces filed a federal
lawsuit" names no target the coder can read, and one-sided talk of one code passes the trigger test
only through its words (``test_link_one_sided_words``). The crude stems of "lawsuit was brought" and
"File Federal Suit" share no word, so the ``lawsuit`` trigger family makes them one kind of act.
Guards: a lawsuit and a criticism by the same state on the same day stay apart; the family does not
reach across codes to an accusation. Hand-built events, our own sentences, in one story on one day.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pytest

from eventwire.link.incidents import same_incident, similar_trigger
from eventwire.link.keys import EventKey, key_of
from eventwire.link.trigger_words import trigger_families
from eventwire.model import Actor, Event, Span
from link_support import told_event

STORY = "sty_ferry"
_event = partial(told_event, date="2031-09-04")


def _actor(text: str, code: str) -> Actor:
    return Actor(Span(0, 1), text, code=code)


def _key(event: Event) -> EventKey:
    return replace(key_of(event), story_id=STORY)


SUED = _event("e1", "115", "sued", "Two coastal provinces sued the ferry authority on Thursday.", "a1",
              source=_actor("Two coastal provinces", "CAN"))
FILED = _event("e2", "115", "filed a federal lawsuit",
               "The provinces filed a federal lawsuit over the ferry fares on Thursday.", "a2",
               source=_actor("The provinces", "CAN"))
BROUGHT = _event("e3", "115", "suit was brought", "The suit was brought by the provinces' attorneys.", "a3",
                 source=_actor("the provinces' attorneys", "CANJUD"))


@pytest.mark.parametrize(("first", "second"), [(SUED, FILED), (FILED, BROUGHT), (SUED, BROUGHT)],
                         ids=["sued-filed-lawsuit", "lawsuit-suit", "sued-suit"])
def test_link_lawsuit_words_one_sided_lawsuit_told_in_other_words_is_one_incident(first, second):
    assert similar_trigger(_key(first), _key(second))
    assert same_incident(_key(first), _key(second))


def test_link_lawsuit_words_family_is_in_the_data_file():
    assert {"sue", "sued", "suit", "lawsuit"} <= trigger_families()["lawsuit"]


# Guards.

def test_link_lawsuit_words_lawsuit_and_criticism_stay_apart():
    criticized = _event("e4", "111", "criticized", "The provinces criticized the ferry fares on Thursday.", "a2",
                        source=_actor("The provinces", "CAN"))
    assert not similar_trigger(_key(SUED), _key(criticized))


def test_link_lawsuit_words_do_not_reach_an_accusation():
    accused = _event("e5", "112", "accused", "The provinces accused the authority of gouging travellers.", "a2",
                     source=_actor("The provinces", "CAN"))
    assert not same_incident(_key(SUED), _key(accused))
