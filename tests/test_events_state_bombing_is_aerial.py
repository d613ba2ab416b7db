"""A bombing done by a state or its forces is aerial (195), a planted bomb stays 183 (own sentences).

CAMEO 183 is the use of explosive devices outside of military engagements, and its usage note sends aerial
bombings to 195. A state, its government or its forces named as the doer of "bombing" drop their bombs from
aircraft; a group's bombing, the bombing of an airliner and a bombing named after the place it hit stay 183.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads, marked_article
from eventwire.events import code_doc
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import pattern_index


@pytest.mark.parametrize("example, source", [
    ("{Russian:RUS} bombing killed {twenty civilians:SYRCVL} in the city.", "RUS"),
    ("{The regime's:SYRGOV} bombing of {the rebel district:SYRREB} went on all night.", "SYRGOV"),
    ("The bombing of {the town:SYRREB} by {army jets:SYRMIL} killed ten people.", "SYRMIL"),
])
def test_events_state_bombing_is_aerial_195(ctx, example, source):
    found = dyads(code_example(ctx, example)[1])
    assert any(s == source and cameo == "195" for s, _, cameo in found)
    assert not any(cameo.startswith("183") for _, _, cameo in found)


@pytest.mark.parametrize("example, source", [
    ("{The separatists:ESPSEP} claimed the bombing of {a police barracks:ESPCOP}.", "ESPSEP"),
    ("The {Libyan:LBY} bombing of a British airliner killed everyone on board.", "LBY"),
])
def test_events_group_or_airliner_bombing_stays_183(ctx, example, source):
    found = dyads(code_example(ctx, example)[1])
    assert any(s == source and cameo == "183" for s, _, cameo in found)
    assert not any(cameo == "195" for _, _, cameo in found)


def test_events_bombing_named_after_a_place_stays_183(ctx):
    article = marked_article("The {Kandahar:AFG} bombing killed twelve people on Monday.")
    article.actors[0].kind = "place"
    events = code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))
    assert any(e.cameo == "183" for e in events)
    assert not any(e.cameo == "195" for e in events)
