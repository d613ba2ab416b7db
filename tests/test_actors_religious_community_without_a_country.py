"""A faith community named with no country anywhere in the text is still an actor, coded by its religion
alone ("CHR", "MUS"), as CAMEO's religion codes allow; other bare sectors stay uncoded."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The militants freed 23 Christians on Sunday after weeks of captivity.", "Christians", "CHR"),
        ("Armed men abducted nine Muslims travelling to the market.", "Muslims", "MUS"),
    ],
)
def test_religious_community_coded_by_its_faith_alone(ctx, text, word, code):
    assert codes_by_text(ctx, text, "2019-03-15", "religion-without-country").get(word) == code


def test_religious_community_with_a_country_keeps_it(ctx):
    codes = codes_by_text(ctx, "Gunmen attacked the Muslims in the town of Jos, Nigeria.", "2019-03-15",
                          "religion-with-country")
    assert codes.get("Muslims") == "NGAMUS"
