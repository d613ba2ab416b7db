"""Rules of the time stage: background times and denied strikes.

Our own sentences; each case names the trigger word (its last occurrence), the
event's code, whether it is negated, and the date and basis the stage must give:

* a sentence that ranks the news against the past ("The deadliest raid was one
  in March 2019") sets no time for the sentences after it; a sentence that
  merely opens a narrative ("The first blast was on Monday") still does;
* a past restrictive relative clause on a thing ("an attack in August 2019
  that killed forty") is told within its noun's time; one on a person ("a man
  who killed three") is the person's past and is not;
* a sentence printed again later in the page without its date ("6 March 2019
  Rebels seize the town …" then "Rebels seize the town …") takes the dated
  copy's time;
* a side's negated present perfect of force in its own words ("'Our planes
  have not carried out any strikes,' the ministry said") keeps the report's
  day, so it joins the strike it denies; an absence in the reporter's voice,
  or a non-force one, still has no day.
"""

from __future__ import annotations

import pytest

from time_support import date_word

PUBLISHED = "2024-03-06"

CASES = [
    # id, text, trigger word (last occurrence), cameo, negated, (date, basis)
    ("ranked-sentence-sets-no-passage",
     "The deadliest raid was an assault by gunmen in March 2019. Militia fighters stormed the village.",
     "stormed", "190", False, (PUBLISHED, "publication")),
    ("most-ranked-sentence-sets-no-passage",
     "The most lethal raid was an assault by gunmen in March 2019. Militia fighters stormed the village.",
     "stormed", "190", False, (PUBLISHED, "publication")),
    ("first-in-a-narrative-still-sets-passage",
     "The first blast was at the market on Monday. Gunmen stormed the village.",
     "stormed", "190", False, ("2024-03-04", "anchor")),
    ("relative-clause-on-a-thing-takes-its-time",
     "It was a gas attack in August 2019 on a town that killed forty people.",
     "killed", "190", False, ("2019-08", "expression")),
    ("relative-clause-on-a-person-does-not",
     "On Monday police arrested a man who killed three people.",
     "killed", "190", False, (PUBLISHED, "publication")),
    ("undated-copy-takes-the-dated-copy-time",
     "6 March 2019 Rebels seize the town of Karam after a week of shelling. "
     "The war went on.\n\nRebels seize the town of Karam after a week of shelling.",
     "seize", "192", False, ("2019-03-06", "anchor")),
    ("sentence-without-a-dated-copy-keeps-publication",
     "Rebels seize the town of Karam after a week of shelling.",
     "seize", "192", False, (PUBLISHED, "publication")),
    ("denied-strike-in-own-words-keeps-the-day",
     "\"Our planes have not carried out any strikes near the town,\" the ministry said.",
     "carried", "195", True, (PUBLISHED, "publication")),
    ("denial-in-a-saying-clause-keeps-the-day",
     "The army denied the charge, saying its forces have not used chemical weapons.",
     "used", "2041", True, (PUBLISHED, "publication")),
    ("absence-in-reporter-voice-has-no-day",
     "No strike has hit the town since the truce.",
     "hit", "190", True, (None, None)),
    ("non-force-absence-in-own-words-has-no-day",
     "\"The president has not spoken to the rebels,\" an aide said.",
     "spoken", "040", True, (None, None)),
]  # fmt: skip



@pytest.mark.parametrize(("case", "text", "word", "cameo", "negated", "expected"), CASES, ids=[c[0] for c in CASES])
def test_time_background_and_denied_strikes(case, text, word, cameo, negated, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx, cameo, negated)
    assert (event.date, event.date_basis) == expected
