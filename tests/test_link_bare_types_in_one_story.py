"""A side named by its type alone ("a prosecutor") is the same side another report of the story names
with its country ("the U.S. prosecutor"), so two reports of one objection link though neither names a
target; across stories, and within one article, the bare type stays an unknown side.

Hand-built records, our own sentences.
"""

from dataclasses import replace

from eventwire.link.incidents import same_dyad, same_incident
from eventwire.link.keys import key_of
from eventwire.model import Actor, Event, Span


def _objection(eid, source, article, *, target=None, cameo="110", trigger="objected", story="sty_1"):
    event = Event(
        id=eid, article_id=article, cameo=cameo, root=cameo[:2], trigger=Span(0, 1), span=Span(0, 1),
        trigger_text=trigger,
        sentence=f"The lawyer spoke after a prosecutor {trigger} to the choice of clinic.",
        source=Actor(Span(0, 1), source, code=source),
        target=Actor(Span(0, 1), target, code=target) if target else None,
        date="2021-05-02", date_precision="day", date_basis="expression",
    )
    return replace(key_of(event), story_id=story)


def test_link_bare_types_in_one_story_prosecutor_with_and_without_country_is_one_incident():
    # "a prosecutor objected to the clinic" / "the U.S. prosecutor objected to the clinic"
    bare, named = _objection("e1", "COP", "a1"), _objection("e2", "USACOP", "a2")
    assert same_dyad(bare, named) and same_dyad(named, bare)
    assert same_incident(bare, named)


def test_link_bare_types_in_one_story_take_a_state_only_from_a_side_of_their_kind():
    # "a prosecutor objected" (the state) / "the defendant objected" (the public): not one side
    assert not same_dyad(_objection("e1", "COP", "a1"), _objection("e2", "USACRM", "a2"))
    # a suspect and a gunman are both the public
    assert same_dyad(_objection("e1", "CRM", "a1"), _objection("e2", "USAUAF", "a2"))


def test_link_bare_types_in_one_story_stay_unknown_across_stories():
    bare, named = _objection("e1", "COP", "a1", story="sty_1"), _objection("e2", "USACOP", "a2", story="sty_2")
    assert not same_dyad(bare, named)


def test_link_bare_types_in_one_story_stay_unknown_within_one_article():
    # one article's "terrorists fired rockets" and "Syrian gunmen fired on the town" may be two attacks
    bare, named = _objection("e1", "UAF", "a1", cameo="195", trigger="fired"), \
        _objection("e2", "SYRUAF", "a1", cameo="195", trigger="fired")
    assert not same_dyad(bare, named)


def test_link_bare_types_in_one_story_keep_a_known_target_apart():
    # "police arrested the opposition leader" / "Turkish police arrested a Greek reporter": the targets clash
    a = _objection("e1", "COP", "a1", target="TUROPP", cameo="173", trigger="arrested")
    b = _objection("e2", "TURCOP", "a2", target="GRCMED", cameo="173", trigger="arrested")
    assert not same_dyad(a, b)
