"""War reports tell force by its toll and its defence (own sentences): losses inflicted, positions destroyed,
fighters eliminated, an attack repelled are force used on the other side (CAMEO 190); a beheading is killing
by physical assault (1823). The same words in politics or business ("inflicted a defeat on the government",
"eliminate tariffs", "repelled a takeover bid", "agreed to destroy its chemical weapons") code no force.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example, expected", [
    ("{Army units:SYRMIL} inflicted heavy losses upon {the insurgents:SYRREB} near the river.",
     ("SYRMIL", "SYRREB", "190")),
    ("{The guerrillas:SLVREB} said they inflicted twelve casualties on {the patrol:SLVMIL} at dawn.",
     ("SLVREB", "SLVMIL", "190")),
    ("{The air force:SYRMIL} destroyed {rebel positions:SYRREB} east of the city.", ("SYRMIL", "SYRREB", "190")),
    ("{Army units:SYRMIL} destroyed two vehicles belonging to {the militants:SYRREB} near the hills.",
     ("SYRMIL", "SYRREB", "190")),
    ("{The Kurdish-led forces:SYRREB} eliminated twelve {Islamic State militants:IMGMUSISI} near the dam.",
     ("SYRREB", "IMGMUSISI", "190")),
    ("{The jets:RUSMIL} destroyed some forty {militants:SYRREB} fleeing the town.", ("RUSMIL", "SYRREB", "190")),
    ("{Kurdish fighters:SYRKRD} repulsed {the militants:IMGMUSISI} east of the town.",
     ("SYRKRD", "IMGMUSISI", "190")),
    ("{Gunmen:MEXCRM} murdered {a local reporter:MEXMED} in Veracruz.", ("MEXCRM", "MEXMED", "190")),
    ("{The militants:IMGMUSISI} beheaded {two captured soldiers:SYRMIL} in a video.",
     ("IMGMUSISI", "SYRMIL", "1823")),
])
def test_events_force_told_by_its_toll_is_coded(ctx, example, expected):
    assert expected in dyads(code_example(ctx, example)[1])


def test_events_repelled_attack_is_force_on_the_attackers_who_keep_their_attack(ctx):
    example = "{Government troops:IRQMIL} repelled an overnight attack by {the insurgents:IRQREB} near the dam."
    found = dyads(code_example(ctx, example)[1])
    assert ("IRQMIL", "IRQREB", "190") in found
    assert ("IRQREB", None, "190") in found


@pytest.mark.parametrize("example", [
    "{The rebels:GBRPTY} inflicted a heavy defeat on {the government:GBRGOV} in the vote.",
    "{Labour:GBRPTY} would inflict damage on {the country:GBR}, the minister said.",
    "{Syria:SYR} began to destroy its chemical weapons under {the United Nations:IGOUNO} plan.",
    "{The government:USAGOV} will eliminate tariffs on {Mexico:MEX} next year.",
    "{The company:USABUS} repelled a takeover bid by {the investor:GBRBUS} last year.",
])
def test_events_the_same_words_in_politics_or_business_are_no_force(ctx, example):
    found = dyads(code_example(ctx, example)[1])
    assert not any(cameo[:2] in ("18", "19") for _, _, cameo in found), found
