"""Shells told in a "with" phrase whose own clause names a poison gas are a chemical attack (own sentences).

CAMEO 2041 (use chemical weapons): a report may name the weapon in the "with" phrase of the attack and the
agent only in that weapon's relative clause ("targeted the suburb with shells [that contained] toxic gas").
Shells with no chemical clause stay a plain use of force.
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_shells_that_contained_poison_gas_are_2041(ctx):
    example = "{The militants:SYRREB} targeted {the suburb:SYRCVL} with shells that contained toxic gas."
    found = dyads(code_example(ctx, example)[1])
    assert ("SYRREB", "SYRCVL", "2041") in found
    assert not any(cameo.startswith("19") for _, _, cameo in found)


def test_events_shells_without_a_chemical_clause_stay_force(ctx):
    example = "{The militants:SYRREB} targeted {the suburb:SYRCVL} with shells that hit two houses."
    found = dyads(code_example(ctx, example)[1])
    assert not any(cameo == "2041" for _, _, cameo in found)
    assert any(cameo.startswith("19") for _, _, cameo in found)
