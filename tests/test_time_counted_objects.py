"""A backgrounded act takes the time of the same act told elsewhere only when the things acted on agree,
and a count is not the thing acted on.

"Jets pounded the suburbs after rebels fired dozens of mortar rounds at the capital" and, later in the
report, "the group fired dozens of rockets on January 25": the same verb with "dozens" as its object, so
the day's barrage took the January day. The counted noun ("mortar rounds", "rockets") names what was
fired. Guard: the same act with the same counted thing still takes the other telling's time. Our own
sentences; the report is published on a Thursday.
"""

from __future__ import annotations

from eventwire import time as time_stage
from eventwire.model import Article
from time_support import date_word, hand_event, run_on_doc

PUBLISHED = "2031-02-06"  # a Thursday

LATER = " The group fired dozens of {thing} at the city on January 25 after a similar warning."


def test_time_counted_objects_a_count_alone_does_not_make_one_act(nlp, ctx):
    text = "Jets pounded the suburbs after rebels fired dozens of mortar rounds at the capital." + \
        LATER.format(thing="rockets")
    assert _first_fired(text, nlp, ctx).date != "2031-01-25"
    assert date_word(text, "fired", PUBLISHED, nlp, ctx, cameo="195").date == "2031-01-25"  # the later telling


def test_time_counted_objects_the_same_counted_thing_is_one_act(nlp, ctx):
    text = "Jets pounded the suburbs after rebels fired dozens of rockets at the capital." + \
        LATER.format(thing="rockets")
    assert _first_fired(text, nlp, ctx).date == "2031-01-25"


def _first_fired(text: str, nlp, ctx):
    """The first "fired" of ``text``, dated by the time stage (``date_word`` takes the last)."""
    doc = nlp(text)
    article = Article(id="counted", text=text, published=PUBLISHED)
    article.events = [hand_event(article, next(t for t in doc if t.text == "fired"), "195")]
    return run_on_doc(article, doc, ctx, time_stage).events[0]
