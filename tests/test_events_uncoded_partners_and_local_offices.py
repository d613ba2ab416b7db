"""Relations with an uncoded partner in the subject, and a province's office facing the national one.

A meeting, agreement or cooperation needs its other party; one coordinated with the source that the
dictionaries cannot code ("Japan and its partners signed a pact") still shows the relation has two sides, so
the coded side's act stands alone (``recipients.uncoded_partner``): we code actors only, so the partner is no
target. Two coded members still give the reciprocal pair.

A role word and a named person of one code whose single-office titles differ ("Japan's foreign minister
criticised Prime Minister Shinzo Abe") are two people (``offices.two_titles``); "the leader" or the same title may
be one man.

"The Kerala government asked the central government": the actors stage flags a region's own organ
(``local_organ``), and a national word before the other office ("central", "federal") makes them two
offices of one code (``offices.two_offices``); without a region, "the Indian government" and "the central
government" are one body.
"""

from __future__ import annotations

import pytest

from actors_support import coded_article
from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "dyad"), [
    ("{Japan:JPN} and its partners signed a trade pact on Monday.", ("JPN", None, "057")),
    ("{France:FRA} and its European allies met on Tuesday.", ("FRA", None, "040")),
])
def test_events_uncoded_partner_in_the_subject_lets_a_relation_stand(ctx, example, dyad):
    assert dyad in dyads(code_example(ctx, example)[1])


def test_events_two_coded_partners_still_give_the_reciprocal_pair(ctx):
    found = dyads(code_example(ctx, "{Japan:JPN} and {France:FRA} signed a trade pact on Monday.")[1])
    assert {("JPN", "FRA", "057"), ("FRA", "JPN", "057")} <= found


def _pairs(ctx, text, article_id):
    article = coded_article(ctx, text, "2019-03-04", article_id)
    return {(e.source.text, e.target.text if e.target else None) for e in article.events}


def test_events_local_government_asks_the_central_government(ctx):
    pairs = _pairs(ctx, "The Kerala government asked the central government to release funds.", "local-central")
    assert ("Kerala government", "government") in pairs


def test_events_national_government_and_central_government_are_one_body(ctx):
    pairs = _pairs(ctx, "The Indian government asked the central government to release funds.", "one-centre")
    assert all(target is None for _, target in pairs)


def test_events_role_word_and_person_with_another_title_are_two(ctx):
    pairs = _pairs(ctx, "Japan's foreign minister criticised Prime Minister Shinzo Abe on Monday.", "two-titles")
    assert ("Japan's foreign minister", "Prime Minister Shinzo Abe") in pairs


def test_events_role_word_and_person_with_the_same_title_are_one(ctx):
    pairs = _pairs(ctx, "The Japanese prime minister praised Prime Minister Shinzo Abe on Monday.", "one-title")
    assert all(target is None for _, target in pairs)
