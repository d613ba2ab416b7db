"""A verb of permitting, helping or compelling hands its infinitive to its object, as one of urging does:
"permitted the Red Cross to visit X" is the Red Cross's visit, "helped the army to attack X" the army's attack.
One list (``subjects.OBJECT_CONTROL``) serves the subject cascade and the pronoun reader alike."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads
from eventwire.events import antecedents, subjects


@pytest.mark.parametrize(
    ("example", "doer", "governor", "target", "root"),
    [
        ("{The Kenyan government:KENGOV} permitted {the Red Cross:NGOIRC} to visit {the detained opposition "
         "leaders:KENOPP}.", "NGOIRC", "KENGOV", "KENOPP", "042"),
        ("{The Kenyan government:KENGOV} authorised {the Red Cross:NGOIRC} to visit {the detained opposition "
         "leaders:KENOPP}.", "NGOIRC", "KENGOV", "KENOPP", "042"),
        ("{Washington:USA} helped {the Iraqi army:IRQMIL} to attack {Islamic State fighters:IMGMUSISI}.",
         "IRQMIL", "USA", "IMGMUSISI", "190"),
        ("{The court:KENJUD} compelled {the police:KENCOP} to release {the opposition leaders:KENOPP}.",
         "KENCOP", "KENJUD", "KENOPP", "084"),
    ],
)
def test_permitted_object_does_the_infinitive(ctx, example, doer, governor, target, root):
    _, events = code_example(ctx, example)
    found = dyads(events)
    assert any(s == doer and t == target and code.startswith(root) for s, t, code in found)
    assert not any(s == governor and t == target and code.startswith(root) for s, t, code in found)


def test_one_object_control_list_for_subjects_and_pronouns():
    assert not hasattr(antecedents, "OBJECT_CONTROL_VERBS")
    assert antecedents.OBJECT_CONTROL is subjects.OBJECT_CONTROL
    assert {"allow", "permit", "urge", "order", "command", "call"} <= subjects.OBJECT_CONTROL
