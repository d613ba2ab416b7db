"""Events told as still to come: dated "after publication", not on the publication day."""

from __future__ import annotations

import pytest

from eventwire import time as time_stage
from eventwire.model import Article
from time_support import hand_event, run_on_doc

PUBLISHED = "2018-04-17"


def _date(nlp, ctx, text: str, word: str, cameo: str = "040"):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    article = Article(id="prospect", text=text, published=PUBLISHED)
    article.events = [hand_event(article, token, cameo)]
    event = run_on_doc(article, doc, ctx, time_stage).events[0]
    return event.date, event.date_basis


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Trump said the two sides are preparing for what would be an extraordinary meeting.", "meeting"),
        ("Pompeo met Kim to lay the groundwork for a summit between the two leaders.", "summit"),
        ("The two leaders agreed to meet.", "meet"),
        ("Officials discussed the upcoming summit with reporters.", "summit"),
        ("Trump will visit Britain.", "visit"),
    ],
)
def test_time_prospect_still_to_come_is_after_publication(text, word, nlp, ctx):
    assert _date(nlp, ctx, text, word) == (PUBLISHED, "after_publication")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pompeo met Kim to lay the groundwork for a summit between the two leaders.", "met"),
        ("Pompeo flew to Pyongyang to meet Kim.", "meet"),  # a purpose of a done trip: the meeting came
        ("Lawmakers urged him not to declare a national emergency.", "declare"),  # appeals say nothing of when
    ],
)
def test_time_prospect_done_or_ongoing_stays_on_publication(text, word, nlp, ctx):
    assert _date(nlp, ctx, text, word) == (PUBLISHED, "publication")


def test_time_prospect_vague_forward_stretch_is_after_publication(nlp, ctx):
    # "in the coming weeks" crosses a month's end: its covering period would be the whole year.
    text = "Plans are underway for a meeting between the two leaders in the coming weeks."
    assert _date(nlp, ctx, text, "meeting") == (PUBLISHED, "after_publication")


@pytest.mark.parametrize(
    ("text", "word", "date"),
    [
        ("Mueller leads the investigation into Russian interference in the 2016 election.", "investigation",
         PUBLISHED),  # the year of the topic, not of the investigation
        ("Investigators examined the 2014 annexation.", "annexation", "2014"),  # the noun's own year
        ("Officials praised the talks in July.", "talks", "2017-07"),
    ],
)
def test_time_topic_year_does_not_date_a_nominal_event(text, word, date, nlp, ctx):
    published = {"2017-07": "2017-09-01"}.get(date, PUBLISHED)
    doc = nlp(text)
    article = Article(id="topic", text=text, published=published)
    article.events = [hand_event(article, next(t for t in doc if t.text == word), "090")]
    assert run_on_doc(article, doc, ctx, time_stage).events[0].date == date


@pytest.mark.parametrize(
    ("text", "word", "date"),
    [
        ("No meeting between the two leaders has occurred since the war.", "meeting", None),
        ("Trump has not spoken to Kim.", "spoken", None),
        ("Obama and Boehner had no discussion.", "discussion", PUBLISHED),  # a past negation is about a day
    ],
)
def test_time_negated_present_perfect_is_an_absence_without_a_day(text, word, date, nlp, ctx):
    doc = nlp(text)
    article = Article(id="absence", text=text, published=PUBLISHED)
    event = hand_event(article, next(t for t in doc if t.text == word), "040")
    event.negated = True
    article.events = [event]
    assert run_on_doc(article, doc, ctx, time_stage).events[0].date == date


def test_time_prospect_noun_in_an_adjunct_of_a_future_clause_is_not_ahead(nlp, ctx):
    # The indictment is ahead; the investigation it would happen in is under way.
    text = "He said he would be indicted in the investigation."
    assert _date(nlp, ctx, text, "investigation", "090") == (PUBLISHED, "publication")


@pytest.mark.parametrize(
    "text",
    [
        "The president sent his envoy in recent weeks to lay the groundwork for a summit meeting.",
        "The envoys prepared the ground this year to pave the way for a meeting.",
    ],
)
def test_time_prospect_aim_of_a_verb_with_an_aim_object_is_ahead(text, nlp, ctx):
    # The parser hangs "for" on the verb ("lay … for"), not on "groundwork"; the meeting is still to come,
    # and the coarse stretch ("in recent weeks" → the year) dates the sending, not the meeting.
    assert _date(nlp, ctx, text, "meeting") == (PUBLISHED, "after_publication")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The two leaders agreed this year to meet.", "meet", (PUBLISHED, "after_publication")),
        ("The two leaders met this year.", "met", ("2018", "expression")),  # done: the year dates it
        ("The two leaders will meet next month.", "meet", ("2018-05", "expression")),  # wholly ahead
        ("The two leaders will meet today.", "meet", (PUBLISHED, "expression")),  # a day dates it
    ],
)
def test_time_prospect_coarse_stretch_over_the_report_does_not_date_what_is_ahead(text, word, expected, nlp,
                                                                                  ctx):
    assert _date(nlp, ctx, text, word) == expected



@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The president said he will not meet the prime minister during his visit.", "visit"),
        ("Officials said the leaders will sign the accord during the minister's trip to Moscow.", "trip"),
    ],
)
def test_time_prospect_visit_a_coming_act_falls_in_is_ahead(text, word, nlp, ctx):
    # A visit that a coming meeting lies within has not ended by the report: told ahead.
    assert _date(nlp, ctx, text, word, "042") == (PUBLISHED, "after_publication")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The leaders met during his visit to Paris.", "visit"),  # a done meeting: the visit is not ahead
        ("He said he would be indicted in the investigation.", "investigation"),  # only "during" counts
        # An invitation's meeting may be done by the report ("accepted an invitation to meet"): not ahead.
        ("The minister accepted an invitation to meet senators during his trip to Washington.", "trip"),
    ],
)
def test_time_prospect_visit_a_done_act_falls_in_is_not_ahead(text, word, nlp, ctx):
    # Not "after publication"; a visit named by a noun alone is "around publication", neither done nor
    # ahead (test_time_untensed_meetings.py).
    date, basis = _date(nlp, ctx, text, word, "042")
    assert date == PUBLISHED
    assert basis in ("publication", "around_publication")
