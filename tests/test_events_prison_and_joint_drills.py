"""Sentences to prison and exercises held together, coded as PLOVER reads them.

* A sentence to prison, jail or life imprisons: PLOVER codes convictions that end in imprisonment as COERCE
  (arrest), so "sentenced X to six years in prison", "sentenced X to life" and "handed X a prison sentence /
  four life sentences" are CAMEO 173 (``coerce.sentence_to_prison``, ``coerce.hand_prison_sentence``; the
  modifiers of an object found after the receiver count, ``matching._holds``); a death sentence or a sentence
  with no prison or life word stays a sentencing (116). The span "to six years" is a date, but the prison it holds still
  qualifies the verb (``trigger_words._in_phrase``).
* "convicted X ... and sentenced him to prison": the conviction takes the prison-sentence code and keeps its
  own object as the target (``convictions.imprisoning_convictions``).
* Exercises staged by coordinated parties ("X and Y held naval drills", "the war game was staged by X and Y")
  are a joint exercise (062, COOPERATE), as PLOVER codes joint military operations; one country's drills stay
  a show of force (150) (``joint_drills.joint_exercises``).
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


def _asserted(events):
    return dyads([e for e in events if not e.negated and e.modality != "hypothetical"])


@pytest.mark.parametrize(("example", "expected"), [
    ("{A court in Ankara:TURJUD} sentenced {the journalist:TURMED} to six years in prison on Tuesday.",
     ("TURJUD", "TURMED", "173")),
    ("{The former mayor:PHLGOV} was sentenced to two years in jail by {a Manila court:PHLJUD}.",
     ("PHLJUD", "PHLGOV", "173")),
    ("{A Lagos court:NGAJUD} handed {the smuggler:NGACRM} a five-year prison sentence on Monday.",
     ("NGAJUD", "NGACRM", "173")),
    ("{A Dutch court:NLDJUD} convicted {the pilot:NLDCVL} of fraud and sentenced him to four years in prison.",
     ("NLDJUD", "NLDCVL", "173")),
    ("{A Texas judge:USAJUD} handed {Tom Baker:USACRM} three consecutive life sentences.",
     ("USAJUD", "USACRM", "173")),
    ("{A judge in Oslo:NORJUD} sentenced {the gunman:NORCRM} to life.", ("NORJUD", "NORCRM", "173")),
    ("{Russia:RUS} and {China:CHN} held naval drills in the Sea of Japan on Monday.", ("RUS", "CHN", "062")),
    ("The war game was staged by {Egyptian marines:EGYMIL} and {Greek forces:GRCMIL} last week.",
     ("EGYMIL", "GRCMIL", "062")),
])
def test_events_prison_sentence_and_joint_drill_rule(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in _asserted(found), _asserted(found)


@pytest.mark.parametrize(("example", "expected"), [
    ("{A Cairo court:EGYJUD} sentenced {the activist:EGYOPP} to death.", ("EGYJUD", "EGYOPP", "116")),
    ("{A Cairo court:EGYJUD} gave {the former minister:EGYGOV} a ten-year sentence.", ("EGYJUD", "EGYGOV", "116")),
    ("{A Dutch court:NLDJUD} convicted {the pilot:NLDCVL} of fraud.", ("NLDJUD", "NLDCVL", "116")),
    ("{China:CHN} staged live-fire military drills near {Taiwan:TWN} on Sunday.", ("CHN", "TWN", "150")),
])
def test_events_prison_sentence_and_joint_drill_guard(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in _asserted(found), _asserted(found)
