"""A participle of harm hung on the target of an attack continues the attack (``subjects._harm_hung_on_a_target``).

"Syrian rebels fired rockets at the capital killing seven civilians": the parser may hang "killing" on "the
capital" as if the capital killed them; the rebels did. Only participles of harm ("killing", "wounding") on the
object of a verb's preposition; "forces attacking X" keeps the noun it modifies as its doer.
"""

from __future__ import annotations

from actors_support import pipeline_dyads


def test_events_killing_hung_on_the_target_is_the_attackers(ctx):
    dyads = pipeline_dyads(ctx, "Syrian rebels fired dozens of rockets at the capital killing seven civilians.",
                           "harm-participle-capital")
    assert ("SYRREB", "SYRCVL", "190") in dyads
    assert not any(source == "SYR" and root == "190" for source, _, root in dyads)


def test_events_killing_hung_on_an_attacks_place_is_the_attackers(ctx):
    dyads = pipeline_dyads(ctx, "Islamic State militants launched mortars in an attack on the Syrian city of "
                                "Deir Ezzor killing nine people.", "harm-participle-city")
    assert ("IMGMUSISI", "SYRCVL", "190") in dyads
