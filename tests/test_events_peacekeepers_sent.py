"""Peacekeepers sent somewhere protect it (CAMEO 074), in the passive too.

``07_aid.yaml``: ``aid.peacekeepers_sent``. The object "peacekeepers" names the mission itself, so no
"peacekeeping" word beside it is needed; with no "by" agent the peacekeepers' own code is the sender's.
"""

from __future__ import annotations

import pytest

from events_support import code_example, dyads


@pytest.mark.parametrize(("example", "expected"), [
    ("{The African Union peacekeepers:IGOAFRAFU} were deployed to {Somalia:SOM} in March.",
     ("IGOAFRAFU", "SOM", "074")),
    ("{Fijian peacekeepers:FJIMIL} were sent to {Lebanon:LBN} last year.", ("FJIMIL", "LBN", "074")),
])
def test_events_passive_peacekeepers_deployed_protect_the_place(ctx, example, expected):
    _, found = code_example(ctx, example)
    assert expected in dyads(found)


def test_events_soldiers_deployed_without_a_peace_word_are_no_peacekeeping(ctx):
    _, found = code_example(ctx, "{Russian soldiers:RUSMIL} were deployed to {the Ukrainian border:UKR}.")
    assert all(e.cameo != "074" for e in found)
