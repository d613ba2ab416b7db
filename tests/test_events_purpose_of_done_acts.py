"""Acts that "are intended to" achieve something are done; the purpose is what is still to come.

``events/modality``: an event noun whose predicate is "intended" with an infinitive ("the strikes are
[intended to limit] the advance") is asserted, not announced (it was read as a planned act, 1384).
"The summit is expected to" and "will be intended to" still look forward.
"""

from __future__ import annotations

from events_support import coded_moods


def test_events_strikes_intended_to_limit_an_advance_were_carried_out(ctx):
    moods = coded_moods(
        ctx, "{American:USA} strikes on {the militants:IRQREB} are intended to limit their advance.", "19"
    )
    assert moods and all(mood == "asserted" for *_, mood in moods)


def test_events_a_summit_expected_to_settle_a_dispute_is_still_to_come(ctx):
    moods = coded_moods(ctx, "A summit between {Russia:RUS} and {Ukraine:UKR} is expected to settle the dispute.")
    assert moods and all(mood != "asserted" for *_, mood in moods)
