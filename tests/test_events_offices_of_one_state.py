"""Two offices of one state in one clause are two sides (``offices.two_offices``).

A sector code such as NORGOV or PAKJUD covers many people and bodies: "the president refused a request from the
prime minister" is NORGOV -> NORGOV, not the president acting alone. The same code is still no second side when
it names the state itself, its forces, civilians, lawmakers or firms (mostly one group told twice), an
organisation and its member ("a White House official" and the White House), one description inside the other
("the minister" and "the Indian foreign minister"), one person twice or a named person and a role word (may be
one man), or the object word the pattern asks for ("attended [a cabinet meeting]", which the actors stage may
code).
"""

from __future__ import annotations

import pytest

from events_support import code_example, marked_article
from eventwire.events import code_doc
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import pattern_index


def _code(ctx, example, kinds):
    """Code a marked sentence whose actors get the given kinds, in order (the actors stage sets them)."""
    article = marked_article(example)
    for actor, kind in zip(article.actors, kinds, strict=True):
        actor.kind = kind
        actor.entity_id = f"agent:{actor.code}" if kind == "agent" else None
    return code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))


def _asserted(events):
    return {(e.source.text, e.target.text if e.target else None, e.cameo) for e in events if not e.negated}


@pytest.mark.parametrize(("example", "kinds", "expected"), [
    ("{Norway's president:NORGOV} refused a request from the {prime minister:NORGOV} to dissolve parliament.",
     ("agent", "agent"), ("Norway's president", "prime minister", "12")),
    ("The {Lahore High Court:PAKJUD} demanded an explanation from a city {magistrate:PAKJUD} for the charges.",
     ("agent", "agent"), ("Lahore High Court", "magistrate", "10")),
    ("The {Canadian finance minister:CANGOV} criticised the {prime minister:CANGOV} over the budget.",
     ("agent", "agent"), ("Canadian finance minister", "prime minister", "11")),
    ("The {Kenyan interior minister:KENGOV} refused to meet with the {American envoy:KENGOV} in Nairobi.",
     ("agent", "agent"), ("Kenyan interior minister", "American envoy", "12")),
])
def test_events_two_offices_of_one_state(ctx, example, kinds, expected):
    found = _asserted(_code(ctx, example, kinds))
    source, target, code = expected
    assert any(s == source and t == target and c.startswith(code) for s, t, c in found), found


@pytest.mark.parametrize(("example", "kinds"), [
    # forces, civilians: one group told twice or a misread, not two sides
    ("{Mexican soldiers:MEXMIL} fired on {Mexican troops:MEXMIL} near the border.", ("agent", "agent")),
    ("{Kenyan villagers:KENCVL} accused {Kenyan residents:KENCVL} of stealing cattle.", ("agent", "agent")),
    # an organisation and its member
    ("A {White House official:USAGOV} criticised the {White House:USAGOV} over the tariffs.",
     ("agent", "organisation")),
    # one description inside the other
    ("The {Indian foreign minister:INDGOV} criticised the {minister:INDGOV} in Delhi.", ("agent", "agent")),
    # one person twice; a named person and a role word may be one man too
    ("{Chancellor Angela Merkel:DEUGOV} praised {Merkel:DEUGOV} for the deal.", ("person", "person")),
    ("{President Tom Hale:USAGOV} refused to meet with the {American envoy:USAGOV} when he arrived.",
     ("person", "agent")),
    # the object the pattern asks for is a meeting, not an office
    ("The {Russian president:RUSGOV} attended {a cabinet meeting:RUSGOV} in Moscow.", ("agent", "agent")),
])
def test_events_two_offices_guards(ctx, example, kinds):
    found = _code(ctx, example, kinds)
    assert not any(e.target is not None and e.target.code == e.source.code for e in found), _asserted(found)


def test_events_two_offices_need_kinds(ctx):
    """Hand-built actors without a kind (as the pattern examples are) keep the old rule: no same-code pair."""
    _, found = code_example(ctx, "{Norway's president:NORGOV} refused a request from the {prime minister:NORGOV}.")
    assert not any(e.target is not None for e in found), _asserted(found)
