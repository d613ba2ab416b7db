"""An act in a reduced present-participle relative takes the time of the clause that names its doers.

"Police fired tear gas on Monday at protesters trying to storm the parliament": "trying to storm" has
no tense of its own, and the protesters are trying at the moment the clause that names them tells.
Left to the publication day, the act fell in the days before the report, where it could join an older
happening of the same actors. Only a day is lent: a stretch ("in recent weeks") would widen the act's
window past the report's days. Guards: a host clause with no time (the act stays on the publication
day) and a full relative clause with its own verb tense. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"  # a Saturday

CASES = [
    # id, text, trigger word, (date, basis)
    ("storm-at-protesters", "Police fired tear gas on Monday at protesters trying to storm the parliament.", "storm",
     ("2031-07-07", "expression")),
    ("enter-in-accusation",
     "State television accused the militants of firing mortars on Monday at soldiers trying to enter the old town.",
     "enter", ("2031-07-07", "expression")),
    ("participle-itself", "Troops opened fire on Tuesday at villagers fleeing the fighting.", "fleeing",
     ("2031-07-08", "expression")),
    # guards
    ("no-host-time-stays", "Police fired tear gas at protesters trying to storm the parliament.", "storm",
     (PUBLISHED, "publication")),
    ("stretch-not-lent", "Police fired tear gas last week at protesters trying to storm the parliament.", "storm",
     (PUBLISHED, "publication")),
    ("full-relative-stays", "Police fired tear gas on Monday at protesters who stormed the parliament.", "stormed",
     (PUBLISHED, "publication")),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_progressive_relative(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
