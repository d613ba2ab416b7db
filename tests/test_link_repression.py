"""Violent repression (175) is force: it links with the force others report, by its words, not its broad code.

The events stage codes police or troops firing on, clashing with or dispersing protesters as 175 (root 17);
another report of the same volley says "riot police fired teargas at youths" (190, root 19). So 175 links in
the force family. Its code covers a whole day of unrest, though (a dispersal in one city, pitched battles in
another), so two 175 events need words of one kind ("fought" ~ "clashed", "crackdown" ~ "cracked down"), not
the code alone. Hand-built events, our own sentences.
"""

from __future__ import annotations

from functools import partial

from eventwire.link.incidents import compatible_root, same_incident, similar_trigger
from eventwire.link.keys import key_of
from eventwire.model import Actor, Span
from link_support import told_event

POLICE = Actor(Span(0, 1), "riot police", code="GRCCOP")
PROTESTERS = Actor(Span(0, 1), "protesters", code="GRCOPP")
_event = partial(told_event, source=POLICE, target=PROTESTERS, date="2029-03-10")

VOLLEY = _event("e1", "175", "fired", "Riot police fired tear gas at demonstrators outside parliament.", "a1")


def test_link_repression_links_with_the_same_force_told_as_an_attack():
    other = _event("e2", "190", "fired", "Riot police fired teargas at youths outside parliament.", "a2")
    assert compatible_root(key_of(VOLLEY), key_of(other))
    assert same_incident(key_of(VOLLEY), key_of(other))


def test_link_repression_two_tellings_of_one_clash_link_by_their_words():
    fought = _event("e1", "175", "fought", "Police fought pitched battles with protesters in the capital.", "a1")
    clashed = _event("e2", "175", "clashed", "Police clashed with protesters in the capital.", "a2")
    assert similar_trigger(key_of(fought), key_of(clashed))


def test_link_repression_a_dispersal_and_a_clash_are_not_one_act_by_code():
    fought = _event("e1", "175", "fought", "Police fought pitched battles with protesters in the capital.", "a1")
    dispersed = _event("e2", "175", "dispersed", "The protesters were dispersed by riot police.", "a2")
    assert not similar_trigger(key_of(fought), key_of(dispersed))


def test_link_repression_a_crackdown_is_told_as_cracked_down():
    noun = _event("e1", "175", "crackdown", "The regime's crackdown on protesters went on.", "a1")
    verb = _event("e2", "175", "cracked down", "The regime cracked down on protesters.", "a2")
    assert similar_trigger(key_of(noun), key_of(verb))


def test_link_repression_links_as_force_not_as_an_arrest():
    arrest = _event("e2", "173", "arrested", "Police arrested dozens of protesters outside parliament.", "a2")
    assert not compatible_root(key_of(VOLLEY), key_of(arrest))
