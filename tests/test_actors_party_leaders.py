"""A party's leader holds no state office by that title: "Tory leader X" is his party's (PTY), a house's
"Minority Leader" or "House Democratic leader" a legislator (LEG), and his surname named again keeps that
code (``party_leaders.py``)."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Britain's election campaign opened on Monday. Tory leader Ralph Denholme accused the prime minister of "
     "lying.", "leader Ralph Denholme", "GBRPTY"),
    ("Britain's election campaign opened on Monday. The Liberal Democrat leader said the chancellor had failed.",
     "leader", "GBRPTY"),
    ("The American Senate met on Monday. Senate Minority Leader Dora Whitcombe urged the president to resign.",
     "Leader Dora Whitcombe", "USALEG"),
    ("The American Congress met on Monday. House Democratic leader Dora Whitcombe urged the president to resign.",
     "leader Dora Whitcombe", "USALEG"),
])
def test_actors_party_leader_is_the_party(ctx, text, mention, code):
    assert codes_by_text(ctx, text, "2005-02-01")[mention] == code


def test_actors_party_leader_surname_keeps_the_party(ctx):
    text = ("Britain's election campaign opened on Monday. Labour leader Ralph Denholme criticised the "
            "government. Mr Denholme also attacked the chancellor.")
    codes = codes_by_text(ctx, text, "2005-02-01")
    assert codes["Mr Denholme"] == "GBRPTY"


def test_actors_head_of_state_called_leader_stays_the_government(ctx):
    codes = codes_by_text(ctx, "The Russian leader met the Chinese president in Beijing.", "2019-03-15")
    assert codes["Russian leader"] == "RUSGOV"
