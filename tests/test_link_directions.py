"""A killing or an attack has a direction; fighting does not.

CAMEO codes fighting, killing and attacking alike (190/193), and 190 counted as symmetric so that
"rebels clashed with the army" and "the army fought rebels" are one battle. But "the army killed ten
rebels" and "rebels killed two soldiers", or "protesters tried to storm parliament" and "police
fought protesters", on the same day in the same town are two acts. Our own sentences, over
hand-built events.
"""

from __future__ import annotations

import pytest

from eventwire.link import sides
from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Event, Span


def _event(eid: str, cameo: str, source: str, target: str, trigger: str, article: str) -> Event:
    return Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger,
        source=Actor(Span(0, 1), source, code=source), target=Actor(Span(0, 1), target, code=target),
        date="2024-05-10", date_precision="day", date_basis="expression",
    )


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # "Northland troops killed ten Southland soldiers" / "Southland fighters killed two Northland troops"
        (("190", "killed"), ("190", "killed"), False),
        (("193", "shot dead"), ("190", "killed"), False),
        (("190", "massacre"), ("190", "killing"), False),
        # "protesters tried to storm parliament" / "police fought pitched battles with protesters"
        (("190", "storm"), ("190", "fought"), False),
        (("190", "attacked"), ("190", "attacked"), False),
        # controls: fighting reads both ways, also when one side tells it as an exchange of fire
        (("190", "clashed"), ("190", "fought"), True),
        (("190", "fighting"), ("190", "gunbattle"), True),
        (("190", "exchanged fire"), ("190", "clashes"), True),
        (("193", "traded gunfire"), ("193", "exchanged fire"), True),
    ],
)
def test_link_directions_killings_swapped_are_two_acts(first, second, same):
    one = _event("e1", first[0], "NRLMIL", "STHMIL", first[1], "a1")
    other = _event("e2", second[0], "STHMIL", "NRLMIL", second[1], "a2")
    assert same_incident(key_of(one), key_of(other)) is same


@pytest.mark.parametrize(("cameo", "trigger"), [("190", "killed"), ("193", "gunned down"), ("190", "killing")])
def test_link_directions_a_killing_told_the_same_way_still_links(cameo, trigger):
    # "Northland troops killed ten Southland soldiers" in two reports: the same dyad, the same act.
    one = _event("e1", "190", "NRLMIL", "STHMIL", "killed", "a1")
    other = _event("e2", cameo, "NRLMIL", "STHMIL", trigger, "a2")
    assert same_incident(key_of(one), key_of(other))


@pytest.mark.parametrize(
    ("cameo", "trigger", "both_ways"),
    [
        ("190", "killed", False),
        ("193", "opened fire", False),
        ("190", "fighting", True),
        ("190", "exchanged fire", True),
        ("190", "attacked", False),
        ("190", "storm", False),
        ("190", "fought", True),
        ("193", "traded gunfire", True),
        ("195", "killed", False),  # not a symmetric code at all
        ("040", "talks", True),  # root 04 reads both ways
        ("036", "meet", True),
    ],
)
def test_link_directions_reads_both_ways(cameo, trigger, both_ways):
    assert sides.reads_both_ways(key_of(_event("e1", cameo, "NRLGOV", "STHGOV", trigger, "a1"))) is both_ways
