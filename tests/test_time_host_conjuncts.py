"""A when/as or after/before clause hung on a later verb of a run takes the time of the run's first verb.

"In March, a gunman shot four guards and wounded a driver before an off-duty officer stopped the gunman":
the parser hangs the before-clause on "wounded", the run's second verb, which has no time of its own;
the run's time is on its first verb ("In March"), and the before-clause act lies within that month, not
on the report's day. Guards: a day-precise run time keeps the after/before rule's caution, and a run
with no time at all keeps the report's day. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"

CASES = [
    ("before-clause-on-a-second-verb", "In March, a gunman shot four guards and wounded a driver at a depot in "
     "the north before an off-duty officer stopped the gunman.", "stopped", ("2031-03", "expression")),
    ("when-clause-on-a-second-verb", "In 2029, rebels seized the bridge and shelled the town when the army "
     "withdrew its tanks.", "withdrew", ("2029", "expression")),
    # guards
    ("day-precise-run-stays", "On Monday, rebels seized the bridge and shelled the town after the army "
     "withdrew its tanks.", "withdrew", (PUBLISHED, "publication")),
    ("no-run-time-stays", "Rebels seized the bridge and shelled the town after the army withdrew its tanks.",
     "withdrew", (PUBLISHED, "publication")),
]  # fmt: skip



@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_host_conjuncts_date_a_clause_on_a_later_verb(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
