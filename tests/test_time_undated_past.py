"""An act set "in the past" or done "before", with no time of its own, is not dated by the report.

"The allies believe the army used nerve gas in attacks in the past": given the report's days, the old
attacks joined the one gas attack the report is about. Such an act gets no day. Guards: "in the past
week" is a time of the report's days; "before dawn" and "the day before" date the act; "before they were
dispersed" orders two acts; a denial ("has not used such weapons, not in the past and not in the
future") denies the act at hand, and keeps its day. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-09-12"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The allies believe the army used nerve gas in attacks in the past, the minister said.", "used"),
        ("The rebels have shelled the bridge in the past.", "shelled"),
        ("Officials said the militia had attacked the convoy before.", "attacked"),
    ],
)
def test_time_undated_past_has_no_day(text, word, nlp, ctx):
    assert date_word(text, word, PUBLISHED, nlp, ctx).date is None


# Guards.

@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In the past week the army shelled the bridge.", "shelled"),
        ("The army shelled the bridge before dawn.", "shelled"),
        ("The marchers smashed shop windows before they were dispersed by the police.", "smashed"),
    ],
)
def test_time_undated_past_dated_acts_keep_a_day(text, word, nlp, ctx):
    assert date_word(text, word, PUBLISHED, nlp, ctx).date is not None


def test_time_undated_past_a_denial_keeps_its_day(nlp, ctx):
    text = "A spokesman said the army has not used such weapons, not in the past and not in the future."
    assert date_word(text, "used", PUBLISHED, nlp, ctx, cameo="2041", negated=True).date is not None
