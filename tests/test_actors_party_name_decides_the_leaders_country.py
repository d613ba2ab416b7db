"""A party leader whose country the story would guess takes the country of the party the text names
(``party_leaders._party_home``): "the Liberal Democrat leader" in a story about a war abroad is British; a party
name of several states' systems that is none of the story's leaves the country out."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Iraqi troops shelled a village near Kirkuk. The Liberal Democrat leader Hamish Tolland said the war in Iraq "
     "was illegal.", "leader Hamish Tolland", "GBRPTY"),
    ("Spanish voters went to the polls in Madrid. Lib Dem leader Hamish Tolland repeated his call for a pause.",
     "leader Hamish Tolland", "GBRPTY"),
    ("Iraqi troops shelled a village near Kirkuk. The Republican leader Dora Whitcombe said the war was "
     "lost.", "leader Dora Whitcombe", "USAPTY"),
])
def test_actors_party_leader_takes_the_partys_country(ctx, text, mention, code):
    assert codes_by_text(ctx, text, "2005-02-01")[mention] == code


def test_actors_party_of_several_states_leaves_the_country_out(ctx):
    codes = codes_by_text(ctx, "Iraqi troops shelled a village near Kirkuk. The Labour leader Hamish Tolland "
                               "said the war in Iraq was illegal.", "2005-02-01")
    assert codes.get("leader Hamish Tolland") is None
    assert "IRQPTY" not in codes.values()


def test_actors_party_leader_of_the_storys_own_state_keeps_it(ctx):
    codes = codes_by_text(ctx, "Australian voters went to the polls in Canberra. The Labour leader Hamish Tolland "
                               "conceded defeat.", "2005-02-01")
    assert codes["leader Hamish Tolland"] == "AUSPTY"
