"""Two denials of one act by one state, each dated by its own text, link across stories.

One-sided talk links across articles only within a story, since generic codes meet by code alone. A
denial of responsibility (016) is not generic when its text ties it to a day: the accused state's
reply to the charge over one strike is told both in the strike's story and in a story on the
reactions. A denial dated only by its report ("the government denies using such arms") may be a
standing position and keeps the story test. Hand-built events, our own sentences.
"""

from __future__ import annotations

from eventwire.link.incidents import same_incident
from link_support import denial, key_in_story

ARMY = denial("e1", "a1", "denied", "An army source denied on Tuesday that its jets struck the market.", "ARMMIL")
CAPITAL = denial("e2", "a2", "refuted the charge",
                 "The capital refuted the charge, telling a radio station the air force struck no market.",
                 "ARM", "ARMMIL")


def test_link_dated_denials_of_one_state_link_across_stories():
    assert same_incident(key_in_story(ARMY, "sty_strike"), key_in_story(CAPITAL, "sty_reactions"))


def test_link_dated_denials_link_either_way_round():
    assert same_incident(key_in_story(CAPITAL, "sty_reactions"), key_in_story(ARMY, "sty_strike"))


# Guards: these hold with and without the rule.

def test_link_dated_denials_standing_denial_keeps_the_story_test():
    standing = denial("e3", "a3", "denies", "The government denies using such arms.", "ARMGOV", basis="publication")
    assert not same_incident(key_in_story(ARMY, "sty_strike"), key_in_story(standing, "sty_profile"))


def test_link_dated_denials_of_two_states_stay_apart():
    other = denial("e4", "a4", "denied", "A ministry source denied on Tuesday that its planes flew there.", "AZEMIL")
    assert not same_incident(key_in_story(ARMY, "sty_strike"), key_in_story(other, "sty_reactions"))
