"""A titled person of unknown country does not take the country of whom their own infinitive deals with:
"President Oduya refused to meet with the American envoy" says nothing of Oduya being American, as "Sen. X
criticized Kim" says nothing of the senator being North Korean."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(
    ("text", "person", "refused"),
    [
        ("President Oduya refused to meet with the American envoy on Tuesday.", "President Oduya", "USAGOV"),
        ("Foreign Minister Kallas agreed to receive the Iranian ambassador next week.", "Foreign Minister Kallas",
         "IRNGOV"),
    ],
)
def test_titled_person_not_of_whom_their_infinitive_meets(ctx, text, person, refused):
    codes = codes_by_text(ctx, text, "2019-03-15", "refuse-met-through-infinitive")
    assert codes.get(person) != refused

