"""The Islamic State written "IS" before a group word ("IS group", "IS militants") is the group, IMGMUSISI.

"IS" is also the verb: the longer names need "IS" in capitals ("this is group work" names no one), and a lone
"IS" counts only where the parse gives it a noun's place ("strikes against IS") in a sentence not set in capitals.
"""

from __future__ import annotations

from actors_support import codes_by_text, pipeline_dyads


def test_actors_is_group_is_the_islamic_state(ctx):
    codes = codes_by_text(ctx, "Kurdish fighters pushed IS militants out of the village on Monday.", "2016-05-02",
                          "is-group-militants")
    assert codes.get("IS militants") == "IMGMUSISI"


def test_actors_strikes_against_is_group_target_the_islamic_state(ctx):
    dyads = pipeline_dyads(ctx, "Turkish forces carried out strikes against IS group near the town.",
                           "is-group-strikes")
    assert ("TURMIL", "IMGMUSISI", "195") in dyads


def test_actors_lowercase_is_before_group_names_no_one(ctx):
    codes = codes_by_text(ctx, "The minister said this is group work and nothing more.", "2016-05-02",
                          "is-group-lowercase")
    assert "IMGMUSISI" not in codes.values()


def test_actors_strikes_against_lone_is_target_the_islamic_state(ctx):
    dyads = pipeline_dyads(ctx, "The US-led coalition has carried out air strikes against IS in Syria since September.",
                           "is-lone-strikes")
    assert ("USAMIL", "IMGMUSISI", "195") in dyads


def test_actors_is_as_a_verb_names_no_one(ctx):
    for i, text in enumerate(("The plan IS working, the Turkish minister said.",
                              "WHAT IS NEXT FOR TURKEY AFTER THE VOTE")):
        codes = codes_by_text(ctx, text, "2016-05-02", f"is-verb-{i}")
        assert "IMGMUSISI" not in codes.values()
