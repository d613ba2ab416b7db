"""Force told as supposed ("reports suggest that ... killed", "may have used gas") is an allegation of a
done act: dated by its report, it lies before the report, as the strike others report as done does.

Guards: a supposed meeting ("a meeting could take place") still lies after its report, and so does
force the report tells as still to come (basis ``after_publication``, "would strike"). Our own
hand-built events.
"""

from __future__ import annotations

import datetime as dt

from eventwire.link import link_incidents
from eventwire.link.keys import claim_of, key_of
from eventwire.model import Actor, Article, Event, Span

REPORT = "2031-05-14"


def _event(eid: str, article: str, cameo: str, trigger: str, sentence: str, *, modality: str = "asserted",
           basis: str = "publication", date: str = REPORT) -> Event:
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger, sentence=sentence,
        source=Actor(span=Span(0, 1), text="army", code="KRGMIL", country="KRG"),
        target=Actor(span=Span(2, 3), text="villagers", code="KRGCVL", country="KRG"),
        date=date, date_precision="day", date_basis=basis, modality=modality,
    )


def test_link_supposed_killing_lies_before_its_report():
    supposed = _event("e1", "a", "190", "killed", "Reports suggest the army killed forty villagers.",
                      modality="hypothetical")
    key = key_of(supposed, REPORT)
    assert key.claim == "happened"
    assert key.end == dt.date.fromisoformat(REPORT)


def test_link_supposed_killing_joins_the_killing_told_as_done():
    done = _event("e1", "a", "190", "killed", "The army killed forty villagers on Tuesday.",
                  basis="expression", date="2031-05-13")
    supposed = _event("e2", "b", "190", "killed", "Reports suggest the army killed forty villagers.",
                      modality="hypothetical")
    articles = [Article(id="a", text="x", published="2031-05-13", events=[done]),
                Article(id="b", text="x", published=REPORT, events=[supposed])]
    link_incidents(articles)
    assert done.incident_id == supposed.incident_id


# Guards.

def test_link_supposed_meeting_still_lies_after_its_report():
    assert claim_of("040", "hypothetical", False) == "planned"
    meeting = _event("e1", "a", "040", "meeting", "A meeting could take place.", modality="hypothetical")
    assert key_of(meeting, REPORT).start > dt.date.fromisoformat(REPORT)


def test_link_force_told_as_still_to_come_lies_after_its_report():
    ahead = _event("e1", "a", "190", "strike", "The army would strike the village.", modality="hypothetical",
                   basis="after_publication")
    assert key_of(ahead, REPORT).start > dt.date.fromisoformat(REPORT)
