"""A named armed group ("ISIL", keyed as a transnational group) and the kind of armed opponent another
report of the same story calls it ("jihadists", "rebels", "terrorists", keyed as the state's own) are
one side when both reports have the same state striking it; across stories, within one article, against
the state's public, or with another state striking, they stay apart.

Hand-built records, our own sentences.
"""

from dataclasses import replace

from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.link.sides import one_way_clash, same_dyad, states_clash
from eventwire.model import Actor, Event, Span


def _raid(eid, source, target, article, *, story="sty_1", trigger="raided"):
    event = Event(
        id=eid, article_id=article, cameo="195", root="19", trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger,
        sentence=f"Government jets {trigger} the positions outside the river town on Sunday.",
        source=Actor(Span(0, 1), source, code=source),
        target=Actor(Span(0, 1), target, code=target),
        date="2022-03-06", date_precision="day", date_basis="expression",
    )
    return replace(key_of(event), story_id=story)


def test_link_named_group_and_the_states_jihadists_in_one_story_are_one_target():
    # "the air force raided ISIL positions" / "regime raids killed 31 jihadists"
    named, kind = _raid("e1", "SYRMIL", "IMGMUSISI", "a1"), _raid("e2", "SYRGOV", "SYRREB", "a2")
    assert same_dyad(named, kind) and same_dyad(kind, named)
    assert not states_clash(named, kind) and not one_way_clash(named, kind)
    assert same_incident(named, kind)


def test_link_named_group_is_the_armed_men_a_state_calls_terrorists():
    named, kind = _raid("e1", "SYRMIL", "IMGMUSISI", "a1"), _raid("e2", "SYRMIL", "SYRUAF", "a2")
    assert same_dyad(named, kind)


def test_link_named_group_as_attacker_of_the_state_in_one_story():
    # "ISIL shelled the army's positions" / "militants shelled the army's positions"
    named, kind = _raid("e1", "IMGMUSISI", "SYRMIL", "a1"), _raid("e2", "SYRREB", "SYRMIL", "a2")
    assert same_dyad(named, kind)


def test_link_named_group_stays_apart_from_the_states_public():
    # a raid on the group is not a raid on villagers
    named, public = _raid("e1", "SYRMIL", "IMGMUSISI", "a1"), _raid("e2", "SYRMIL", "SYRCVL", "a2")
    assert not same_dyad(named, public)


def test_link_named_group_stays_apart_when_another_state_strikes():
    # the coalition's raid on the group is not the regime's raid on rebels
    named, kind = _raid("e1", "USAMIL", "IMGMUSISI", "a1"), _raid("e2", "SYRMIL", "SYRREB", "a2")
    assert not same_dyad(named, kind)
    assert states_clash(named, kind)


def test_link_named_group_stays_apart_across_stories_and_within_one_article():
    across = (_raid("e1", "SYRMIL", "IMGMUSISI", "a1", story="sty_1"),
              _raid("e2", "SYRMIL", "SYRREB", "a2", story="sty_2"))
    assert not same_dyad(*across)
    assert states_clash(*across)
    within = _raid("e1", "SYRMIL", "IMGMUSISI", "a1"), _raid("e2", "SYRMIL", "SYRREB", "a1")
    assert not same_dyad(*within)
