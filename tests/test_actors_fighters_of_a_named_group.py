"""Fighter words hung on a named armed group by "of" ("militants of the IS group", "fighters of the Taliban")
are that group's own, as "members of" it are, not rebels or fighters of the country around them."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "fighters", "group"), [
    ("Kurdish forces killed 11 militants of the Daesh terrorist group on Sunday.", "militants", "IMGMUSISI"),
    ("Iraqi forces killed 20 fighters of the IS group near Mosul on Monday.", "fighters", "IMGMUSISI"),
])
def test_actors_fighters_of_a_named_group_are_the_groups(ctx, text, fighters, group):
    codes = codes_by_text(ctx, text, "2019-03-15", "fighters-of-a-group")
    assert [code for name, code in codes.items() if name.startswith(fighters)] == [group]
