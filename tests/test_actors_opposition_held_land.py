"""Land held by an opposition in a war is held by rebels, not by a political opposition.

"air strikes on opposition areas" and "opposition-held towns" name the armed side holding the ground (REB);
an opposition's strongholds in a vote stay political (OPP).
"""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize("text", [
    "Syrian government air strikes on opposition areas around Homs killed 12 people on Monday.",
    "Syrian warplanes bombed opposition-held towns near Hama on Monday.",
    "Syrian troops shelled opposition strongholds in Homs on Monday.",
])
def test_actors_opposition_holding_land_in_a_war_is_rebels(ctx, text):
    assert codes_by_text(ctx, text, "2015-02-02")["opposition"] == "SYRREB"


def test_actors_opposition_strongholds_in_a_vote_stay_political(ctx):
    codes = codes_by_text(ctx, "Kenyan opposition strongholds voted heavily against the president.", "2017-08-09")
    assert codes["Kenyan opposition"] == "KENOPP" or codes.get("opposition") == "KENOPP"
