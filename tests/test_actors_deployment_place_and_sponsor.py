"""Two mentions that say nothing of a role word's home: the place its forces are deployed to, and a state
written as the backer of some other noun ("Iran-allied group")."""

from __future__ import annotations

import pytest

from actors_support import codes_by_text


@pytest.mark.parametrize("text, word", [
    ("Chile's senate on Monday approved troop deployments in Peru.", "troop"),
    ("Chile's senate voted to keep troops stationed in Peru.", "troops"),
])
def test_actors_place_of_a_deployment_lends_no_country(ctx, text, word):
    codes = codes_by_text(ctx, text, "2020-01-02")
    assert codes.get(word) == "CHLMIL", codes


def test_actors_sponsor_of_another_noun_lends_no_country(ctx):
    codes = codes_by_text(ctx, "A Chile-allied militia said it will hand back the military bases it seized.",
                          "2020-01-02")
    assert codes.get("military bases") is None, codes


def test_actors_destination_of_sent_experts_lends_no_country(ctx):
    codes = codes_by_text(ctx, "Chile has sent five military experts to Peru to investigate the explosions.",
                          "2019-09-19")
    assert codes.get("military") == "CHLMIL", codes
