"""News outlets the dictionary knows carry their own country, whatever state the sentence names.

An outlet the dictionary does not know is an uncoded organisation; one it knows is a media actor of its
home ("PBS reported ... Saudi Arabia" is American media). The outlets are facts in data/actors/curated.yaml.
"""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("PBS revealed that the crown prince of Saudi Arabia had accepted responsibility.", "PBS", "USAMED"),
    ("Haaretz reported that Israeli jets struck targets in Gaza.", "Haaretz", "ISRMED"),
    ("Yonhap said North Korea fired two missiles on Sunday.", "Yonhap", "KORMED"),
    ("According to Anadolu Agency, Turkish troops entered Syria.", "Anadolu Agency", "TURMED"),
])
def test_actors_known_outlet_is_media_of_its_home(ctx, text, name, expected):
    assert codes_by_text(ctx, text, "2019-03-01")[name] == expected
