"""A visit named by a noun alone (basis ``around_publication``) may lie on either side of its report.

"The envoy's visit to Oslo offers a chance to mend ties" (12 March) and "the envoy will visit Oslo on
2 May" (a report of 10 March) are one visit: the noun has no tense, so its window runs from shortly
before its report to months after it. Planned or denied, it keeps the one side its claim gives it.
An act told as under way ("is challenging the whip") gets the same basis and joins a report of that
day that tells it as still to come.
Guards: a visit told as done by its report ("visited", basis ``publication``) still lies before the
report and does not join a visit announced for May.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial

from eventwire.link import link_incidents
from eventwire.link.incidents import same_incident
from eventwire.link.keys import date_window, key_of
from eventwire.model import Actor, Article, Span
from link_support import told_event

REPORT = "2031-03-12"


def _actor(text: str, code: str) -> Actor:
    return Actor(Span(0, 1), text, code=code)


ENVOY, NORWAY = _actor("The envoy", "SWEGOV"), _actor("Oslo", "NOR")
_event = partial(told_event, source=ENVOY, target=NORWAY)
NOUN = replace(_event("e1", "042", "visit", "The envoy's visit to Oslo offers a chance to mend ties.", "a1",
                      date=REPORT), date_basis="around_publication")
PLANNED = replace(_event("e2", "036", "visit", "The envoy will visit Oslo on 2 May.", "a2", date="2031-05-02"),
                  modality="intended")


def test_link_untensed_meeting_window_runs_both_ways():
    start, end = date_window(REPORT, "day", "around_publication", REPORT)
    assert start < dt.date(2031, 3, 12) < end
    assert end >= dt.date(2031, 5, 2)


def test_link_untensed_meeting_joins_the_announced_visit():
    assert same_incident(key_of(NOUN, REPORT), key_of(PLANNED, "2031-03-10"))


def test_link_untensed_meeting_through_link_incidents():
    noun, planned = replace(NOUN), replace(PLANNED)
    first = Article(id="a1", text=noun.sentence, published=REPORT, events=[noun])
    second = Article(id="a2", text=planned.sentence, published="2031-03-10", events=[planned])
    link_incidents([first, second])
    assert noun.incident_id == planned.incident_id


def test_link_untensed_meeting_planned_or_denied_keeps_one_side():
    assert date_window(REPORT, "day", "around_publication", REPORT, claim="planned")[0] == dt.date(2031, 3, 13)
    assert date_window(REPORT, "day", "around_publication", REPORT, claim="denied")[1] == dt.date(2031, 3, 12)



def test_link_under_way_act_joins_a_report_of_it_as_ahead():
    deputy, whip = _actor("The deputy", "NORLEG"), _actor("the whip", "NORLEG")
    ongoing = replace(told_event("e4", "110", "challenging", "The deputy is challenging the whip for the post.",
                                 "a3", source=deputy, target=whip, date=REPORT), date_basis="around_publication")
    ahead = replace(told_event("e5", "110", "challenge", "The deputy will challenge the whip.", "a4",
                               source=deputy, target=whip, date=REPORT),
                    date_basis="after_publication", modality="intended")
    assert same_incident(key_of(ongoing, REPORT), key_of(ahead, REPORT))


# Guards: these hold with and without the rule.

def test_link_untensed_meeting_done_visit_stays_before_its_report():
    done = replace(NOUN, id="e3", trigger_text="visited", date_basis="publication",
                   sentence="The envoy visited Oslo to mend ties.")
    assert date_window(REPORT, "day", "publication", REPORT)[1] == dt.date(2031, 3, 12)
    assert not same_incident(key_of(done, REPORT), key_of(PLANNED, "2031-03-10"))
