"""Criticism of an act is aimed at whoever did it, not at whom it befell (``arguments._doer_of_an_act``).

"Peru condemned the invasion of Panama by U.S. troops" is Peru against the United States: the "of" phrase of
the act names the invaded. The "by" phrase counts wherever the parser hangs it, on the noun or on the verb
right after the noun's phrase. With no doer named the old reading stands.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{Peru:PER} condemned the invasion of {Panama:PAN} by {U.S. troops:USAMIL}.", ("111", "PER", "USAMIL")),
    ("{France:FRA} condemned the shelling of {Aleppo:SYR} by {Syrian forces:SYRMIL}.", ("111", "FRA", "SYRMIL")),
])
def test_events_criticism_of_an_act_is_aimed_at_its_doer(ctx, example, expected):
    found = [(c, s, t) for c, s, t, _ in coded_moods(ctx, example, "11")]
    assert found == [expected], found


def test_events_criticism_of_an_act_with_no_doer_keeps_whom_it_befell(ctx):
    found = [(c, s, t) for c, s, t, _ in coded_moods(ctx, "{Iran:IRN} condemned the killing of {protesters:IRNOPP}.",
                                                     "11")]
    assert found == [("111", "IRN", "IRNOPP")], found
