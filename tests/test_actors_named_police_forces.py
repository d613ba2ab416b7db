"""A police force named by a region no gazetteer holds ("Thames Valley Police", "Kent Police") is a body of
its state in the curated dictionary, not a bare "Police" of no country; and British police staff called
"community support officers" are police, not a civilian "Community" doing an act of "Support"."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "force", "code"), [
    ("Kent Police arrested two men after a break-in at a warehouse.", "Kent Police", "GBRCOP"),
    ("Officers from Thames Valley Police searched a house on Tuesday.", "Thames Valley Police", "GBRCOP"),
    ("The Metropolitan Police said it had charged a woman.", "Metropolitan Police", "GBRCOP"),
    ("Capitol Police detained a man near the building.", "Capitol Police", "USACOP"),
])
def test_named_force_is_its_states_police(ctx, text, force, code):
    assert codes_by_text(ctx, text, "2019-09-17", "named-police-force")[force] == code


def test_community_support_officers_are_police(ctx):
    text = "Community support officers patrolled the estate in Leeds on Friday night."
    codes = codes_by_text(ctx, text, "2005-02-10", "community-support-officers")
    assert codes["Community support officers"] == "GBRCOP"
    assert "Community" not in codes
