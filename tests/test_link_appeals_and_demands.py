"""One call told as an appeal (CAMEO 02) by one report and as a demand (10) by another is one statement.

"The farmers' union called on the council to halt the dam" (020) and "the farmers' union demanded that
the council halt the dam" (100) report one call. Demands join the family of statements, appeals and
intents (01/02/03), and the words of a call, a demand, an urging or an insistence are one trigger
family (``demand``), so the pair passes the root and trigger tests.
Guards (pass with and without the rule): a demand and a plain statement with no shared words; a
demand and a phone call (04); a one-sided appeal and a one-sided demand in two stories; a demand made
of another council.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from eventwire.link import link_incidents
from eventwire.link.incidents import compatible_root, same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Article, Span
from link_support import told_event

DAY = "2031-06-09"


def _actor(text: str, code: str) -> Actor:
    return Actor(Span(0, 1), text, code=code)


UNION, COUNCIL = _actor("The farmers' union", "NORAGR"), _actor("the council", "DNKGOV")
_event = partial(told_event, source=UNION, target=COUNCIL, date=DAY)
APPEAL = _event("e1", "020", "called on", "The farmers' union called on the council to halt the dam.", "a1")
DEMAND = _event("e2", "100", "demanded", "The farmers' union demanded that the council halt the dam.", "a2")


def test_link_appeal_and_demand_roots_are_one_family():
    assert compatible_root(key_of(APPEAL, DAY), key_of(DEMAND, DAY))


def test_link_appeal_joins_the_demand_it_reports():
    assert same_incident(key_of(APPEAL, DAY), key_of(DEMAND, DAY))


def test_link_urging_joins_the_demand():
    urged = _event("e3", "020", "urged", "The farmers' union urged the council to halt the dam.", "a3")
    assert same_incident(key_of(urged, DAY), key_of(DEMAND, DAY))


def test_link_insisting_joins_the_appeal():
    insisted = _event("e4", "100", "insisted", "The farmers' union insisted the council halt the dam.", "a4")
    assert same_incident(key_of(insisted, DAY), key_of(APPEAL, DAY))


def test_link_one_sided_appeal_and_demand_in_one_story_link():
    appeal = replace(APPEAL, target=None)
    demand = replace(DEMAND, cameo="1056", target=None, trigger_text="demanding the dam be halted")
    first = Article(id="a1", text=appeal.sentence, published=DAY, story_id="sty_dam", events=[appeal])
    second = Article(id="a2", text=demand.sentence, published=DAY, story_id="sty_dam", events=[demand])
    link_incidents([first, second])
    assert appeal.incident_id is not None and appeal.incident_id == demand.incident_id


def test_link_appeal_and_demand_give_one_incident():
    appeal, demand = replace(APPEAL), replace(DEMAND)
    first = Article(id="a1", text=appeal.sentence, published=DAY, story_id="sty_dam", events=[appeal])
    second = Article(id="a2", text=demand.sentence, published=DAY, story_id="sty_dam", events=[demand])
    link_incidents([first, second])
    assert appeal.incident_id is not None and appeal.incident_id == demand.incident_id


# Guards.
def test_link_demand_and_plain_statement_stay_apart():
    said = _event("e5", "010", "said", "The farmers' union said the council had met.", "a5")
    assert not same_incident(key_of(said, DAY), key_of(DEMAND, DAY))


def test_link_demand_and_phone_call_stay_apart():
    phoned = _event("e6", "040", "call", "The farmers' union held a call with the council.", "a6")
    assert not compatible_root(key_of(phoned, DAY), key_of(DEMAND, DAY))
    assert not same_incident(key_of(phoned, DAY), key_of(DEMAND, DAY))


def test_link_one_sided_appeal_and_demand_in_two_stories_stay_apart():
    appeal = replace(APPEAL, target=None)
    demand = replace(DEMAND, target=None)
    first = Article(id="a1", text=appeal.sentence, published=DAY, story_id="sty_dam", events=[appeal])
    second = Article(id="a2", text=demand.sentence, published=DAY, story_id="sty_port", events=[demand])
    link_incidents([first, second])
    assert appeal.incident_id is None or appeal.incident_id != demand.incident_id


def test_link_demand_of_another_state_stays_apart():
    other = replace(DEMAND, target=_actor("the ministry", "SWEGOV"))
    assert not same_incident(key_of(APPEAL, DAY), key_of(other, DAY))
