"""A habit told next to a dated act does not borrow that act's time.

"A nurse tends a boy after Monday's raid, and the clinic is regularly targeted by militias": the habit
("regularly targeted") names no one happening, and the time of the conjoined clause dates the raid, not
the habit. Lent that day, the habit would join the one raid of the same actors the report dates there.
Guards: a habit with a time in its own clause keeps it, and a single act in the same frame still takes
the conjoined clause's time. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"

CASES = [
    ("habit-after-a-dated-raid",
     "A nurse tends a boy after the raid on Monday, and the clinic is regularly targeted by militias.",
     "targeted", (None, None)),
    ("habit-in-a-later-sentence",
     "Militias raided the clinic on Monday. It was repeatedly shelled by the same groups.",
     "shelled", (None, None)),
    # guards
    ("habit-with-its-own-time", "The clinic was repeatedly shelled in March.", "shelled",
     ("2031-03", "expression")),
    ("single-act-keeps-the-time", "Militias raided the clinic on Monday. It was shelled by the same groups.",
     "shelled", ("2031-07-07", "anchor")),
]  # fmt: skip



@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_borrowed_habit_times_give_no_day(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
