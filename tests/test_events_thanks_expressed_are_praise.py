"""Thanks told with a noun ("expressed gratitude to X", "conveyed its thanks for X's help") are praise.

The verb "thanked" is praise (CAMEO 051, PLOVER SUPPORT); the same act told as an expressed, conveyed or
extended noun of thanks is coded the same, aimed at the one thanked (not at whom the help thanked for
went to). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize(
    "example",
    [
        "{The Jordanian government:JORGOV} expressed its gratitude to {Germany:DEU} for the aid.",
        "{Egypt:EGY} conveyed its gratitude for {China's:CHN} assistance on Monday.",
        "{The Nepali prime minister:NPLGOV} extended his thanks to {India:IND} after the floods.",
    ],
)
def test_events_expressed_thanks_are_praise(ctx, example):
    _, events = code_example(ctx, example)
    assert {(e.cameo, e.plover) for e in events} == {("051", "SUPPORT")}, [
        (e.cameo, e.source.code, e.target and e.target.code, e.pattern) for e in events]
    assert all(e.target is not None for e in events)


def test_events_thanks_go_to_the_one_thanked_not_to_whom_the_help_went(ctx):
    _, events = code_example(
        ctx, "{The Iraqi government:IRQGOV} expressed its gratitude to {Germany:DEU} for its help to {Syria:SYR}.")
    assert {(e.source.code, e.target.code) for e in events if e.cameo == "051"} == {("IRQGOV", "DEU")}
