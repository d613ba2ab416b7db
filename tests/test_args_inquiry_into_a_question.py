"""An inquiry that asks a question ("whether X did", "how X did") is aimed at the one the question is about.

The subject of the clause the inquiry governs, after the verb or after the noun's "into", is whom it
investigates. A passive subject is who something befell, and a time clause asks nothing, so neither counts.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{The special counsel:USAJUD} is investigating whether {the governor:USAGOV} misled the court.",
         {("USAJUD", "USAGOV", "090")}),
        ("{The inspector:USAJUD} is investigating how {the ministry:USAGOV} spent the money.",
         {("USAJUD", "USAGOV", "090")}),
        ("{The FBI:USACOP} opened an investigation into whether {Russia:RUS} interfered in the election.",
         {("USACOP", "RUS", "090")}),
        # a passive subject suffered what is asked about
        ("{Police:GBRCOP} are investigating whether {the minister:GBRGOV} was threatened.",
         {("GBRCOP", None, "090")}),
        # a time clause is no question
        ("{Police:GBRCOP} began investigating after {the minister:GBRGOV} complained.",
         {("GBRCOP", None, "090")}),
    ],
)
def test_args_inquiry_is_aimed_at_whom_its_question_is_about(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert {d for d in dyads(events) if d[2].startswith("09")} == expected
