"""A warning of what may befall someone is a forecast (012), not a threat (130).

``events/forecasts``: "warned that X could face protests", "warned that he should expect demonstrators", "may
have to accept" foretell; "could face consequences" (harm held over X), "warned it could strike" (the warner's
own act), "warned X against" and "warned X to" stay threats.
"""

from __future__ import annotations

import pytest

from events_support import code_example


@pytest.mark.parametrize("sentence", [
    "{The mayor:GBRGOV} warned that {the American president:USAGOV} could face protests if he came.",
    "{The president:USAGOV} had been warned by {the mayor:GBRGOV} that he should expect to see demonstrators.",
    "{The ecologists:GBRENV} warned MSPs that {Scotland:GBR} may have to accept more wind farms.",
])
def test_events_a_warning_of_what_may_come_is_a_forecast(ctx, sentence):
    _, found = code_example(ctx, sentence)
    warnings = [e.cameo for e in found if e.trigger_text.startswith("warn")]
    assert warnings == ["012"]


@pytest.mark.parametrize(("sentence", "code"), [
    ("{Iran:IRN} warned that {the United States:USA} could face serious consequences.", "130"),
    ("{Iran:IRN} warned that it could strike {Israel:ISR}.", "138"),
    ("{Russia:RUS} warned {Ukraine:UKR} against joining the alliance.", "130"),
    ("{The president:USAGOV} warned {the prosecutor:USAJUD} to stay within his mandate.", "130"),
])
def test_events_a_warning_that_holds_harm_over_someone_stays_a_threat(ctx, sentence, code):
    _, found = code_example(ctx, sentence)
    assert code in {e.cameo for e in found}
    assert "012" not in {e.cameo for e in found}
