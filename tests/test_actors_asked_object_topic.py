"""A name that says what an asked-for thing is about lends the role word asking for it no country
(``actors/refusals._modifier_of_asked_object``).

"Senators urged the president to cancel the Putin summit": the summit is about Putin, and the senators asking
are no more Russian than the president asked. The other party of a gathering that is the asked-for object
("his summit with Putin") is refused the same way; a country inside the role word's own phrase still counts.
"""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


def codes(ctx, text: str) -> dict[str, str | None]:
    return codes_by_text(ctx, text, "2018-07-14", "asked-object-test")


@pytest.mark.parametrize(
    "text",
    [
        "Senators urged Trump to cancel the Putin summit.",
        "Democratic senators urged President Trump on Monday to cancel his summit with Putin.",
    ],
)
def test_role_word_takes_no_country_from_topic_of_asked_object(ctx, text):
    coded = codes(ctx, text)
    assert not any(code and code.startswith("RUS") and name.lower() == "senators" for name, code in coded.items())
    assert "RUSGOV" in coded.values()  # the named leader keeps his own code


def test_country_in_role_words_own_phrase_still_counts(ctx):
    coded = codes(ctx, "Officials in Moscow urged Trump to hold a summit with Putin.")
    assert coded.get("Officials") == "RUSGOV"
