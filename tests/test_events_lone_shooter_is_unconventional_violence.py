"""One person shooting at people is unconventional violence, 180, not a small-arms fight, 193 (own sentences).

CAMEO 193 is fighting with small arms between armed forces; a lone gunman or a student who opens fire at a
school is an attack of the kind of root 18. A band ("gunmen") keeps 193. The killing told by a participle after
the shooting ("opened fire, killing three") is the same act and folds into it, as into a root-19 attack.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize("example, expected", [
    ("{A gunman:USACVL} opened fire on {worshippers:USAREL} at a church in Texas.", ("180", "USACVL", "USAREL")),
    ("{A student:USACVL} opened fire at {a high school:USAEDU} in Florida, killing two.", ("180", "USACVL", "USAEDU")),
])
def test_events_one_shooter_is_180(ctx, example, expected):
    found = dyads(code_example(ctx, example)[1])
    code, source, target = expected
    assert (source, target, code) in found
    assert not any(cameo.startswith("19") for _, _, cameo in found)


def test_events_a_band_of_gunmen_still_fights_193(ctx):
    example = "{Gunmen:IRQREB} opened fire on {a police checkpoint:IRQCOP} in Baghdad."
    assert ("IRQREB", "IRQCOP", "193") in dyads(code_example(ctx, example)[1])
