"""An attack on computer systems is unconventional violence (CAMEO 180, PLOVER ASSAULT), not military force.

``18_assault.yaml``: ``assault.cyber_attack`` ("cyber attacks", "cyber warfare") and
``assault.cyberattack_noun`` (the one-word spelling). The word "cyber" is required: an "online
campaign" is a campaign of words, and ``fight.attack_noun`` (190) stands back for it.
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_launched_cyber_attacks_on_a_state_are_180(ctx):
    _, found = code_example(ctx, "{Russian military hackers:RUSMIL} launched cyber attacks on {Estonian banks:EST}.")
    assert ("RUSMIL", "EST", "180") in dyads(found)
    assert all(e.cameo != "190" for e in found)


def test_events_waged_cyber_warfare_against_a_neighbour(ctx):
    _, found = code_example(ctx, "{North Korea:PRK} has waged cyber warfare against {South Korea:KOR} for years.")
    assert ("PRK", "KOR", "180") in dyads(found)


def test_events_one_word_cyberattack_with_a_possessor(ctx):
    _, found = code_example(ctx, "{Pyongyang's:PRK} cyberattacks against {Seoul:KOR} went on all week.")
    assert ("PRK", "KOR", "180") in dyads(found)


def test_events_an_online_campaign_is_no_attack(ctx):
    _, found = code_example(ctx, "{The United States:USA} launched an online campaign against {Iran's:IRN} propaganda.")
    assert all(e.root not in ("18", "19") for e in found)


def test_events_a_denied_cyber_attack_is_not_asserted(ctx):
    _, found = code_example(ctx, "{China:CHN} denied carrying out a cyber-attack on {the Pentagon:USAMIL}.")
    assert all(e.negated for e in found if e.cameo == "180")
