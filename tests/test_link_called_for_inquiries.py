"""A called-for inquiry is not an inquiry already under way when it is called for.

"The opposition demanded a UN inquiry into the shelling" asks for an inquiry that has not begun; on
the same day another report says "a UN inquiry is looking into earlier attacks". Both are ``090`` of
the UN with no target, and an inquiry's window reaches months either side of its report, so every
criterion held and the demanded inquiry bridged the inquiries already running. An inquiry told as
begun (under way in its report, or begun on a day its text gives) on or before the day of the call is
now another one. Guards: the demanded inquiry still joins later reports of an inquiry under way, other
calls for it, and a planned meeting still joins the meeting held. Hand-built events, our own sentences.
"""

from __future__ import annotations

from eventwire.link.incidents import dates_overlap, inquiry_not_yet_begun, same_incident
from eventwire.link.keys import key_of
from eventwire.link.trigger_words import called_for
from eventwire.model import Actor, Event, Span


def _inquiry(eid: str, article: str, sentence: str, modality: str = "asserted", date: str = "2031-03-10",
             precision: str = "day", basis: str = "publication") -> Event:
    return Event(
        id=eid, article_id=article, cameo="090", root="09", trigger=Span(0, 1), span=Span(0, 1),
        trigger_text="inquiry", sentence=sentence,
        source=Actor(Span(0, 1), "the UN", code="IGOUNO"),
        date=date, date_precision=precision, date_basis=basis, modality=modality,
    )


CALLED_FOR = _inquiry("e1", "a1", "The opposition demanded a UN inquiry into the shelling of the market.",
                      modality="hypothetical")
UNDER_WAY_SAME_DAY = _inquiry("e2", "a2", "A UN inquiry is looking into earlier attacks on the valley.")


def test_link_called_for_inquiry_does_not_join_an_inquiry_under_way_that_day():
    called, running = key_of(CALLED_FOR, "2031-03-10"), key_of(UNDER_WAY_SAME_DAY, "2031-03-10")
    assert inquiry_not_yet_begun(called, running)
    assert not same_incident(called, running)
    assert not same_incident(running, called)


def test_link_called_for_inquiry_does_not_join_one_reported_earlier():
    earlier = key_of(_inquiry("e3", "a3", "A UN inquiry is looking into the attacks."), "2031-03-02")
    assert not dates_overlap(key_of(CALLED_FOR, "2031-03-10"), earlier)


def test_link_called_for_inquiry_does_not_join_one_begun_before_by_its_text():
    begun = _inquiry("e4", "a4", "The UN opened its inquiry in February.", date="2031-02",
                     precision="month", basis="expression")
    assert not same_incident(key_of(CALLED_FOR, "2031-03-10"), key_of(begun, "2031-03-20"))


def test_link_called_for_inquiry_joins_the_inquiry_reported_later():
    later = key_of(_inquiry("e5", "a5", "The UN inquiry into the market shelling is under way."), "2031-03-24")
    assert same_incident(key_of(CALLED_FOR, "2031-03-10"), later)


def test_link_called_for_inquiry_joins_other_calls_for_it():
    other_call = _inquiry("e6", "a6", "Rights groups urged a UN inquiry into the market shelling.",
                          modality="hypothetical")
    assert same_incident(key_of(CALLED_FOR, "2031-03-10"), key_of(other_call, "2031-03-10"))


def test_link_planned_meeting_still_joins_the_meeting_held():
    def meeting(eid: str, article: str, modality: str, date: str, basis: str) -> Event:
        return Event(
            id=eid, article_id=article, cameo="040", root="04", trigger=Span(0, 1), span=Span(0, 1),
            trigger_text="meet", sentence="The two ministers will meet in the capital.",
            source=Actor(Span(0, 1), "the minister", code="FRAGOV"),
            target=Actor(Span(0, 1), "his counterpart", code="DEUGOV"),
            date=date, date_precision="day", date_basis=basis, modality=modality,
        )

    planned = key_of(meeting("m1", "b1", "intended", "2031-03-10", "publication"), "2031-03-10")
    held = key_of(meeting("m2", "b2", "asserted", "2031-03-14", "expression"), "2031-03-15")
    assert not inquiry_not_yet_begun(planned, held)
    assert same_incident(planned, held)


def test_link_key_carries_its_report_day():
    assert str(key_of(CALLED_FOR, "2031-03-10").reported) == "2031-03-10"


def test_link_inquiry_expected_to_go_on_is_no_call_and_joins_the_inquiry_under_way():
    going_on = _inquiry("e7", "a7", "The UN inquiry is expected to go on for months.", modality="hypothetical")
    key = key_of(going_on, "2031-03-10")
    assert not key.called_for
    assert same_incident(key, key_of(UNDER_WAY_SAME_DAY, "2031-03-10"))


def test_link_called_for_reads_requests_in_the_triggers_clause():
    assert called_for("The opposition demanded a UN inquiry into the shelling.", "inquiry")
    assert called_for("Rights groups called for an independent inquiry.", "inquiry")
    assert called_for("The families asked for a full inquiry.", "inquiry")
    assert not called_for("The UN inquiry is expected to go on for months.", "inquiry")
    assert not called_for("Rights groups urged calm, and the inquiry went on.", "inquiry")


def test_link_called_for_reaches_the_verb_an_appeal_asks_for():
    assert called_for("The alliance called upon the council to meet at once and open an urgent inquiry into it.",
                      "inquiry")


def test_link_called_for_is_not_a_request_for_something_about_the_inquiry():
    assert not called_for("The lawyer vowed to seek a swift end to the special counsel inquiry.", "inquiry")
    assert not called_for("Lawmakers called for the release of the inquiry.", "inquiry")


def test_link_stored_call_for_an_inquiry_keeps_its_report_day_and_request():
    from eventwire.link.store_io import _row_key

    row = ("e1", "a1", "090", "09", "IGOUNO", None, None, None, "2031-03-10", "day", "publication", None,
           "inquiry", None, "2031-03-10", None, None, "hypothetical", False,
           "The opposition demanded a UN inquiry into the shelling of the market.")
    stored = _row_key(row)
    assert stored.called_for and str(stored.reported) == "2031-03-10"
    assert not same_incident(stored, key_of(UNDER_WAY_SAME_DAY, "2031-03-10"))
