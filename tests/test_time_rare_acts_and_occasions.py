"""An act told as rarely done, or counted in occasions, names no one happening, so it gets no day.

"Rarely" and "seldom" say "hardly ever": "presidents have rarely attacked their predecessors so openly"
tells what presidents do, not one attack, and dated by its report it joined the one strike of that week
that the same side carried out. "On multiple occasions" is a tally, as "several times" is. Guards: an
adverb on a word beneath the clause ("a rarely used road") leaves the act alone, and one occasion is one
act. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"

CASES = [
    ("rarely", "Presidents of the republic have rarely attacked their predecessors so openly.", "attacked",
     (None, None)),
    ("seldom", "The militia has seldom shelled the port in daylight.", "shelled", (None, None)),
    ("multiple-occasions", "The inquiry said the militia had used the gas on multiple occasions.", "used",
     (None, None)),
    ("counted-occasions", "The army shelled the depot on three occasions.", "shelled", (None, None)),
    # guards
    ("adverb-beneath-the-clause", "The army shelled a rarely used road near the depot.", "shelled",
     (PUBLISHED, "publication")),
    ("one-occasion-is-one-act", "On one occasion the army shelled the depot.", "shelled",
     (PUBLISHED, "publication")),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_rare_acts_and_occasions_give_no_day(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
