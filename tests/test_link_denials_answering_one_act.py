"""A denial whose words tie it to one act links across stories; one told as a standing position does not join it.

A denial of responsibility (016) names no target, so it links across articles only within its story,
unless it is a reply to one act: dated by its own text (``test_link_dated_denials``) or, dated only by its
report, told with words that name the act it answers ("denied responsibility for the attack", "denied the
reports of the bombing"; a charge alone, "denied the claims", names no act). A denial told as a standing
position ("has long denied", "has repeatedly denied") is no mention of a reply to one act, even within its
story. Hand-built events, our own sentences.
"""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import same_incident
from eventwire.link.replies import ONE_ACT, STANDING, reply_kind
from link_support import denial, key_in_story

#: Denials dated only by their report (basis "publication"): no time of their own in the text.
_denial = partial(denial, basis="publication")


RESPONSIBILITY = _denial("e1", "a1", "denied any responsibility",
                        "The junta denied any responsibility for the bombing of the ferry.", "MMRGOV")
REPORTS = _denial("e2", "a2", "denied the reports",
                 "A junta spokesman denied the reports of the ferry bombing as lies.", "MMRGOV")
STANDING_DENIAL = _denial("e3", "a3", "denied", "The junta has long denied that its pilots bomb boats.", "MMRGOV",
                         "MMRREB")


@pytest.mark.parametrize(("trigger", "sentence", "kind"), [
    ("denied responsibility", "The militia denied responsibility.", ONE_ACT),
    ("denied", "Moscow denied involvement in the raid on the convoy.", ONE_ACT),
    ("denied accusations", "The army denied accusations that it shelled the clinic in the attack.", ONE_ACT),
    ("refuted these allegations", "The capital refuted these allegations over the raid on state radio.", ONE_ACT),
    ("denied the reports", "The ministry denied the reports.", None),
    ("dismissed the claim", "The minister dismissed the claim that he had misled the house.", None),
    ("denied", "The ministry has repeatedly denied that its troops use cluster bombs.", STANDING),
    ("denied", "The ministry has always denied responsibility for that massacre.", STANDING),
    ("denied", "The state has denied ever building such arms.", STANDING),
    ("denies", "The government denies the use of cluster bombs.", None),
    ("denied", "The mayor denied that he had met the developer.", None),
])
def test_link_denials_answering_one_act_are_read_from_their_words(trigger, sentence, kind):
    assert reply_kind("016", trigger, sentence) == kind


def test_link_denials_answering_one_act_only_for_denials_of_responsibility():
    assert reply_kind("111", "denied responsibility", "The militia denied responsibility.") is None


def test_link_denials_answering_one_act_link_across_stories():
    assert same_incident(key_in_story(RESPONSIBILITY, "sty_bombing"), key_in_story(REPORTS, "sty_reactions"))
    assert same_incident(key_in_story(REPORTS, "sty_reactions"), key_in_story(RESPONSIBILITY, "sty_bombing"))


def test_link_denials_answering_one_act_standing_position_stays_apart_within_a_story():
    assert not same_incident(key_in_story(REPORTS, "sty_bombing"), key_in_story(STANDING_DENIAL, "sty_bombing"))


# Guards: these hold with and without the rule.

def test_link_denials_answering_one_act_bare_denial_keeps_the_story_test():
    bare = _denial("e4", "a4", "denies", "The government denies using such bombs.", "MMRGOV")
    assert not same_incident(key_in_story(RESPONSIBILITY, "sty_bombing"), key_in_story(bare, "sty_profile"))


def test_link_denials_answering_one_act_of_two_states_stay_apart():
    other = _denial("e5", "a5", "denied any responsibility",
                   "The neighbour denied any responsibility for the bombing of the ferry.", "THAGOV")
    assert not same_incident(key_in_story(RESPONSIBILITY, "sty_bombing"), key_in_story(other, "sty_reactions"))
