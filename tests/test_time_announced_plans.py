"""A plan told in a report of its announcement is dated on or after the announcement's day.

"The minister announced Thursday that the cabinet planned to impose a curfew" gives the curfew no time of
its own; dated after the report, it misses the curfew imposed on the report's own day. The announcement's
day is the earliest day of the plan: basis ``after_announcement``, the date holding that day. Our own
sentences; the report is published on a Friday.
"""

from __future__ import annotations

import pytest

from eventwire import time as time_stage
from eventwire.model import Article
from time_support import hand_event, run_on_doc

PUBLISHED = "2029-05-04"  # a Friday
THURSDAY = "2029-05-03"


def _date(nlp, ctx, text: str, word: str, cameo: str = "1724"):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    article = Article(id="announced", text=text, published=PUBLISHED)
    article.events = [hand_event(article, token, cameo)]
    event = run_on_doc(article, doc, ctx, time_stage).events[0]
    return event.date, event.date_basis


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister announced Thursday that the cabinet planned to impose a curfew.", "impose"),
        ("The minister announced Thursday that the cabinet planned to meet and impose a curfew.", "impose"),
        ("The minister said on Thursday that the cabinet will impose a curfew.", "impose"),
        # the parser hangs the "that"-clause on "floor"; "floor" plans nothing
        ("The minister announced Thursday on the chamber floor that the cabinet planned to impose a curfew.",
         "impose"),
    ],
)
def test_time_announced_plans_dated_by_the_announcement_day(text, word, nlp, ctx):
    assert _date(nlp, ctx, text, word) == (THURSDAY, "after_announcement")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # no day on the announcement: after the report, as before
        ("The minister said the cabinet will impose a curfew.", "impose", (PUBLISHED, "after_publication")),
        # the plan's own time wins
        ("The minister said on Thursday that the cabinet will impose a curfew on Sunday.", "impose",
         ("2029-05-06", "expression")),
    ],
)
def test_time_announced_plans_other_cases_keep_their_dates(text, word, expected, nlp, ctx):
    assert _date(nlp, ctx, text, word) == expected


def test_time_announced_plans_done_act_is_not_a_plan(nlp, ctx):
    text = "The minister said on Thursday that the cabinet imposed a curfew."
    assert _date(nlp, ctx, text, "imposed")[1] != "after_announcement"
