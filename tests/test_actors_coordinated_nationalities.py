"""Nationalities coordinated before one role word each take its sector (``compose._coordinated_states``).

"U.S. and Iraqi forces" are two armed forces, USAMIL beside IRQMIL, not the bare United States beside Iraq's
army; a longer list ("U.S., British and French forces") gives every member the sector, and each is a side of
the event. A country written as a name ("Russia and Syrian forces") may be the state itself and stays bare,
and nationalities before a compound ("Russian and Syrian regime air strikes") qualify the strikes, not the
role word inside it.
"""

from __future__ import annotations

import pytest

from actors_support import codes_by_text, pipeline_dyads


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. and Iraqi forces attacked the militants near Mosul.", {"U.S.": "USAMIL", "Iraqi forces": "IRQMIL"}),
    ("British and French warplanes bombed the airfield on Sunday.",
     {"British": "GBRMIL", "French warplanes": "FRAMIL"}),
    ("US and British activists staged a protest in Beijing.", {"US": "USAOPP", "British activists": "GBROPP"}),
])
def test_actors_coordinated_nationalities_share_the_role_words_sector(ctx, text, expected):
    codes = codes_by_text(ctx, text, "2019-03-04", "coordinated-nationalities")
    assert {mention: codes.get(mention) for mention in expected} == expected


def test_actors_country_named_as_a_noun_stays_the_state(ctx):
    codes = codes_by_text(ctx, "Russia and Syrian forces attacked the town on Sunday.", "2019-03-04",
                          "coordinated-state-noun")
    assert codes.get("Russia") == "RUS"
    assert codes.get("Syrian forces") == "SYRMIL"


def test_actors_nationalities_before_a_compound_leave_the_first_bare(ctx):
    codes = codes_by_text(ctx, "The town has been hit by Russian and Syrian regime air strikes since 2015.",
                          "2019-03-04", "coordinated-compound")
    assert codes.get("Russian") == "RUS"


def test_events_each_nationality_in_a_list_is_a_side(ctx):
    dyads = pipeline_dyads(ctx, "U.S., British and French forces attacked the militants near Mosul on Sunday.",
                           "coordinated-list")
    assert {source for source, _, root in dyads if root.startswith("19")} >= {"USAMIL", "GBRMIL", "FRAMIL"}
