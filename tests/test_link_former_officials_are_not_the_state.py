"""A former official (ELI) is not one of the state's organs when domestic dyads are compared.

The government, the army and the police are one side for most acts of a state, because reporters name
any of them for the same act. A former secretary of state is no organ: "the senator endorsed the former
secretary" and "the president endorsed the former secretary" are two endorsements by two people, and the
president's meeting with a former director is not the government meeting itself. Hand-built records,
our own sentences.
"""

from eventwire.link.incidents import same_dyad
from eventwire.link.keys import key_of
from eventwire.model import Actor, Event, Span


def _endorsement(eid: str, source: str, target: str, article: str) -> Event:
    return Event(
        id=eid, article_id=article, cameo="051", root="05", trigger=Span(0, 1), span=Span(0, 1),
        trigger_text="endorsed", sentence="The endorsement came on Thursday.",
        source=Actor(Span(0, 1), source, code=source), target=Actor(Span(2, 3), target, code=target),
        date="2031-06-09", date_precision="day", date_basis="expression",
    )


def test_link_a_former_official_is_not_the_government():
    by_senate = _endorsement("e1", "USALEG", "USAELI", "a1")
    by_president = _endorsement("e2", "USAGOV", "USAGOV", "a2")
    assert not same_dyad(key_of(by_senate), key_of(by_president))


def test_link_the_government_and_the_police_stay_one_state_side():
    # The legislature is apart from the executive in talk (test_link_legislature_apart_in_talk).
    by_police = _endorsement("e1", "USACOP", "USAELI", "a1")
    by_president = _endorsement("e2", "USAGOV", "USAELI", "a2")
    assert same_dyad(key_of(by_police), key_of(by_president))
