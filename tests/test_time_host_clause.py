"""An act in a when/as or after/before/once clause is told within the time of the clause it hangs on.

Such a clause sets no passage time, and its act used to fall to the
publication day even when the clause it hangs on has a time of its own ("the war which began in 2029 after
army units led a crackdown" dated the crackdown to the report). A when/as clause takes its host's time
at any precision; an after/before/once clause only when that time is a month, a season or a year, which
holds both acts (a day does not: "on Monday after the rebels walked out" may lie days apart). Guards: a
measured distance ("weeks after"), since/until clauses, "while" (often "whereas"), and a day-precise host
keep the old dating.

Also the ambiguous month "March" between an article and the noun it dates ("in a March meeting"), which the
expression finder left to the publication day; not "the March on Washington". Our own sentences.
"""

from __future__ import annotations

import pytest

from eventwire.time.expressions import find_mentions
from time_support import date_word

PUBLISHED = "2031-07-12"

CASES = [
    # id, text, trigger word (its last occurrence), (date, basis)
    ("after-clause-on-a-year", "Homs has borne the brunt of the war which began in 2029 after army units led a "
     "crackdown on students.", "crackdown", ("2029", "expression")),
    ("after-clause-on-a-month", "The strike began in March 2029 after the company cut wages.", "cut",
     ("2029-03", "expression")),
    ("before-clause-on-a-fronted-month", "In February, a gunman killed five workers before an off-duty guard shot "
     "the gunman.", "shot", ("2031-02", "expression")),
    ("when-clause-on-a-day", "The talks collapsed on Monday when the rebels walked out.", "walked",
     ("2031-07-07", "expression")),
    ("as-clause-on-a-month", "The talks collapsed in May as the rebels walked out.", "walked",
     ("2031-05", "expression")),
    ("a-march-meeting", "Kim told officials in a March meeting that the plan was dead.", "meeting",
     ("2031-03", "expression")),
    # guards
    ("after-clause-on-a-day-stays", "The talks collapsed on Monday after the rebels walked out.", "walked",
     (PUBLISHED, "publication")),
    ("measured-distance-stays", "The army entered the town in May, weeks after rebels shelled a school.",
     "shelled", (PUBLISHED, "publication")),
    ("until-clause-stays", "The truce held through 2029 until rebels shelled a school.", "shelled",
     (PUBLISHED, "publication")),
    ("while-sets-facts-side-by-side", "Russia has backed the ruler since the war began in 2029 while the US has "
     "long called on him to step down.", "called", (PUBLISHED, "publication")),
    ("no-host-time-stays", "The talks collapsed after the rebels walked out.", "walked",
     (PUBLISHED, "publication")),
]  # fmt: skip



@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_host_clause_dates_a_background_act(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kim told officials in a March meeting that the plan was dead.", ["March"]),
        ("The March deadline passed.", ["March"]),
        # guards: a march named, a verb, and "May" (also a name: "the May government")
        ("Thousands joined the March on Washington.", []),
        ("They joined a March for Peace.", []),
        ("They march to the square.", []),
        ("The May government fell.", []),
    ],
)
def test_time_host_clause_march_before_a_noun_is_a_month(text, found):
    assert [text[m.start:m.end] for m in find_mentions(text)] == found
