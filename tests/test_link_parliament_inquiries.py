"""A parliament's inquiry and the prosecutor's (or police's) investigation of one affair are two happenings.

A lasting investigation is named in reports weeks apart and the state's organs count as one side, so
"the committee, which is conducting its own investigation into the bribes" and "the prosecutor's
investigation into the bribes" met every criterion and became one incident. A legislature's inquiry now
keeps apart from another organ's. Hand-built keys; guards: two mentions of the prosecutor's, or two of
the committee's, still link; an investigator with no sector links as before; other acts are untouched.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.link.incidents import same_dyad, same_incident
from eventwire.link.keys import EventKey

START, END = dt.date(2031, 5, 1), dt.date(2031, 8, 1)


def _inquiry(eid: str, article: str, source_code: str | None, cameo: str = "090") -> EventKey:
    return EventKey(
        event_id=eid, article_id=article, cameo=cameo, root=cameo[:2], source="PRT", target="BRA",
        start=START, end=END, place_country=None, trigger=frozenset({"investig"}),
        source_code=source_code, target_code="BRA",
    )


def test_link_parliament_inquiries_committee_and_prosecutor_are_two():
    assert not same_incident(_inquiry("a", "x", "PRTLEG"), _inquiry("b", "y", "PRTJUD"))


def test_link_parliament_inquiries_government_legislators_count_as_parliament():
    assert not same_dyad(_inquiry("a", "x", "PRTGOVLEG"), _inquiry("b", "y", "PRTCOP"))


@pytest.mark.parametrize(("first", "second"), [("PRTJUD", "PRTCOP"), ("PRTLEG", "PRTGOVLEG"), ("PRT", "PRTLEG"),
                                               (None, "PRTLEG")])
def test_link_parliament_inquiries_guards_still_link(first, second):
    assert same_incident(_inquiry("a", "x", first), _inquiry("b", "y", second))


def test_link_parliament_inquiries_other_acts_untouched():
    # an act, not talk: talk keeps the legislature apart by its own rule (test_link_legislature_apart_in_talk)
    assert same_dyad(_inquiry("a", "x", "PRTLEG", "163"), _inquiry("b", "y", "PRTJUD", "163"))
