"""A dateline in capitals of another country than the story's lends its country to no one.

"BEIRUT Thirteen civilians were killed in air raids on Aleppo" (a story about Syria filed from Beirut): the
victims are Syria's, not Lebanon's. A dateline of the story's own country, or one where no story state is
known, lends as before.
"""

from __future__ import annotations

from actors_support import codes_by_text

STORY = ("Syrian jets struck towns in Syria again. Syria denied it. (AFP photo) "
         "BEIRUT Thirteen civilians were killed in air raids by the Syrian government on the province of Aleppo.")


def test_actors_foreign_dateline_capital_is_not_the_victims_country(ctx):
    assert codes_by_text(ctx, STORY, "2015-07-15")["civilians"] == "SYRCVL"
