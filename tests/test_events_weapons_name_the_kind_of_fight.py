"""A plain verb of force that names its weapon in a "with" or "by" phrase is coded by that weapon (own
sentences).

CAMEO codes fighting by its weapons where the text names them: 193 small arms, 194 artillery and tanks, 195
aerial weapons. "Targeted the village with mortar shells" is 194, "was targeted by government warplanes"
195, "killed by a sniper's bullet" 193; where several are named, the heaviest wins. Guards: a "with" phrase
that names no weapon ("clashed with troops") and a bomb (a planted bomb is 183) keep the generic code.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example, source, code", [
    ("{Insurgents:AFGINS} targeted {the village:AFGCVL} with mortar shells on Monday.", "AFGINS", "194"),
    ("{The market:YEMCVL} was targeted by {government warplanes:YEMMIL} on Monday.", "YEMMIL", "195"),
    ("{A farmer:NGACVL} was killed by a sniper's bullet fired by {the militia:NGAUAF}.", "NGAUAF", "193"),
    ("{Gunmen:SOMUAF} targeted {the camp:SOMCVL} with rifles and mortars overnight.", "SOMUAF", "194"),
])
def test_events_weapons_force_told_with_its_weapon_takes_its_code(ctx, example, source, code):
    found = dyads(code_example(ctx, example)[1])
    assert any(s == source and cameo == code for s, _, cameo in found)
    assert not any(s == source and cameo == "190" for s, _, cameo in found)


@pytest.mark.parametrize("example, source", [
    ("{Rebels:AFGREB} attacked {the convoy:AFGMIL} with great force on Monday.", "AFGREB"),
    ("{Rebels:AFGREB} attacked {the convoy:AFGMIL} with a roadside bomb on Monday.", "AFGREB"),
])
def test_events_weapons_no_weapon_named_keeps_generic_force(ctx, example, source):
    found = dyads(code_example(ctx, example)[1])
    assert not any(s == source and cameo in ("193", "194", "195") for s, _, cameo in found)
