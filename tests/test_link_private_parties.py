"""A private gunman or suspect is one of "the public" in a domestic dyad, whatever reporters call him.

One office shooting is told as "a gunman shot three people" (USAUAF→USACVL), "a former employee shot and
killed a woman" (USALAB→USACVL) and "the suspect opened fire" (USACRM→USACVL). Hand-built records, our own
sentences.
"""

import pytest

from eventwire.link.incidents import same_dyad, same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Event, Span


def _shooting(eid, source, target, trigger="shot", article="a1", cameo="193"):
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger,
        sentence=f"Police said the {trigger} happened at an office party on Friday.",
        source=Actor(Span(0, 1), source, code=source) if source else None,
        target=Actor(Span(0, 1), target, code=target) if target else None,
        date="2021-03-05", date_precision="day", date_basis="expression",
    )


@pytest.mark.parametrize(
    ("source_a", "target_a", "source_b", "target_b"),
    [
        # "A gunman shot three people at an office" / "a fired employee shot three co-workers"
        ("USAUAF", "USACVL", "USALAB", "USACVL"),
        # "the suspect opened fire on the staff" / "a man shot his former colleagues"
        ("USACRM", "USALAB", "USACVL", "USACVL"),
        # "a gunman shot two students" / "a man shot two students"
        ("CANUAF", "CANEDU", "CANCVL", "CANEDU"),
    ],
)
def test_link_private_parties_one_shooting_named_two_ways_is_one_incident(source_a, target_a, source_b, target_b):
    a = _shooting("e1", source_a, target_a, trigger="shot")
    b = _shooting("e2", source_b, target_b, trigger="opened fire", article="a2")
    assert same_dyad(key_of(a), key_of(b))
    assert same_incident(key_of(a), key_of(b))


def test_link_private_parties_terrorists_blamed_are_the_opponents():
    # "The government blamed 'terrorists' for the attack" / "the government blamed its opponents".
    a = _shooting("e1", "SYRGOV", "SYRUAF", trigger="blamed", cameo="112")
    b = _shooting("e2", "SYRGOV", "SYROPP", trigger="blamed", article="a2", cameo="112")
    assert same_incident(key_of(a), key_of(b))


@pytest.mark.parametrize(
    ("source_a", "target_a", "source_b", "target_b"),
    [
        # the state acting on a firm is not the state acting on the people: "police raided the company" /
        # "police raided the homes of residents"
        ("USACOP", "USABUS", "USACOP", "USACVL"),
        # a firm as the doer stays a firm: "the company fired workers" / "a gunman shot workers"
        ("USABUS", "USALAB", "USAUAF", "USALAB"),
        # the police shooting a man is not a man shooting someone
        ("USACOP", "USACVL", "USAUAF", "USACVL"),
        # rebels are not the public
        ("SYRREB", "SYRCVL", "SYRUAF", "SYRCVL"),
        # a firm as the target stays a firm, also a gunman's: "a former employee shot the chief executive" /
        # "a former employee shot a man" (a known limit: one shooting, told two ways; see issue 7)
        ("CANLAB", "CANBUS", "CANLAB", "CANCVL"),
    ],
)
def test_link_private_parties_the_state_a_firm_or_rebels_stay_apart(source_a, target_a, source_b, target_b):
    a = _shooting("e1", source_a, target_a, trigger="shot")
    b = _shooting("e2", source_b, target_b, trigger="shot", article="a2")
    assert not same_dyad(key_of(a), key_of(b))
