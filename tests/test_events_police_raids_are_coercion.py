"""A police raid or search is coercion by the authorities, CAMEO 17, not the military assault of 190 (own sentences).

PLOVER's COERCE "seize" mode names "execute search, raid"; a raid by soldiers or warplanes stays an
assault. A name that makes the raid a police one ("the FBI raid") is the doer, not part of the trigger.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example, expected", [
    ("{Federal agents:USACOP} raided the offices of {the county governor:USAGOV} on Monday.", ("USACOP", "USAGOV")),
    ("{Police officers:DEUCOP} raided the home of {the party treasurer:DEUPTY} at dawn.", ("DEUCOP", "DEUPTY")),
    ("{The senator:USALEG} criticised the FBI raid on {the campaign manager:USAPTY} last week.", None),
])
def test_events_police_raid_is_170(ctx, example, expected):
    found = dyads(code_example(ctx, example)[1])
    assert not any(cameo.startswith("19") for _, _, cameo in found)
    if expected:
        assert (*expected, "170") in found


def test_events_fbi_raid_noun_keeps_the_raid_as_trigger(ctx):
    article, events = code_example(ctx, "{The FBI:USACOP} raid on {the lawyer:USAJUD} angered the president.")
    raids = [e for e in events if e.cameo == "170"]
    assert raids and all(article.text[e.trigger.start:e.trigger.end] == "raid" for e in raids)


def test_events_military_raid_stays_an_assault(ctx):
    found = dyads(code_example(ctx, "{Israeli troops:ISRMIL} raided {a militant camp:PSEREB} near Jenin.")[1])
    assert any(cameo.startswith("19") for _, _, cameo in found)
    assert not any(cameo.startswith("17") for _, _, cameo in found)
