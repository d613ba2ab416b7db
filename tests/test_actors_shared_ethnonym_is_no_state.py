"""A people named like a state ("Turkmen", "Uzbek", "Tajik") codes that state only where the text means the state:
the article names it otherwise or the word titles one of its offices (``ethnonyms.py``)."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize("text", [
    "Government forces shelled a hill village where Syrian Turkmens live near Latakia.",
    "Tribal elders in Kirkuk said the Turkmen had been driven from two villages.",
    "Police in Kunduz said Uzbek and Tajik farmers had fled the fighting.",
])
def test_actors_ethnonym_alone_names_no_state(ctx, text):
    codes = codes_by_text(ctx, text, "2016-05-01")
    assert not {"TKM", "UZB", "TJK"} & {(code or "")[:3] for code in codes.values()}


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("The Turkmen government signed a gas deal with China on Monday.", "Turkmen government", "TKMGOV"),
    ("Turkmenistan held an election on Sunday. Turkmen voters queued for hours.", "Turkmenistan", "TKM"),
])
def test_actors_ethnonym_meaning_the_state_keeps_it(ctx, text, mention, code):
    assert codes_by_text(ctx, text, "2016-05-01")[mention] == code


def test_actors_ethnonym_with_none_of_its_peoples_homes_named_is_the_state(ctx):
    codes = codes_by_text(ctx, "Kazakh officials said the pipeline would open next year.", "2016-05-01")
    assert codes["Kazakh officials"] == "KAZGOV"
