"""Which time dates an act told in a run of clauses or a passage.

Our own sentences; each case names the trigger word and the date and basis the
stage must give it. The cases cover:

* a later conjoined verb's time ("shot one guard and wounded two others
  Tuesday") dates the earlier acts of the same subject;
* background times (a restrictive relative clause on a noun, a since-clause,
  a since-phrase: "the worst attack since the one in 2019") set no time for
  the sentences after them; a relative clause set off by a
  comma still may;
* the report's own date printed at the top (a dateline) dates no event;
* a state reported in the present perfect ("the toll has reached 126, a monitor
  said on Sunday") lends the report's day to nothing inside it;
* a habit ("has repeatedly denied") gets no day from the publication.
"""

from __future__ import annotations

import pytest

from time_support import date_word

CASES = [
    # id, published, text, trigger word (its occurrence: the last), cameo, (date, basis)
    ("conj-later-time", "2024-03-06",
     "A Texas man shot one guard and wounded two others Tuesday at the warehouse, police said.",
     "shot", "190", ("2024-03-05", "expression")),
    ("conj-three-acts", "2024-03-06",
     "A fired worker shot and killed a clerk and wounded two men Tuesday at the plant.",
     "killed", "190", ("2024-03-05", "expression")),
    ("conj-own-subject-is-another-clause", "2024-03-06",
     "Police arrived at the scene and the gunman fled Tuesday.",
     "arrived", "190", ("2024-03-06", "publication")),
    ("conj-other-tense-is-another-time", "2024-03-06",
     "He shot a guard and will face charges Monday.",
     "shot", "190", ("2024-03-06", "publication")),
    ("relcl-time-sets-no-passage", "2024-03-06",
     "Rebels shelled the valley despite a truce that both sides signed in December. "
     "The two presidents discussed the shelling, aides said.",
     "discussed", "040", ("2024-03-06", "publication")),
    ("since-clause-sets-no-passage", "2024-03-06",
     "It was the deadliest raid since mortars killed forty people in August 2019. "
     "The army denied that its gunners had fired at the market.",
     "fired", "190", ("2024-03-06", "publication")),
    ("since-phrase-sets-no-passage", "2024-03-06",
     "It was the worst attack since the one in August 2019. The army denied that its planes had bombed the town.",
     "bombed", "190", ("2024-03-06", "publication")),
    ("comma-relative-clause-still-sets-passage", "2024-05-10",
     "The army has fought the rebels in a long war, which included a gas attack this spring. "
     "The president responded with a missile strike.",
     "responded", "190", ("2024-spring", "anchor")),
    ("main-clause-time-still-sets-passage", "2024-03-06",
     "Troops entered the town on Monday. They arrested the mayor.",
     "arrested", "173", ("2024-03-04", "anchor")),
    ("dateline-dates-no-event", "2024-03-06",
     "6 Mar 2024 Jets bombed the market, killing 40.",
     "bombed", "190", ("2024-03-06", "publication")),
    ("dateline-posted-on", "2024-03-06",
     "Posted on March 6 2024 by the desk Jets bombed the market, killing 40.",
     "bombed", "190", ("2024-03-06", "publication")),
    ("date-in-the-story-is-kept", "2024-03-06",
     "The toll rose on Wednesday. Jets bombed the market on March 6 2024, a monitor said.",
     "bombed", "190", ("2024-03-06", "expression")),
    ("perfect-report-lends-no-day", "2024-04-17",
     "The death toll from a bomb attack on the convoy has reached 126, a monitor said on Sunday.",
     "attack", "190", ("2024-04-17", "publication")),
    ("past-report-still-lends-its-day", "2024-04-17",
     "Officials said on Sunday that a bomb killed 126 people near the convoy.",
     "killed", "190", ("2024-04-14", "anchor")),
    ("habit-has-no-day", "2024-03-06",
     "The ministry has repeatedly denied using such weapons.",
     "denied", "016", (None, None)),
    ("single-denial-keeps-its-day", "2024-03-06",
     "The ministry denied using such weapons.",
     "denied", "016", ("2024-03-06", "publication")),
]  # fmt: skip



@pytest.mark.parametrize(("case", "published", "text", "word", "cameo", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_dates_acts_of_a_passage(case, published, text, word, cameo, expected, nlp, ctx):
    event = date_word(text, word, published, nlp, ctx, cameo)
    assert (event.date, event.date_basis) == expected
