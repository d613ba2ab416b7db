"""What someone "said X should / must" do is coded beside the appeal or demand, as not done (own sentences).

``appeal.say_should`` (020) and ``demand.say_must`` (100) find their clause by its modal; the modal marks the
clause's mood, not an act, so the patterns swallow nothing (``matching._mood_word``): the asked act keeps its
own event, hypothetical from its modal, as "urged X to cancel" already codes the cancellation.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, asked, act", [
    ("{The senators:USALEG} said {the president:USAGOV} should cancel his summit with {the Russian leader:RUSGOV}.",
     ("020", "USALEG", "USAGOV", "asserted"), ("125", "USAGOV", "RUSGOV", "hypothetical")),
    ("{The minister:FRAGOV} said {Tehran:IRNGOV} should meet with {the Saudi envoy:SAUGOV}.",
     ("020", "FRAGOV", "IRNGOV", "asserted"), ("040", "IRNGOV", "SAUGOV", "hypothetical")),
    ("{The minister:FRAGOV} said {Tehran:IRNGOV} must release the two sailors.",
     ("100", "FRAGOV", "IRNGOV", "asserted"), ("0841", "IRNGOV", None, "hypothetical")),
])
def test_events_the_act_said_to_be_due_is_coded_beside_the_request(ctx, example, asked, act):
    found = coded_moods(ctx, example)
    assert asked in found, found
    assert act in found, found


def test_events_the_act_said_to_be_due_is_not_asserted(ctx):
    found = coded_moods(ctx, "{The senators:USALEG} said {the president:USAGOV} should meet with {the Russian "
                         "leader:RUSGOV} only after the election.")
    assert not any(cameo.startswith("04") and modality == "asserted" for cameo, _, _, modality in found), found


def test_events_an_agreement_to_meet_still_swallows_the_meeting(ctx):
    found = coded_moods(ctx, "{Tehran:IRNGOV} agreed to meet with {the Saudi envoy:SAUGOV}.")
    assert any(cameo == "036" for cameo, *_ in found) and not any(cameo == "040" for cameo, *_ in found), found
