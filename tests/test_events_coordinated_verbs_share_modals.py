"""A coordinated verb shares its first conjunct's auxiliaries and negation (own sentences).

spaCy hangs "would", "will" and "not" on the first of two coordinated verbs only, so "would arm and equip"
coded the equipping as done. A conjunct of the same form with no auxiliary, negation or subject of its own is
under the first conjunct's; one with a subject of its own is a clause of its own and keeps its own mood.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{The minister:FRAGOV} said {France:FRA} would arm and equip {the Kurdish fighters:IRQREB}.",
     ("0332", "FRA", "IRQREB", "intended")),
    ("{French police:FRACOP} did not arrest or charge {the Syrian protesters:SYROPP}.",
     ("173", "FRACOP", "SYROPP", "negated")),
])
def test_events_second_conjunct_shares_the_first_conjuncts_mood(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


@pytest.mark.parametrize("example, expected", [
    ("{French troops:FRAMIL} attacked and killed {Malian rebels:MLIREB}.", ("190", "FRAMIL", "MLIREB", "asserted")),
    ("The talks did not resume and {the rebels:MLIREB} attacked {the French base:FRAMIL}.",
     ("190", "MLIREB", "FRAMIL", "asserted")),
])
def test_events_conjunct_with_its_own_subject_or_no_auxiliary_stays_asserted(ctx, example, expected):
    assert expected in coded_moods(ctx, example)
