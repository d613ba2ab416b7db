"""Court acts told with a light verb, from incidents' ecbplus_dev3 requests (own sentences).

* "gave X a ten-year sentence" is a sentencing (CAMEO 116, as "sentenced X"); "handed X four life sentences",
  "handed down a life sentence to X" imprison (173, as "sentenced X to life"); neither is a return (0842) or a
  handover (063)
  (``disapprove.hand_sentence``; ``matching._holds`` reads a second dobj when the receiver was parsed as the first).
* "ordered / sent X to stand trial", "sent X to trial": CAMEO 173 "charge with legal action"
  (``coerce.stand_trial``); "ordered a new trial" brings nobody to court.
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _asserted(events):
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events if not e.negated}


@pytest.mark.parametrize(("example", "expected"), [
    ("{A Texas judge:USAJUD} handed {Tom Baker:USACRM} three consecutive life sentences.", ("USAJUD", "USACRM", "173")),
    ("{A Cairo court:EGYJUD} gave {the former minister:EGYGOV} a ten-year sentence.",
     ("EGYJUD", "EGYGOV", "116")),
    ("{The judge:GBRJUD} handed down a life sentence to {the bomber:GBRCRM} on Friday.", ("GBRJUD", "GBRCRM", "173")),
    ("{A Kenyan judge:KENJUD} ordered {the former governor:KENGOV} to stand trial for fraud.",
     ("KENJUD", "KENGOV", "173")),
    ("{A man:USACVL} charged with killing three co-workers was ordered by {a judge:USAJUD} to stand trial.",
     ("USAJUD", "USACVL", "173")),
    ("{The court:FRAJUD} sent {the officer:FRACOP} to trial.", ("FRAJUD", "FRACOP", "173")),
])
def test_events_sentencing_and_trial_rule(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in _asserted(found), _asserted(found)


@pytest.mark.parametrize(("example", "absent"), [
    # a return stays a return; a new trial is no charge; "stand firm" is no trial
    ("{Germany:DEU} handed the stolen painting back to {Poland:POL}.", "116"),
    ("{A judge:USAJUD} ordered a new trial for {the gunman:USACRM}.", "173"),
    ("{The commander:USAMIL} ordered {the rebels:USAREB} to stand firm.", "173"),
    ("{The minister:FRAGOV} gave {the reporter:FRAMED} a sentence to read aloud.", "0842"),
])
def test_events_sentencing_and_trial_guard(ctx, example, absent):
    _, found = code_example(ctx, example)
    assert all(c != absent for _, _, c in _asserted(found)), _asserted(found)


def test_events_sentencing_and_trial_return_kept(ctx):
    _, found = code_example(ctx, "{Germany:DEU} handed the stolen painting back to {Poland:POL}.")
    assert ("DEU", "POL", "0842") in _asserted(found), _asserted(found)
