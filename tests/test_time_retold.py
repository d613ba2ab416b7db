"""A past act retold in a later report (a trial, an arraignment, testimony) is dated by the noun that names it.

Our own sentences; each case names the
trigger word (its last occurrence), the date and the basis the stage must give.

A verdict or a hearing sets the passage's time; a prosecutor's or a witness's
account of the act itself ("the prosecutor said the farmer stabbed two
traders") used to take that time (the narrative carry, or the report's day),
which lies months or a year after the act. When the report names the act as
a noun of the verb's own stem with a time of its own ("a March 2029
stabbing", "the Sunday night shootings"), that time dates the retold act
(:func:`eventwire.time.retold.named`); the parser reads "told police
McAllister loaded …" as an open complement (xcomp), which counts as reported content too. Guards: two such nouns with
different times (two acts), a noun that only measures the news ("the worst
since the 2029 shooting"), and the reporter's own voice keep the old dating.
"""

from __future__ import annotations

import pytest

from time_support import date_word

CASES = [
    # id, published, text, trigger word (its occurrence: the last), (date, basis)
    ("trial-retells-the-act", "2031-06-12",
     "A court on Tuesday convicted a farmer charged in a March 2029 stabbing at a village market. "
     "His lawyer argued that he was ill. "
     "The prosecutor said the farmer stabbed two traders because he owed them money.",
     "stabbed", ("2029-03", "anchor")),
    ("arraignment-retells-the-act", "2031-06-12",
     "A driver was arraigned Wednesday on assault charges. "
     "He had been arrested hours after the Monday night shootings at the depot. "
     "During the hearing Wednesday, officers described the scene. "
     "A guard told police the driver loaded a rifle and shot him in the leg, then drove off.",
     "shot", ("2031-06-09", "anchor")),
    ("told-police-read-as-xcomp", "2031-06-12",
     "A fired clerk was arraigned Wednesday on murder charges. "
     "He had been arrested hours after the Monday morning shootings at the firm. "
     "During the hearing Wednesday, officers described the scene. "
     "Novak, a partner in the firm, told police McAllister loaded a shell into the shotgun's chamber "
     "and shot him in the hip.",
     "shot", ("2031-06-09", "anchor")),
    ("testimony-set-off-after-the-act", "2031-06-12",
     "A court on Tuesday sentenced the farmer accused in the 2029 stabbing of a village chief. "
     "The farmer stabbed the chief outside the mosque, the prosecutor told the court.",
     "stabbed", ("2029", "anchor")),
    # guards
    ("two-dated-acts-keep-the-passage-time", "2031-06-12",
     "Lawyers for the farmer charged in the 2029 stabbing and in Sunday's stabbing of a guard met on Tuesday. "
     "The prosecutor said the farmer stabbed the guard.",
     "stabbed", ("2031-06-10", "anchor")),
    ("a-yardstick-names-another-act", "2031-06-12",
     "Gunmen shot three guards at the depot on Tuesday, police said. "
     "It was the worst attack since the 2029 shooting at the port. "
     "A witness said the gunmen shot at the gate first.",
     "shot", ("2031-06-10", "anchor")),
    ("the-reporters-voice-keeps-the-passage-time", "2031-06-12",
     "Gunmen shot three guards at the depot on Tuesday. The gunmen shot at the gate first. "
     "Police blamed the gang behind the May 2029 shooting at the port.",
     "shot", ("2031-06-10", "anchor")),
    ("another-verb-is-another-act", "2031-06-12",
     "A court on Tuesday convicted a farmer charged in a March 2029 stabbing at a village market. "
     "The prosecutor said the farmer threatened the judge.",
     "threatened", ("2031-06-10", "anchor")),
]  # fmt: skip



@pytest.mark.parametrize(("case", "published", "text", "word", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_dates_a_retold_act_by_the_noun_that_names_it(case, published, text, word, expected, nlp, ctx):
    event = date_word(text, word, published, nlp, ctx)
    assert (event.date, event.date_basis) == expected
