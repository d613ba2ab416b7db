"""Ground taken back is ground taken (192), and the ground an offensive is launched to take is only its aim.

"Recaptured", "retook" and "regained control of" a town are CAMEO 192 as "captured" is; a stronghold, building
or road taken by force is ground too. But "launched an assault to retake the town" tells of the assault, not of
the town taken: the retaking is intended (announced force, 1382), and the assault keeps its own event.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{Government troops:SYRMIL} recaptured the village from {the rebels:SYRREB} on Tuesday.",
         ("192", "SYRMIL", "SYRREB", "asserted")),
        # the tagger leaves "retook" as its own lemma
        ("{The Iraqi army:IRQMIL} retook the city from {Islamic State:IMGMUSISI} last week.",
         ("192", "IRQMIL", "IMGMUSISI", "asserted")),
        ("{The Kurdish militia:SYRREB} regained control of the village from {Islamic State:IMGMUSISI}.",
         ("192", "SYRREB", "IMGMUSISI", "asserted")),
        ("{Loyalist fighters:YEMMIL} overran the rebel stronghold near the coast.",
         ("192", "YEMMIL", None, "asserted")),
        ("{Iraqi troops:IRQMIL} captured the main mosque from {Islamic State:IMGMUSISI} on Thursday.",
         ("192", "IRQMIL", "IMGMUSISI", "asserted")),
    ],
)
def test_events_ground_retaken_or_a_site_captured_is_occupied(ctx, example, expected):
    assert expected in coded_moods(ctx, example, "19")


@pytest.mark.parametrize(
    "example",
    [
        "{The Labour party:GBRPTY} regained the seat in 1997.",  # an election won back
        "{The opposition:VENOPP} regained control of its finances last year.",  # control of no ground
        "{The customs police:KENCOP} seized weapons at the checkpoint.",  # goods confiscated at a site
        "{The opposition party:VENOPP} captured the attention of the voters.",
    ],
)
def test_events_no_ground_taken_without_a_place_taken(ctx, example):
    assert not [m for m in coded_moods(ctx, example) if m[0] == "192"]


@pytest.mark.parametrize(
    ("example", "aim"),
    [
        ("{The army:SYRMIL} launched an assault to retake the town from {the rebels:SYRREB}.",
         ("1382", "SYRMIL", "SYRREB", "intended")),
        ("{The army:SYRMIL} announced an operation to recapture the whole city.",
         ("1382", "SYRMIL", None, "intended")),
        ("{Government forces:SYRMIL} shelled the area in order to regain the town from {the rebels:SYRREB}.",
         ("1382", "SYRMIL", "SYRREB", "intended")),
        ("{Iraqi forces:IRQMIL} have been struggling to recapture the towns lost to {the militants:IMGMUSISI}.",
         ("1382", "IRQMIL", None, "intended")),
    ],
)
def test_events_ground_a_campaign_is_for_is_its_aim_not_taken(ctx, example, aim):
    moods = coded_moods(ctx, example)
    assert aim in moods
    assert not [m for m in moods if m[0] == "192"]


def test_events_the_assault_launched_to_retake_ground_keeps_its_own_event(ctx):
    moods = coded_moods(ctx, "{The army:SYRMIL} launched an assault to retake the town.")
    assert ("190", "SYRMIL", None, "asserted") in moods


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # an arrest an operation is launched for is coded as the arrest, as before
        ("{Kenyan police:KENCOP} launched an operation to arrest {the suspects:KENCRM}.",
         ("173", "KENCOP", "KENCRM", "asserted")),
        # ground taken in an attempt at something else was taken
        ("{Syrian troops:SYRMIL} captured the town in an attempt to cut the supply route.",
         ("192", "SYRMIL", None, "asserted")),
    ],
)
def test_events_other_aims_and_ground_taken_on_the_way_stay_asserted(ctx, example, expected):
    assert expected in coded_moods(ctx, example)
