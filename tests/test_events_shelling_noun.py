"""Shelling, as a noun, is artillery or tank fire by itself (CAMEO 194), with no weapon word beside it.

``19_fight.yaml``: ``fight.shelling_bare_noun``. "Bombardment" and "fire" still need one
(``fight.shelling_noun``): bombers bombard and rifles fire too.
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_shelling_noun_with_an_actor_modifier_is_artillery_fire(ctx):
    _, found = code_example(ctx, "{Two Syrian children:SYRCVL} were killed in {Turkish:TUR} shelling of the village.")
    assert ("TUR", "SYRCVL", "194") in dyads(found)


def test_events_shelling_noun_carried_out_by_an_actor(ctx):
    _, found = code_example(ctx, "The shelling of the hospital was carried out by {the rebels:SYRREB}.")
    assert {e.cameo for e in found} == {"194"}
    assert {e.source.code for e in found} == {"SYRREB"}


def test_events_bare_fire_noun_still_needs_a_weapon_word(ctx):
    _, found = code_example(ctx, "{The army:SYRMIL} came under fire from {the rebels:SYRREB}.")
    assert all(e.cameo != "194" for e in found)
