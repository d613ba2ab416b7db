"""An object pronoun in an adverbial clause names the object of the verb the clause hangs on
(``antecedents.object_antecedent``).

"were holding 300 villagers to use [them] as human shields": the villagers; "the opposition leader was freed
after the president pardoned [him]": the leader. Not the object of a verb whose object does the infinitive's
act ("ordered the police chief to arrest [him]": the chief arrests someone else).
"""

from __future__ import annotations

from actors_support import pipeline_dyads


def test_events_pronoun_in_purpose_clause_is_the_object_held(ctx):
    dyads = pipeline_dyads(ctx, "Taliban fighters were holding 300 Afghan villagers near the border to use them "
                                "as human shields.", "pronoun-purpose")
    assert ("AFGINSTAL", "AFGCVL", "184") in dyads


def test_events_pronoun_in_after_clause_is_the_one_freed(ctx):
    dyads = pipeline_dyads(ctx, "The opposition leader was freed on Monday after President Salva Kiir pardoned him.",
                           "pronoun-after")
    assert ("SSDGOV", "SSDOPP", "0841") in dyads


def test_events_pronoun_after_an_ordered_doer_is_not_that_doer(ctx):
    dyads = pipeline_dyads(ctx, "President Salva Kiir ordered the police chief to arrest him.", "pronoun-ordered")
    assert not any(target == "SSDCOP" for _, target, _ in dyads)
