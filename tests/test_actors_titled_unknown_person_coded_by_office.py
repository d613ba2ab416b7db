"""A titled person no dictionary knows and no text places in a state is still coded by the office the title
names ("Senator Alma Ruiz" LEG, "Judge Peter Hale" JUD, "President Oduya" GOV), as GDELT codes an actor of
unknown country; a party's "leader", an organisation's president or a former office gives no code."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        ("Senator Alma Ruiz criticized the proposal on Tuesday.", "Senator Alma Ruiz", "LEG"),
        ("Judge Peter Hale handed down the sentence on Friday.", "Judge Peter Hale", "JUD"),
        ("President Oduya refused to meet with the American envoy.", "President Oduya", "GOV"),
    ],
)
def test_titled_unknown_person_coded_by_office(ctx, text, person, code):
    assert codes_by_text(ctx, text, "2019-03-15", "titled-unknown-person").get(person) == code


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Party leader Tomas Brenner criticized the proposal on Tuesday.", "Tomas Brenner"),
        ("The former minister, Ruth Okello, criticized the proposal on Tuesday.", "Ruth Okello"),
    ],
)
def test_party_leader_or_former_office_stays_uncoded(ctx, text, person):
    codes = codes_by_text(ctx, text, "2019-03-15", "titled-unknown-not-office")
    assert not any(person in name and code for name, code in codes.items())
