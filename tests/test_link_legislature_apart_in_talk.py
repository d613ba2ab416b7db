"""In domestic talk the legislature is not the executive: a meeting with a senator is not one with the
police chief, and "negotiated with the Senate" does not read round into the vice president's visit.

Within one state the linker compares sectors, the state's organs counting as one ("the police" and "the
government" raid one house). In talk that lumping made every executive–legislature event read both
ways with its sides agreeing, so a president's two meetings of one day, one with a senator and one with
the police chief, were one, and "the president has negotiated with the Senate" matched the vice
president's meeting with lawmakers read backwards. Guards: a legislature coded under the government
(``GOVLEG``) is still the legislature; a meeting told from either side is one; a protest at parliament
and one at the government's offices stay one state's target. Any other talk's doer is compared the same
way (legislature or other organ), one-sided or aimed abroad. Hand-built events, our own sentences.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from eventwire.link.incidents import same_incident
from eventwire.link.keys import EventKey, key_of
from eventwire.link.sides import legislature_apart, same_dyad
from eventwire.model import Actor, Event, Span
from link_support import told_event

STORY = "sty_budget"
_event = partial(told_event, date="2031-02-12")


def _actor(text: str, code: str, person: str | None = None) -> Actor:
    return Actor(Span(0, 1), text, code=code, entity_id=person)


def _key(event: Event) -> EventKey:
    return replace(key_of(event), story_id=STORY)


PRESIDENT = _actor("The president", "FRAGOV", "person:anne_morel")


def test_link_legislature_apart_meetings_with_a_senator_and_the_police_chief_are_two():
    senator = _event("e1", "040", "met", "The president met Senator Duval on Wednesday.", "a1",
                     source=PRESIDENT, target=_actor("Senator Duval", "FRALEG"))
    police = _event("e2", "040", "met", "The president also met the police chief on Wednesday.", "a2",
                    source=PRESIDENT, target=_actor("the police chief", "FRACOP"))
    assert not same_dyad(_key(senator), _key(police))
    assert not same_incident(_key(senator), _key(police))


def test_link_legislature_apart_negotiation_does_not_read_round_into_another_ministers_talks():
    negotiated = _event("e3", "046", "negotiated", "The president has negotiated with the Senate.", "a1",
                        source=PRESIDENT, target=_actor("the Senate", "FRALEG"))
    met = _event("e4", "040", "met", "The prime minister met deputies of the majority.", "a2",
                 source=_actor("The prime minister", "FRAGOV", "person:luc_brun"),
                 target=_actor("deputies of the majority", "FRALEG"))
    assert not same_dyad(_key(negotiated), _key(met))


# Guards.

def test_link_legislature_apart_legislature_under_the_government_is_the_legislature():
    assert legislature_apart("FRAGOVLEG", "FRA")
    assert not legislature_apart("FRAGOV", "FRA")
    urged = _event("e5", "020", "urged", "Senators urged the president to drop the budget cuts.", "a1",
                   source=_actor("Senators", "FRALEG"), target=PRESIDENT)
    called = _event("e6", "020", "called on", "The Senate's budget chairs called on the president to drop the cuts.",
                    "a2", source=_actor("The Senate's budget chairs", "FRAGOVLEG"), target=PRESIDENT)
    assert same_incident(_key(urged), _key(called))


def test_link_legislature_apart_one_meeting_told_from_either_side():
    hosted = _event("e7", "040", "met", "The president met party leaders of the Senate.", "a1",
                    source=PRESIDENT, target=_actor("party leaders of the Senate", "FRALEG"))
    told = _event("e8", "040", "met", "Senate leaders met the president at the palace.", "a2",
                  source=_actor("Senate leaders", "FRALEG"), target=_actor("the president", "FRAGOV"))
    assert same_incident(_key(hosted), _key(told))


def test_link_legislature_apart_protests_at_parliament_and_ministry_keep_one_target():
    parliament = _event("e9", "141", "protested", "Farmers protested outside parliament.", "a1",
                        source=_actor("Farmers", "FRAAGR"), target=_actor("parliament", "FRALEG"))
    ministry = _event("e10", "141", "protested", "Farmers protested against the government.", "a2",
                      source=_actor("Farmers", "FRAAGR"), target=_actor("the government", "FRAGOV"))
    assert same_dyad(_key(parliament), _key(ministry))


# Any talk, not only domestic: the doer is compared as the legislature or another organ of its state, so
# "the cabinet will oppose the bill" (no target) and "senators opposed the deal with Chile" (a foreign
# target) of one story and day are two stances (basil_s6, basil_s7).

CABINET = _actor("The cabinet", "FRAGOV")
SENATORS = _actor("Senators", "FRALEG")


def test_link_legislature_apart_one_sided_talk_of_the_legislature_and_the_cabinet_are_two():
    cabinet = _event("e11", "110", "opposed", "The cabinet opposed the tariff bill on Wednesday.", "a1", source=CABINET)
    senators = _event("e12", "110", "opposed", "Senators opposed the tariff deal with Chile.", "a2", source=SENATORS,
                      target=_actor("Chile", "CHL"))
    assert not same_dyad(_key(cabinet), _key(senators))
    assert not same_incident(_key(cabinet), _key(senators))


def test_link_legislature_apart_foreign_talk_of_the_legislature_and_the_president_are_two():
    president = _event("e13", "111", "criticized", "The president criticized Chile's tariffs.", "a1",
                       source=PRESIDENT, target=_actor("Chile", "CHL"))
    senators = _event("e14", "111", "criticized", "Senators criticized Chile's tariffs.", "a2", source=SENATORS,
                      target=_actor("Chile", "CHL"))
    assert not same_dyad(_key(president), _key(senators))


def test_link_legislature_apart_one_sided_talk_of_two_executive_organs_still_meets():
    cabinet = _event("e15", "110", "opposed", "The cabinet opposed the tariff bill on Wednesday.", "a1", source=CABINET)
    ministry = _event("e16", "110", "opposed", "The trade ministry opposed the tariff bill.", "a2",
                      source=_actor("The trade ministry", "FRAGOV"))
    assert same_incident(_key(cabinet), _key(ministry))


def test_link_legislature_apart_one_sided_talk_of_the_legislature_told_twice_meets():
    senators = _event("e17", "110", "opposed", "Senators opposed the tariff bill.", "a1", source=SENATORS)
    senate = _event("e18", "110", "opposed", "The Senate opposed the tariff bill on Wednesday.", "a2",
                    source=_actor("The Senate", "FRAGOVLEG"))
    assert same_incident(_key(senators), _key(senate))


def test_link_legislature_apart_force_of_two_organs_is_not_kept_apart():
    police = _event("e19", "173", "arrested", "Police arrested the protest leader.", "a1",
                    source=_actor("Police", "FRACOP"))
    guards = _event("e20", "173", "detained", "Parliament's guards detained the protest leader.", "a2",
                    source=_actor("Parliament's guards", "FRALEG"))
    assert same_dyad(_key(police), _key(guards))
