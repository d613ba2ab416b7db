"""One rebuke told as "slammed" in one report and "accused" in another passes the trigger test.

The crude stemmer keeps a doubled consonant ("slammed" → "slamm", as "nabbed" → "nabb"), so the criticism
family's "slam" never met a report's "slammed": one-sided criticism of one code needs words of one family
to meet (``link.incidents.code_says_enough``), and across codes (111 criticise, 112 accuse) it always does.
Hand-built events, our own sentences (basil_s7: a party's letter told as "slammed" and "accused").
Guard: a word of no family still does not meet it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from eventwire.link.incidents import similar_trigger
from eventwire.link.keys import EventKey, key_of
from eventwire.link.trigger_words import stems, trigger_families
from eventwire.model import Actor, Event, Span
from link_support import told_event

_event = partial(told_event, date="2031-06-18")


def _key(event: Event) -> EventKey:
    return replace(key_of(event), story_id="sty_letter")


def _senators() -> Actor:
    return Actor(Span(0, 1), "the senators", code="NZLLEG")


SLAMMED = _event("e1", "111", "slammed", "In a letter the senators slammed the minister's remarks.", "a1",
                 source=_senators())
ACCUSED = _event("e2", "112", "accused", "The senators accused the minister of misleading them.", "a2",
                 source=_senators())
THANKED = _event("e3", "112", "thanked", "The senators thanked the minister for the briefing.", "a2",
                 source=_senators())


def test_link_criticism_words_slammed_is_in_the_criticism_family():
    assert stems("slammed") <= trigger_families()["criticism"]


def test_link_criticism_words_slammed_meets_accused():
    assert similar_trigger(_key(SLAMMED), _key(ACCUSED))


def test_link_criticism_words_slammed_does_not_meet_a_word_of_no_family():
    assert not similar_trigger(_key(SLAMMED), _key(THANKED))
