"""An object pronoun ("sentenced [him]", "released [them]") stands for the one acted on before
(``events/antecedents.object_antecedent``): the object of the coordinated clause or of the sentence before,
else that clause's subject, agreeing in number and person. The subject pronoun's rule (the governing clause's
subject) would make the court itself the "him" of "a court convicted X and sentenced him"."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("Police arrested {Ivan Sokolov:RUSOPP} on Monday. {A Russian court:RUSJUD} later sentenced him to "
     "five years.", ("RUSJUD", "RUSOPP", "116")),
    ("{Iranian police:IRNCOP} detained {two French journalists:FRAMED} and later released them.",
     ("IRNCOP", "FRAMED", "0841")),
    ("{Ivan Sokolov:RUSOPP} returned to Moscow on Sunday. {Russian police:RUSCOP} arrested him at the airport.",
     ("RUSCOP", "RUSOPP", "173")),
    # through a light verb's object, and past a coordinated clause that names no one who agrees
    ("{Ivan Sokolov:RUSOPP} landed in Riga. {The Latvian government:LVAGOV} labeled him a spy and imposed "
     "sanctions on him.", ("LVAGOV", "RUSOPP", "163")),
    ("Police arrested {two French journalists:FRAMED}. {Macron:FRAGOV} called for their release and spoke "
     "with them on Tuesday.", ("FRAGOV", "FRAMED", "040")),
])
def test_events_object_pronoun_is_the_one_acted_on_before(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events)


def test_events_object_pronoun_is_not_the_doer_of_its_own_clause(ctx):
    """"A court convicted X and sentenced [him]": never the court."""
    _, events = code_example(ctx, "{A Russian court:RUSJUD} convicted {Ivan Sokolov:RUSOPP} of fraud and "
                                  "sentenced him to five years.")
    assert ("RUSJUD", "RUSOPP", "116") in dyads(events)
    assert not any(e.target is not None and e.target.code == "RUSJUD" for e in events)


@pytest.mark.parametrize("example", [
    # across a speech frame "him" may be the speaker or someone else: no guess
    "{Ivan Sokolov:RUSOPP} was in Moscow. {Putin:RUSGOV} said {Russian police:RUSCOP} had arrested him.",
    # "him" is no body: the army of the sentence before is not arrested
    "{The Russian army:RUSMIL} shelled the town. {Ukrainian police:UKRCOP} arrested him on Monday.",
])
def test_events_object_pronoun_left_unresolved_rather_than_guessed(ctx, example):
    _, events = code_example(ctx, example)
    assert not any(e.cameo == "173" and e.target is not None for e in events)
