"""A foreign speaker's nationality lends no country to the people it reports on.

"Thirty civilians were killed in Idlib, British monitors said": the monitors are British, the victims are not.
Only a speaker of another country than the story's own is refused: "Syrian activists say ..." may well be
of the victims' country.
"""

from __future__ import annotations

from actors_support import codes_by_text

STORY = ("Syrian troops shelled villages in Syria on Friday. Syria said the rebels had fled. "
         "Twenty civilians were killed in air strikes on Saturday, British monitors said.")


def test_actors_foreign_monitors_do_not_lend_their_country(ctx):
    codes = codes_by_text(ctx, STORY, "2016-05-02")
    assert codes.get("civilians") != "GBRCVL"


def test_actors_own_state_speaker_still_lends(ctx):
    text = "Syrian activists said twenty civilians were killed in air strikes on Saturday."
    assert codes_by_text(ctx, text, "2016-05-02")["civilians"] == "SYRCVL"
