"""An international body's inspectors or experts visiting a place is their inquiry, told by another word.

One report says "a visit to the capital by a team of UN nuclear experts", another "the UN team is
investigating the claims": one fact-finding mission, coded as a visit (042) by the first and as an
inquiry (09x) by the second.
"""

from __future__ import annotations

import pytest

from eventwire.link.incidents import same_incident
from eventwire.link.keys import inquirers_visit, key_of
from eventwire.model import Actor, Event, Span


def _told(eid: str, article: str, cameo: str, trigger: str, sentence: str, source: str,
          target: str | None = "ARM") -> Event:
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger, sentence=sentence,
        source=Actor(Span(0, 1), source, code=source),
        target=Actor(Span(0, 1), target, code=target) if target else None,
        date="2019-03-12", date_precision="day", date_basis="expression",
    )


INQUIRY = _told("e1", "a1", "090", "investigating",
                "The UN team is in the country investigating claims that nerve agents were stored at a depot.",
                "IGOUNO")


@pytest.mark.parametrize(
    ("visit", "same"),
    [
        (_told("e2", "a2", "042", "visit", "The report coincides with a visit to the capital by a team of UN "
               "chemical weapons experts.", "IGOUNO"), True),
        (_told("e2", "a2", "042", "visited", "UN inspectors visited the depot on Tuesday.", "IGOUNO"), True),
        (_told("e2", "a2", "042", "visit", "The UN secretary-general began a visit to the capital.", "IGOUNO"),
         False),  # a secretary-general's visit is diplomacy, not the inquiry
        (_told("e2", "a2", "042", "visit", "A team of French experts arrived for a visit to the depot.", "FRA"),
         False),  # a state's experts: not an international inquiry
        (_told("e2", "a2", "042", "visit", "A UN team of experts paid a visit to the capital.", "IGOUNO",
               "GEO"), False),  # another country visited
    ],
)
def test_link_inspectors_visit_joins_their_inquiry_only(visit, same):
    assert same_incident(key_of(INQUIRY, "2019-03-12"), key_of(visit, "2019-03-12")) is same


def test_link_inspectors_visit_is_read_from_visit_codes_and_visitors_named_as_inquirers():
    sentence = "A team of UN inspectors will visit the plant."
    assert inquirers_visit("042", "IGOUNO", "visit", sentence)
    assert not inquirers_visit("040", "IGOUNO", "consultations", sentence)  # not a visit
    assert not inquirers_visit("042", "IGOUNO", "visit", "The UN chief will visit the plant.")
    assert not inquirers_visit("042", "USAGOV", "visit", sentence)
