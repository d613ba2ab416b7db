"""A region or city named before a state organ's word is that organ, one mention (``compose._local_organ``).

"The Uttar Pradesh government" is one INDGOV mention, so two regional governments in one clause are two
offices of one state (two sides of the event), as CAMEO codes sub-national governments with their state.
Other sectors keep their reading from the context.
"""

from __future__ import annotations

import pytest

from actors_support import coded_article, codes_by_text


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Kerala government asked for more funds.", "Kerala government", "INDGOV"),
    ("Texas officials criticised the plan.", "Texas officials", "USAGOV"),
    ("The Bavarian court heard the case while Bavaria police waited.", "Bavaria police", "DEUCOP"),
])
def test_actors_region_before_organ_word_is_one_mention(ctx, text, mention, code):
    assert codes_by_text(ctx, text, "2019-03-04", "local-organ").get(mention) == code


def test_events_two_regional_governments_are_two_sides(ctx):
    article = coded_article(ctx, "The Kerala government signed an agreement with the Karnataka government on Monday.",
                            "2019-03-04", "local-two")
    pairs = {(e.source.text, e.target.text if e.target else None) for e in article.events}
    assert ("Kerala government", "Karnataka government") in pairs
