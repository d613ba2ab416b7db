"""A source kept by its text alone (the coder's ``uncoded_sources``) keeps two acts of two different unknown doers
apart, and otherwise counts as an unknown side: beside a coded source it neither makes nor breaks a link.
Hand-built events, our own sentences."""

from __future__ import annotations

from functools import partial

import pytest

from eventwire.link.incidents import same_incident
from eventwire.link.keys import key_of
from eventwire.link.sides import same_dyad, uncoded_doers_differ
from eventwire.model import Actor, Article, Span
from link_support import linked_through_store, told_event

KENYA = Actor(Span(0, 1), "the Kenyan government", code="KENGOV", country="KEN")
_appeal = partial(told_event, cameo="020", trigger="urged", target=KENYA, date="2029-03-02")


def _named(name: str, article: str, kind: str = "person") -> Actor:
    """An uncoded doer as the coder keeps it: no code, an article-scoped id of its kind."""
    slug = name.lower().replace(" ", "_")
    return Actor(Span(0, 1), name, code=None, entity_id=f"{article}#{kind}:{slug}", kind=kind, flags=["uncoded"])


def _key(eid: str, article: str, source: Actor):
    return key_of(_appeal(eid, sentence=f"{source.text} urged the Kenyan government to act.", article=article,
                          source=source), "2029-03-02")


@pytest.mark.parametrize(
    ("one", "other", "apart"),
    [
        # two different unknown people, or two different unknown bodies: two appeals
        (("Tom Reed", "person"), ("Ann Cole", "person"), True),
        (("Harlow Institute", "organisation"), ("Peace Forum", "organisation"), True),
        (("Tom Reed", "person"), ("Harlow Institute", "organisation"), True),
        # one unknown person, named in full and by surname; one body named alike: one appeal
        (("Tom Reed", "person"), ("Reed", "person"), False),
        (("Harlow Institute", "organisation"), ("Harlow Institute", "organisation"), False),
    ],
)
def test_link_uncoded_sources_tell_two_unknown_doers_apart(one, other, apart):
    a = _key("e1", "a1", _named(one[0], "a1", one[1]))
    b = _key("e2", "a2", _named(other[0], "a2", other[1]))
    assert uncoded_doers_differ(a, b) is apart
    assert same_dyad(a, b) is not apart
    assert same_incident(a, b) is not apart


def test_link_uncoded_sources_count_as_an_unknown_side_beside_a_coded_one():
    # the coded report may name the body the unknown doer speaks for: the name must not break the link
    a = _key("e1", "a1", _named("Tom Reed", "a1"))
    b = _key("e2", "a2", Actor(Span(0, 1), "the opposition", code="KENOPP", country="KEN"))
    assert a.source is None and a.source_person is None and a.source_named == "person:tom_reed"
    assert same_dyad(a, b)


@pytest.mark.parametrize(("name", "linked"), [("Peace Forum", False), ("Harlow Institute", True)])
def test_link_uncoded_sources_read_back_from_the_store(tmp_path, name, linked):
    # the stored row has no source code but the source's id: it is read as the uncoded name it was
    stored_appeal = _appeal("e1", sentence="Harlow Institute urged the Kenyan government to act.", article="a1",
                            source=_named("Harlow Institute", "a1", "organisation"))
    new_appeal = _appeal("e2", sentence=f"{name} urged the Kenyan government to act.", article="a2",
                         source=_named(name, "a2", "organisation"))
    stored = Article(id="a1", text=stored_appeal.sentence, published="2029-03-02", events=[stored_appeal])
    new = Article(id="a2", text=new_appeal.sentence, published="2029-03-02", events=[new_appeal])
    linked_through_store(tmp_path, stored, new)
    assert (new_appeal.incident_id is not None and new_appeal.incident_id == stored_appeal.incident_id) is linked
