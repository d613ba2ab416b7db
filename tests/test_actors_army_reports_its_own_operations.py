"""A bare armed-forces speaker whose report names forces with their country as the doer ("Vardian jets struck
the border town, the military said") is those forces' military, not the state of the place struck; a doer
of another kind leaves the speaker to its other sources."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(
    ("text", "speaker", "code"),
    [
        ("Israeli jets carried out raids on Gaza overnight, the military said.", "military", "ISRMIL"),
        ("Turkish troops shelled three villages in northern Syria, the army said on Monday.", "army", "TURMIL"),
        ("Two gunmen were killed by Egyptian soldiers near Libya, the army said.", "army", "EGYMIL"),
    ],
)
def test_speaker_is_the_military_of_the_forces_it_reports(ctx, text, speaker, code):
    assert codes_by_text(ctx, text, "2019-03-15", "army-reports-own").get(speaker) == code


def test_a_doer_of_another_sector_lends_the_speaker_nothing(ctx):
    text = "Palestinian militants fired rockets at Israel, the military said."
    codes = codes_by_text(ctx, text, "2019-03-15", "army-reports-other")
    assert codes.get("military") != "PSEMIL"
