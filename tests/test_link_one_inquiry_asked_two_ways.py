"""One investigator's inquiry, told by what it looks into abroad and by whom at home it asks about, is one.

"The prosecutor's investigation into Varnian interference" (``KRGJUD→VRN``) and "the prosecutor is
investigating whether the president obstructed justice" (``KRGJUD→KRGGOV``) tell one lasting inquiry; its
target is the question each telling names. Guards: two foreign targets, two inquiring states, a
legislature's inquiry beside a prosecutor's, and acts that are not lasting inquiries stay apart.
Hand-built records, our own sentences.
"""

from __future__ import annotations

import pytest

from eventwire.link.keys import key_of
from eventwire.link.sides import one_way_clash, same_dyad, states_clash
from eventwire.model import Actor, Event, Span


def _inquiry(eid: str, source: str, target: str, article: str, cameo: str = "090") -> Event:
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text="investigation", sentence="The investigation went on through the spring.",
        source=Actor(Span(0, 1), source, code=source), target=Actor(Span(2, 3), target, code=target),
        date="2031-03-01", date_precision="month", date_basis="expression",
    )


def test_link_an_inquiry_into_a_foreign_act_and_into_an_own_official_is_one():
    abroad = key_of(_inquiry("e1", "KRGJUD", "VRN", "a1"))
    at_home = key_of(_inquiry("e2", "KRGJUD", "KRGGOV", "a2"))
    assert same_dyad(abroad, at_home)
    assert not states_clash(abroad, at_home)
    assert not one_way_clash(abroad, at_home)


@pytest.mark.parametrize(
    ("first", "second", "cameo"),
    [
        (("KRGJUD", "VRN"), ("KRGJUD", "TSA"), "090"),  # two foreign targets: two inquiries
        (("KRGJUD", "VRN"), ("TSAJUD", "TSAGOV"), "090"),  # two inquiring states
        (("KRGLEG", "VRN"), ("KRGJUD", "KRGGOV"), "090"),  # a parliament's inquiry beside the prosecutor's
        (("KRGJUD", "VRN"), ("KRGJUD", "KRGGOV"), "111"),  # criticism is no lasting inquiry
    ],
)
def test_link_other_inquiries_and_other_acts_stay_apart(first, second, cameo):
    a = key_of(_inquiry("e1", *first, "a1", cameo=cameo))
    b = key_of(_inquiry("e2", *second, "a2", cameo=cameo))
    assert not same_dyad(a, b)
