"""A past act with no time of its own takes the day of the when/as/after clause it hangs on.

"Officers shot the boy after he pointed a gun at them on Saturday night": the shooting answers the
act the clause tells, and news puts the day on that act; left to the publication day, the shooting fell
days after the Saturday other reports give it. Only a day named or dated ("Saturday", "March 9"), in a
past clause on a past host. Guards: "before" (the act came earlier), a stretch ("last week"), a measured
distance ("days after"), a present host, and a host with a time of its own. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"  # a Saturday

CASES = [
    # id, text, trigger word, (date, basis)
    ("after-clause-day", "Two officers shot the driver after he pointed a rifle at them on Monday night.", "shot",
     ("2031-07-07", "expression")),
    ("when-clause-day", "The guards opened fire when the crowd stormed the gate on Tuesday.", "opened",
     ("2031-07-08", "expression")),
    ("after-clause-date", "Soldiers arrested the mayor after he fled the town on July 9.", "arrested",
     ("2031-07-09", "expression")),
    # guards
    ("before-clause-stays", "Two officers shot the driver before he fired at them on Monday night.", "shot",
     (PUBLISHED, "publication")),
    ("stretch-stays", "Two officers shot the driver after he fired at them last week.", "shot",
     (PUBLISHED, "publication")),
    ("measured-distance-stays", "Soldiers arrested the mayor days after he fled the town on Monday.", "arrested",
     (PUBLISHED, "publication")),
    ("present-host-stays", "Anger is growing after two officers shot the driver on Monday.", "growing",
     (PUBLISHED, "publication")),
    ("own-time-wins", "Two officers shot the driver on Wednesday after he fired at them on Monday.", "shot",
     ("2031-07-09", "expression")),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_act_takes_its_clause_day(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
