"""A subject the parser hangs as a list member on a fronted phrase ("On a visit to Zimbabwe, [the
president] ...": "Zimbabwe, the president") is the verb's subject; the fronted phrase's place is no doer."""

from __future__ import annotations

import pytest

from actors_support import pipeline_dyads


def coded(ctx, text: str) -> set[tuple[str | None, str | None, str]]:
    return pipeline_dyads(ctx, text, "fronted-phrase")


@pytest.mark.parametrize(("text", "code", "target"), [
    ("On a visit to Zimbabwe, South African President Cyril Ramaphosa voiced his strong support for the "
     "Zimbabwean army.", "05", "ZWEMIL"),
    ("On a visit to Zimbabwe, South African President Cyril Ramaphosa criticised Britain.", "11", "GBR"),
])
def test_events_subject_swallowed_by_a_fronted_phrase_is_the_doer(ctx, text, code, target):
    events = coded(ctx, text)
    assert any(s == "ZAFGOV" and t == target and c.startswith(code) for s, t, c in events), events
    assert all(s != "ZWE" for s, _, _ in events), events
