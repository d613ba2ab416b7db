"""An act counted as done many times ("several times", "five dozen times") is a tally, given no day.

Like a habit ("has repeatedly denied"), a tally names no one happening: "Governors have declared states of
alarm about four dozen times" dated by its report would join that week's one declaration. The count may
hang on the verb or, by the parser, on a nearby noun. Guards: an ordinal ("for the second time") is one
act, a multiplier ("three times as many", "ten times more") counts no acts, and a time of the act's own
still dates it. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"

CASES = [
    ("several-times", "The army has shelled the depot several times.", "shelled", (None, None)),
    ("a-number-of-times", "Governors have declared states of alarm under an old statute about four dozen times.",
     "declared", (None, None)),
    ("many-times-on-a-participle", "The clinic stayed open despite having been raided by the police many times.",
     "raided", (None, None)),
    # guards
    ("ordinal-is-one-act", "The army shelled the depot for the second time.", "shelled", (PUBLISHED, "publication")),
    ("multiplier-counts-no-acts", "The army fired three times as many shells at the depot.", "fired",
     (PUBLISHED, "publication")),
    ("own-time-still-dates", "The army shelled the depot three times on Monday.", "shelled",
     ("2031-07-07", "expression")),
]  # fmt: skip



@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_tallies_give_no_day(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
