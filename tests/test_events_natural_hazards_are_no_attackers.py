"""An earthquake, a storm, a virus or an accident that "hits" or "kills" is no attack by anyone.

``events/misreadings.natural_hazard``: a natural hazard, an illness or an accident (``events/hazards``) as the
subject (or its head word) of a verb of force or coercion gives no event; a country's adjective on it ("Iranian
earthquake") names a place.
"""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize("sentence", [
    "{Iranian:IRN} earthquake tremor hits {Dubai:ARE}.",
    "A {Turkish:TUR} earthquake struck {the Syrian border town:SYR} on Monday.",
    "{The Chinese:CHN} virus outbreak hit {Italy:ITA} hard.",
    "A {Russian:RUS} plane crash killed {Syrian:SYR} passengers near the coast.",
])
def test_events_a_natural_hazard_that_hits_is_no_attack(ctx, sentence):
    _, found = code_example(ctx, sentence)
    assert not [e for e in found if e.root in ("18", "19", "20")]


def test_events_missiles_that_hit_a_city_are_still_an_attack(ctx):
    _, found = code_example(ctx, "{Iranian:IRN} missiles hit {Dubai:ARE} on Monday.")
    assert any(e.root == "19" for e in found)
