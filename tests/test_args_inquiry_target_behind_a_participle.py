"""An investigated thing's participle leads to whose thing it is, as the thing's own "of/under/by" phrase
does: "an investigation into the money spent under a fund of [the oil company]" is about the company."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{The senate:NGALEG} began an investigation into the $3.5 billion spent under a fund of "
         "{the state oil company:NGABUS}.", {("NGALEG", "NGABUS", "090")}),
        ("{The senate:NGALEG} began an investigation into money spent under a fund of "
         "{the state oil company:NGABUS}.", {("NGALEG", "NGABUS", "090")}),
    ],
)
def test_args_inquiry_follows_a_participle_to_the_owner(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a place the thing was taken from names no owner; the investigator is never its own target
        ("{Police:KENCOP} launched a probe into money stolen from a bank in Nairobi.", {("KENCOP", None, "090")}),
        ("{The senate:NGALEG} began an inquiry into funds spent by {the senate:NGALEG}.",
         {("NGALEG", None, "090")}),
    ],
)
def test_args_inquiry_participle_without_a_coded_owner_leaves_no_target(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected
