"""A wire dateline whose dash was lost in a bad re-encoding still names no actor (own sentences).

"PARIS (AP) \" The minister ..." : the agency credit in brackets marks a dateline even when the dash after it
came through as a straight quote, a question mark or "â€”" (``dateline.GARBLED_DASH_DATELINE_RE``); a quotation
that opens the story right after the credit ("... (AP) \"We ...") is no dash.
"""

from __future__ import annotations

import pytest

from events_support import code_example
from eventwire.events.dateline import GARBLED_DASH_DATELINE_RE


def _sources(ctx, example, cameo):
    _, found = code_example(ctx, example)
    return [e.source.code for e in found if e.cameo == cameo]


@pytest.mark.parametrize("mark", ['"', "?", "â€”"])
def test_events_garbled_dash_after_agency_is_a_dateline(ctx, mark):
    example = (f"{{OTTAWA:CAN}} (AP) {mark} {{Prime Minister Jane Doe:CANGOV}} on Monday granted a pardon to "
               f"{{a jailed reporter:CANMED}}.")
    assert _sources(ctx, example, "0841") == ["CANGOV"]


@pytest.mark.parametrize("text, expected", [
    ('OTTAWA (AP) " The minister resigned.', True),
    ("OTTAWA, Canada (Reuters) ? The minister resigned.", True),
    ('OTTAWA (AP) "We will win," the minister said.', False),  # a quotation opens the story
    ('OTTAWA " The minister resigned.', False),  # no agency credit: no sign of a dateline
])
def test_events_garbled_dash_needs_an_agency_and_a_lone_mark(text, expected):
    assert (GARBLED_DASH_DATELINE_RE.match(text) is not None) is expected
