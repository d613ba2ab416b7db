"""A suicide bomber's killing or attack is a suicide bombing (own sentences).

CAMEO codes a suicide bombing 1831 whether the report names the act ("a suicide attack") or the doer ("a
suicide bomber killed ..."). Bombers with no "suicide" are often aircraft and keep the plain attack code.
"""

from __future__ import annotations

import pytest

from events_support import coded_moods


@pytest.mark.parametrize("example, expected", [
    ("{A suicide bomber:AFGREB} killed {five police officers:AFGCOP} in Kandahar on Monday.",
     ("1831", "AFGREB", "AFGCOP", "asserted")),
    ("{Three suicide bombers:IRQREB} attacked {an army base:IRQMIL} near Mosul.",
     ("1831", "IRQREB", "IRQMIL", "asserted")),
])
def test_events_suicide_bomber_as_doer_is_a_suicide_bombing(ctx, example, expected):
    assert expected in coded_moods(ctx, example)


def test_events_bombers_without_suicide_keep_the_attack_code(ctx):
    example = "{Afghan air force bombers:AFGMIL} attacked {Taliban positions:AFGINSTAL}."
    assert ("190", "AFGMIL", "AFGINSTAL", "asserted") in coded_moods(ctx, example)
