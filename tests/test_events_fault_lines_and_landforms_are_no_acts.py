"""A fault line is no blame and a landform that surrounds a place besieges no one (own sentences).

The parser reads the noun compound "fault lines" as the verb "fault" (blame, CAMEO 112) with "lines" as its
object, and a participle on a landform ("volcanoes and fault lines [encircling] the ocean") as an act of
encirclement (191) by whatever actor the sentence names. Neither is an event; blaming and encircling by
actors still are.
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_fault_lines_encircling_an_ocean_code_nothing(ctx):
    example = ("{Chile:CHL} is prone to earthquakes as it lies on an arc of volcanoes and fault lines encircling"
               " the ocean.")
    assert dyads(code_example(ctx, example)[1]) == set()


def test_events_troops_encircling_a_town_still_encircle(ctx):
    found = dyads(code_example(ctx, "{Syrian troops:SYRMIL} encircled {the rebel-held town:SYRREB} on Monday.")[1])
    assert ("SYRMIL", "SYRREB", "191") in found
