"""A past act takes the bare day the parser hung on its "to"-infinitive complement, when that day is no day ahead.

"The governor endorsed the mayor to succeed her in office Saturday": news puts the act's day at the
end of the sentence and the parser hangs it on the nearest verb, the infinitive's. Read forward (the
infinitive's direction), a day that still lies on or before the report's day cannot be the day of a
still-to-come act, so it dates the past act. Guards: a day ahead ("to appear Monday", told on a
Saturday), a day with a preposition ("by Saturday", "on Saturday"), a present host, and a host with
a time of its own. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"  # a Saturday

CASES = [
    # id, text, trigger word, cameo, (date, basis)
    ("endorsed-to-succeed-day", "The governor endorsed the mayor to succeed her in office Saturday.", "endorsed",
     "051", ("2031-07-12", "expression")),
    ("urged-to-pass-day", "The senator urged her colleagues to back the water bill Saturday.", "urged",
     "020", ("2031-07-12", "expression")),
    # guards
    ("day-ahead-stays-the-infinitive's", "The judge ordered the mayor to appear in court Monday.", "ordered",
     "020", (PUBLISHED, "publication")),
    ("deadline-stays", "The senator urged her colleagues to back the water bill by Saturday.", "urged",
     "020", (PUBLISHED, "publication")),
    ("present-host-stays", "The senator wants her colleagues to back the water bill Saturday.", "wants",
     "020", (PUBLISHED, "publication")),
    ("own-time-wins", "On Friday the senator urged her colleagues to back the water bill Saturday.", "urged",
     "020", ("2031-07-11", "expression")),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "word", "cameo", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_infinitive_day_dates_the_past_act(case, text, word, cameo, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx, cameo=cameo)
    assert (event.date, event.date_basis) == expected
