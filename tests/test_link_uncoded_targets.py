"""A target kept by its text alone (the coder's ``uncoded_targets``) keeps two acts on two different unknown
people apart, and otherwise counts as no target, as before such names were kept: beside a coded target, or
no target, it neither makes nor breaks a link. Hand-built events, our own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.link.sides import same_dyad, uncoded_people_differ
from eventwire.model import Actor, Article, Span
from link_support import linked_through_store, told_event

POLICE = Actor(Span(0, 1), "police", code="USACOP")
_arrest = partial(told_event, cameo="173", trigger="arrested", source=POLICE, date="2029-03-02")


def _named(name: str, article: str) -> Actor:
    """An uncoded person as the coder keeps it: no code, an article-scoped person id."""
    slug = name.lower().replace(" ", "_")
    return Actor(Span(0, 1), name, code=None, entity_id=f"{article}#person:{slug}", kind="person", flags=["uncoded"])


def _key(eid: str, article: str, sentence: str, target: Actor | None):
    return key_of(_arrest(eid, sentence=sentence, article=article, target=target), "2029-03-02")


@pytest.mark.parametrize(
    ("one", "other", "apart"),
    [
        # two different unknown people: two arrests
        (("Police arrested Tom Reed on Friday.", "Tom Reed"), ("Police arrested Ann Cole on Friday.", "Ann Cole"),
         True),
        # one unknown person, named in full and by surname: one arrest
        (("Police arrested Tom Reed on Friday.", "Tom Reed"), ("Police arrested Reed on Friday.", "Reed"), False),
    ],
)
def test_link_uncoded_targets_tell_two_unknown_people_apart(one, other, apart):
    a = _key("e1", "a1", one[0], _named(one[1], "a1"))
    b = _key("e2", "a2", other[0], _named(other[1], "a2"))
    assert uncoded_people_differ(a, b) is apart
    assert same_dyad(a, b) is not apart
    assert same_incident(a, b) is not apart


@pytest.mark.parametrize(
    "other_target",
    [None, Actor(Span(0, 1), "the mayor", code="USAGOV", entity_id="person:jo_hale", kind="person")],
)
def test_link_uncoded_targets_count_as_no_target_beside_a_coded_one_or_none(other_target):
    # the coded reading may have taken the wrong name in the phrase ("the arrest of [the mayor's] aide Tom
    # Reed"): the uncoded name must not break the link that the rest of the reports makes
    a = _key("e1", "a1", "Police arrested Tom Reed on Friday.", _named("Tom Reed", "a1"))
    b = _key("e2", "a2", "Police arrested an aide of the mayor on Friday.", other_target)
    assert a.target is None and a.target_person is None and a.target_named == "person:tom_reed"
    assert same_dyad(a, b)


@pytest.mark.parametrize(("name", "linked"), [("Ann Cole", False), ("Reed", True)])
def test_link_uncoded_targets_read_back_from_the_store(tmp_path, name, linked):
    # the stored row has no target code but the target's person id: it is read as the uncoded name it was
    stored_arrest = _arrest("e1", sentence="Police arrested Tom Reed on Friday.", article="a1",
                            target=_named("Tom Reed", "a1"))
    new_arrest = _arrest("e2", sentence=f"Police arrested {name} on Friday.", article="a2", target=_named(name, "a2"))
    stored = Article(id="a1", text=stored_arrest.sentence, published="2029-03-02", events=[stored_arrest])
    new = Article(id="a2", text=new_arrest.sentence, published="2029-03-02", events=[new_arrest])
    linked_through_store(tmp_path, stored, new)
    assert (new_arrest.incident_id is not None and new_arrest.incident_id == stored_arrest.incident_id) is linked
