"""An act on many places counted as many ("attacked dozens of police stations") is a run of acts, given no day.

As a tally of times ("shelled the depot several times") or a habit, it names no one happening: "youths
across the country attacked dozens of police stations", dated by its report, would join that week's one
attack on a police station in one town. Guards: many people ("arrested dozens of protesters") is one
round-up, many rounds ("fired hundreds of shells") one barrage, a few places ("several banks") may be one
night's riot, and a time of the act's own still dates it. Our own sentences.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2031-07-12"

CASES = [
    ("dozens-of-stations", "Angry youths across the country attacked dozens of police stations.", "attacked",
     (None, None)),
    ("scores-of-villages", "The rebels have raided scores of villages in the north.", "raided", (None, None)),
    ("numerous-on-the-noun", "Masked men torched numerous banks in the province.", "torched", (None, None)),
    ("infinitive", "A whole generation rose up to attack dozens of police stations.", "attack", (None, None)),
    # guards
    ("many-people-is-one-round-up", "Police arrested dozens of protesters in the square.", "arrested",
     (PUBLISHED, "publication")),
    ("many-rounds-is-one-barrage", "The militia fired hundreds of shells at the old town.", "fired",
     (PUBLISHED, "publication")),
    ("a-few-places-may-be-one-riot", "Rioters attacked several banks in the capital.", "attacked",
     (PUBLISHED, "publication")),
    ("one-place", "Youths attacked a police station in the capital.", "attacked", (PUBLISHED, "publication")),
    ("own-time-still-dates", "Youths attacked dozens of police stations on Monday.", "attacked",
     ("2031-07-07", "expression")),
]  # fmt: skip



@pytest.mark.parametrize(("case", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_counted_places_give_no_day(case, text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
