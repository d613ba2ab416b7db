"""Victims named by the first of two joined casualty verbs complete the attack noun hung on the second.

"20 people were killed and dozens injured in a bomb attack carried out by X": the elided "were" makes the parser
read "dozens injured" as active and hang the attack on it; the passive "were killed" it is joined to names the
victims (``roles_noun._victims_before_a_shared_passive``). An active "rebels killed four and wounded ten in an
attack" names the doers, not victims.
"""

from __future__ import annotations

from actors_support import pipeline_dyads


def test_events_victims_of_the_first_passive_are_the_attacks_target(ctx):
    dyads = pipeline_dyads(ctx, "At least 20 civilians were killed and dozens injured in a bomb attack carried out "
                                "by Syrian regime troops.", "shared-passive-victims")
    assert any(source == "SYRMIL" and target is not None and target.endswith("CVL") and root == "190"
               for source, target, root in dyads)


def test_events_active_killers_are_no_victims(ctx):
    dyads = pipeline_dyads(ctx, "Syrian rebels killed four soldiers and wounded ten in an attack on the base.",
                           "shared-passive-active")
    assert not any(target is not None and target.startswith("SYRREB") for _, target, _ in dyads)
