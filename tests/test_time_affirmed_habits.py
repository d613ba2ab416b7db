"""An act told as what someone often or usually does names no one happening, so it gets no day.

"The alliance often targets towns held by the group, but the overnight strikes were rare": the habit
dated by the report joined the night's strikes of other reports. "Often", "usually" and "typically" tell
a habit only when the clause is affirmed: "we do not often get a state visit" frames the one visit at
hand, which keeps its date. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-06"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The alliance often targets towns held by the group in the north.", "targets"),
        ("The army usually shells the villages along the river.", "shells"),
    ],
)
def test_time_affirmed_habits_have_no_day(text, word, nlp, ctx):
    assert date_word(text, word, PUBLISHED, nlp, ctx).date is None


# Guard.

def test_time_affirmed_habits_a_negated_frame_keeps_the_day(nlp, ctx):
    text = "We do not often get a state visit from the president, the mayor said."
    assert date_word(text, "visit", PUBLISHED, nlp, ctx, cameo="042").date is not None
