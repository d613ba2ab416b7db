"""A date the parser hangs on the "to"-infinitive of a past act is never read past the report's day.

"Fighters launched an offensive to retake the town on May 31", told in late July: the parser hangs "on
May 31" on "retake", whose infinitive looks forward, and the offensive was dated to the May of next
year. The infinitive tells what the done deed was for, so the day is the May just gone. Guard: the
infinitive of a verb of intent ("agreed to meet on August 3") is still to come and keeps the day ahead.
Our own sentences.
"""

from __future__ import annotations

from time_support import date_word

PUBLISHED = "2031-07-29"


def test_time_purpose_of_past_acts_the_offensive_is_dated_to_the_may_just_gone(nlp, ctx):
    text = "Militia fighters launched an offensive to retake the town from the rebels on May 31, a monitor said."
    assert date_word(text, "offensive", PUBLISHED, nlp, ctx).date == "2031-05-31"


def test_time_purpose_of_past_acts_an_agreed_meeting_keeps_its_day_ahead(nlp, ctx):
    text = "The two ministers agreed to meet on May 31 in the capital."
    assert date_word(text, "meet", PUBLISHED, nlp, ctx, cameo="036").date == "2032-05-31"
