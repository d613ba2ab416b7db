"""Dated roles: the publication date decides the code."""

from __future__ import annotations

import pytest

from eventwire.actors.dictionary import Entry, Role
from eventwire.actors.roles import code_on


@pytest.fixture(scope="module")
def people(ctx):
    from eventwire import actors

    return actors.resources(ctx).dictionary.entries


@pytest.mark.parametrize(
    ("person", "date", "code"),
    [
        ("person:donald_trump", "2016-06-01", "USA"),
        ("person:donald_trump", "2017-01-19", "USA"),
        ("person:donald_trump", "2017-01-20", "USAGOV"),
        ("person:donald_trump", "2017-05-10", "USAGOV"),
        ("person:donald_trump", "2022-03-01", "USAELI"),  # between terms: a former official
        ("person:donald_trump", "2025-01-20", "USAGOV"),
        ("person:donald_trump", "2025-06-01", "USAGOV"),
        ("person:joe_biden", "2022-03-01", "USAGOV"),
        ("person:joe_biden", "2025-02-01", "USAELI"),
        ("person:angela_merkel", "2010-01-01", "DEUGOV"),
        ("person:angela_merkel", "2023-01-01", "DEUELI"),
        ("person:bashar_al_assad", "2017-04-07", "SYRGOV"),
        ("person:sergey_lavrov", "2017-05-10", "RUSGOV"),
        ("person:rex_tillerson", "2016-06-01", "USABUS"),
        ("person:henry_kissinger", "2017-05-10", "USAELI"),
    ],
)
def test_actors_roles_by_date(people, person, date, code):
    assert code_on(people[person], date).code == code


def test_actors_roles_without_date_take_latest_and_flag(people):
    coding = code_on(people["person:donald_trump"], None)
    assert coding.code == "USAGOV"
    assert coding.role.start == "2025-01-20"
    assert "role_date_unknown" in coding.flags


def test_actors_roles_legacy_open_role_flagged_after_2014():
    entry = Entry(id="person:x", kind="person", name="X", country="ABC",
                  roles=(Role("ABCGOV", "2008-01-01", None, verified=False),))
    assert code_on(entry, "2010-01-01").flags == []
    assert code_on(entry, "2019-01-01").flags == ["role_unverified"]
