"""Acts that are arranged or asked for are not done; released substances are no prisoners; easings of
restrictions on freedoms (0811); "critical of X" criticises X (111)."""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    # "is/are to <verb>": arranged, not done
    ("{The Ghanaian finance minister:GHAGOV} is to step down next month.", ("0341", "GHAGOV", None, "intended")),
    ("{The Egyptian foreign minister:EGYGOV} is to visit {Jordan:JOR} this week.",
     ("036", "EGYGOV", "JOR", "intended")),
    # an encouragement asks for the act
    ("{The Greek coast guard:GRCMIL} encouraged {the refugees:SYRREF} to seek asylum in {Germany:DEU}.",
     ("023", "SYRREF", "DEU", "hypothetical")),
    # easings of restrictions on freedoms and of closed borders
    ("{The Egyptian government:EGYGOV} lifted the ban on public gatherings on Sunday.",
     ("0811", "EGYGOV", None, "asserted")),
    ("{The Iranian government:IRNGOV} restored internet access on Monday.", ("0811", "IRNGOV", None, "asserted")),
    # criticism told with an adjective
    ("{The Egyptian foreign minister:EGYGOV} was highly critical of {the Israeli government:ISRGOV}.",
     ("111", "EGYGOV", "ISRGOV", "asserted")),
])
def test_events_phrasing_codes_with_its_mood(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


def test_events_blame_idiom_is_no_plan(ctx):
    found = coded_moods(ctx, "{The Turkish government:TURGOV} said {Syria:SYR} was to blame for the bombing.")
    assert not [e for e in found if e[3] == "intended"], found


@pytest.mark.parametrize("example, prefix", [
    ("Tear gas released by {a Syrian army helicopter:SYRMIL} injured {residents:SYRCVL}.", "084"),
    ("{The Israeli army:ISRMIL} released tear gas at {the protesters:PSEOPP}.", "084"),
    ("{The European Union:IGOEUREEC} lifted sanctions on {Belarus:BLR}.", "081"),
    ("{Mexico:MEX} was critical of {Mexican:MEX} horror stories.", "111"),
])
def test_events_look_alike_is_not_coded(ctx, example, prefix):
    found = coded_moods(ctx, example)
    assert not [e for e in found if e[0].startswith(prefix)], found
