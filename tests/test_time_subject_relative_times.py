"""A time that closes a relative clause on the subject dates that clause, not the main verb's report.

"The alliance which began a bombing campaign against the group last September said it had carried out
heavy strikes on the city": with no comma the parser hangs "last September" on "said", and the strikes,
told as the content of that report, took September. The time ends the relative clause ("which began a
campaign last September"); the strikes have no time of their own. Guards: a time between the subject and
the verb with no relative clause ("The alliance on Friday said") still dates the report and its content,
and the relative clause's own act keeps its time. Our own sentences; the report is published on a Sunday.
"""

from __future__ import annotations

from time_support import date_word

PUBLISHED = "2031-07-06"  # a Sunday


def test_time_subject_relative_times_do_not_date_the_reported_act(nlp, ctx):
    text = ("The alliance which began a bombing campaign against the group last September said it had carried "
            "out heavy strikes on the city.")
    event = date_word(text, "carried", PUBLISHED, nlp, ctx, cameo="195")
    assert event.date != "2030-09"
    assert event.date == PUBLISHED


# Guards.

def test_time_subject_relative_times_a_time_before_the_verb_still_dates_the_report(nlp, ctx):
    text = "The alliance on Friday said it had carried out heavy strikes on the city."
    assert date_word(text, "carried", PUBLISHED, nlp, ctx, cameo="195").date == "2031-07-04"


def test_time_subject_relative_times_date_their_own_clause(nlp, ctx):
    text = ("The alliance which began a bombing campaign against the group last September said it had carried "
            "out heavy strikes on the city.")
    assert date_word(text, "began", PUBLISHED, nlp, ctx, cameo="195").date == "2030-09"
