"""A meeting or visit named by a noun alone, or an act told as under way, is dated around the report.

"The envoy's visit to Oslo offers a chance to mend ties" does not say whether the visit is over or
still ahead: reports name a visit by a noun weeks before it and after it alike. With no time in the
text, such a noun gets basis ``around_publication`` (the linker reads it as either side of the
report's day). So does an act in the present progressive ("the deputy is challenging the whip"):
under way at the report, it goes on after it. Guards: a verb keeps its tense ("visited", "will
visit"), a forward mark still makes it ``after_publication`` ("the upcoming visit"), a time in the
text still dates it, a noun of another root ("the strike") keeps the report's day, and so does force
told as under way ("troops are shelling the port") and a past progressive ("was challenging").
"""

from __future__ import annotations

import pytest

from eventwire import time as time_stage
from eventwire.model import Article
from time_support import hand_event, run_on_doc

PUBLISHED = "2031-03-12"


def _date(nlp, ctx, text: str, word: str, cameo: str = "042"):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    article = Article(id="untensed", text=text, published=PUBLISHED)
    article.events = [hand_event(article, token, cameo)]
    event = run_on_doc(article, doc, ctx, time_stage).events[0]
    return event.date, event.date_basis


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The envoy's visit to Oslo offers a chance to mend ties with Norway.", "visit", "042"),
        ("Officials gave no details of the talks between the two ministers.", "talks", "040"),
        ("Critics say the trip to Lima sends the wrong signal.", "trip", "042"),
        ("The two sides are holding direct talks.", "talks", "040"),
    ],
    ids=["visit-offers", "details-of-talks", "trip-sends", "holding-talks"],
)
def test_time_untensed_meeting_noun_is_around_publication(text, word, cameo, nlp, ctx):
    assert _date(nlp, ctx, text, word, cameo) == (PUBLISHED, "around_publication")


# Guards: these hold with and without the rule.

@pytest.mark.parametrize(
    ("text", "word", "cameo", "expected"),
    [
        ("The envoy visited Oslo to mend ties with Norway.", "visited", "042", (PUBLISHED, "publication")),
        ("The envoy will visit Oslo to mend ties with Norway.", "visit", "042", (PUBLISHED, "after_publication")),
        ("Officials prepared for the upcoming visit to Oslo.", "visit", "042", (PUBLISHED, "after_publication")),
        ("The envoy's visit to Oslo on Monday was cut short.", "visit", "042", ("2031-03-10", "expression")),
        ("The strike on the depot killed four guards.", "strike", "195", (PUBLISHED, "publication")),
    ],
    ids=["verb-past", "verb-future", "upcoming-noun", "noun-with-day", "force-noun"],
)
def test_time_untensed_meeting_guards(text, word, cameo, expected, nlp, ctx):
    assert _date(nlp, ctx, text, word, cameo) == expected


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("The deputy is challenging the party whip for the leader's post.", "challenging", "110"),
        ("The former aide is now cooperating with the prosecutors.", "cooperating", "060"),
        ("Farmers' unions are pressing for an early vote on the dam.", "pressing", "100"),
    ],
    ids=["is-challenging", "is-now-cooperating", "are-pressing"],
)
def test_time_under_way_act_is_around_publication(text, word, cameo, nlp, ctx):
    assert _date(nlp, ctx, text, word, cameo) == (PUBLISHED, "around_publication")


@pytest.mark.parametrize(
    ("text", "word", "cameo"),
    [
        ("Troops are shelling the port of Varna.", "shelling", "195"),
        ("The deputy was challenging the party whip when the vote came.", "challenging", "110"),
        ("The deputy challenged the party whip for the leader's post.", "challenged", "110"),
    ],
    ids=["force-under-way", "past-progressive", "simple-past"],
)
def test_time_under_way_guards(text, word, cameo, nlp, ctx):
    assert _date(nlp, ctx, text, word, cameo)[1] == "publication"


def test_time_trip_that_has_an_aim_is_not_told_ahead(nlp, ctx):
    # "is aimed at" names the trip's purpose: the trip is not what is aimed at, so not "after publication".
    text = "Officials say the minister's trip is aimed at easing the row over fishing rights."
    assert _date(nlp, ctx, text, "trip", "042") == (PUBLISHED, "around_publication")


def test_time_a_planned_meeting_as_passive_subject_is_still_ahead(nlp, ctx):
    # Guard: the passive subject of other intent verbs is what they aim at ("a meeting is planned").
    assert _date(nlp, ctx, "A meeting between the two ministers is planned.", "meeting", "040") == (
        PUBLISHED, "after_publication")
