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


def test_actors_party_titled_leader_takes_the_party_named_before_the_title(ctx):
    """"Labour Party leader X": the title "Party leader" sits in the mention, the party's name outside it."""
    codes = codes_by_text(ctx, "Iraqi troops shelled a village near Kirkuk. Liberal Democrat Party leader Hamish "
                               "Tolland marched to protest against the war in Iraq.", "2005-02-01")
    assert codes["Party leader Hamish Tolland"] == "GBRPTY"


def test_actors_party_titled_leader_of_a_party_of_several_states_is_not_the_war_country(ctx):
    codes = codes_by_text(ctx, "The group was founded by Labour Party leader Hamish Tolland to protest against "
                               "the war in Afghanistan.", "2005-02-01")
    assert "AFGPTY" not in codes.values()


def test_actors_word_describing_a_refused_party_leader_lends_no_story_country(ctx):
    """"[opposition] Labour leader X" in a story set abroad: the describer was guessed from the same story."""
    codes = codes_by_text(ctx, "Iraqi troops shelled a village near Kirkuk. Current opposition Labour leader Hamish "
                               "Tolland said the war was illegal.", "2005-02-01")
    assert "IRQOPP" not in codes.values()
    assert codes.get("leader Hamish Tolland") is None
