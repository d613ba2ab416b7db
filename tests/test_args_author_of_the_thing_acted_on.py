"""A verbal act on a thing someone proposed, made or poses is aimed at them when the thing names no one.

"Opposed the savings that the president identified", "rejected the plan proposed by X": the relative
clause or participle on the object names its author. A clause that only names the thing ("which X called
a stunt") or reports on it ("which X says has cost"), and a clause with an object of its own ("the areas
where X fought the army"), name no author.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("{The senator:USALEG} opposed the cuts that {the president:USAGOV} announced.",
         {("USALEG", "USAGOV", "110")}),
        ("{Iran:IRN} rejected the plan that {the United States:USA} proposed last week.",
         {("IRN", "USA", "120")}),
        ("{Iran:IRN} rejected the plan that was proposed by {the United States:USA}.",
         {("IRN", "USA", "120")}),
        # the relative clause on the object's "of" phrase
        ("{Japan:JPN} will challenge the full range of threats that {North Korea:PRK} poses.",
         {("JPN", "PRK", "110")}),
    ],
)
def test_args_act_on_a_thing_is_aimed_at_its_author(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    "example",
    [
        "{The minister:GBROPP} condemned the document, which {the Foreign Office:GBRGOV} says has cost a lot.",
        "{The minister:GBROPP} criticized the decision, which {the mayor:GBRGOV} called a stunt.",
        "{China:CHN} criticized the areas where {rebels:SYRREB} fought the army.",
    ],
)
def test_args_a_clause_that_only_names_the_thing_gives_no_target(ctx, example):
    _, events = code_example(ctx, example)
    assert all(target is None for _, target, _ in dyads(events))
