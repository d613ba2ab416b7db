"""Whom an investigation is about, when the investigated phrase's head names no one (``roles.inquiry_subjects``).

An inquiry is often into a deed or a report ("the transfer of funds", "claims that ..."): its doer or owner
sits deeper in the phrase, behind "of/from/under/by/for" ("… from the budget [of] the Ports Authority") or as
the subject of a report noun's clause ("claims that [two soldiers] abused prisoners"). Not the victims of a
passive report ("reports that civilians were killed"), not a place ("in X"), not whom a deed befell ("the attack
on X").
"""

from __future__ import annotations

import pytest

from events_support import code_example


def _asserted(events):
    return {(e.source.text, e.target.text if e.target else None, e.cameo) for e in events if not e.negated}


@pytest.mark.parametrize(("example", "expected"), [
    ("{Britain's military police:GBRMILCOP} launched an investigation into claims that two {British soldiers:GBRMIL} "
     "abused prisoners.", ("Britain's military police", "British soldiers")),
    ("The {Senate committee:NGALEG} opened an investigation into the transfer of funds from the budget of the "
     "{Nigerian Ports Authority:NGAGOV}.", ("Senate committee", "Nigerian Ports Authority")),
    ("The {Senate ethics committee:NGALEG} investigated the transfer of funds from the budget of the "
     "{Nigerian Ports Authority:NGAGOV}.", ("Senate ethics committee", "Nigerian Ports Authority")),
])
def test_events_inquiry_topic_target(ctx, example, expected):
    found = _asserted(code_example(ctx, example)[1])
    assert any((s, t) == expected and c.startswith("09") for s, t, c in found), found


@pytest.mark.parametrize(("example", "source", "not_target"), [
    ("{The US military:USAMIL} is investigating reports that 20 {civilians:SYRCVL} were killed in air strikes.",
     "The US military", "civilians"),
    ("{The FBI:USACOP} opened an investigation into the recent attack on the {Turkish embassy:TURGOV}.",
     "The FBI", "Turkish embassy"),
])
def test_events_inquiry_topic_guards(ctx, example, source, not_target):
    found = _asserted(code_example(ctx, example)[1])
    assert any(s == source and c.startswith("09") for s, _, c in found), found
    assert not any(s == source and t == not_target for s, t, _ in found), found
