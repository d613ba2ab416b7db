"""A mayor and the national government are two offices of one state (``offices._local_and_national``).

"[the mayor] demanded support from [the national government]" (both GHAGOV): a city's own office facing an office
written with a national word ("national", "federal", "central") is a second side, as a province's government
already is, even when the slot's word is the thing asked for ("support") rather than the office.
"""

from __future__ import annotations

import pytest

from events_support import marked_article
from eventwire.events import code_doc
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import pattern_index


def _code(ctx, example):
    """Code a sentence whose marked actors are role words (kind "agent", as the actors stage sets them)."""
    article = marked_article(example)
    for actor in article.actors:
        actor.kind = "agent"
        actor.entity_id = f"agent:{actor.code}"
    events = code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))
    return {(e.source.text, e.target.text if e.target else None) for e in events if e.cameo.startswith("10")}


@pytest.mark.parametrize("example, expected", [
    ("The {mayor of Accra:GHAGOV} had demanded support from the national {government:GHAGOV} to deal with the crisis.",
     {("mayor of Accra", "government")}),
    ("The {mayor:GHAGOV} demanded support from the {federal government:GHAGOV} to deal with the floods.",
     {("mayor", "federal government")}),
])
def test_events_mayor_demands_from_the_national_government(ctx, example, expected):
    assert _code(ctx, example) == expected

