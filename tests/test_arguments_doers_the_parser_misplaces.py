"""Doers the parse puts in the wrong place: the accuser for the accused's means ("accused X of gassing villagers
by firing rockets"), the victims for a wielding participle ("killed 40 people using barrel bombs"), a claimant
read as the subject ("a massacre that the army claims killed ..."), the victims for a gerund read as a clause
("died in army shelling of a village"), a place for the one there ("the team is in Iraq investigating"), and
those who hear an act for its doer ("the bombing was heard by residents")."""

from __future__ import annotations

from actors_support import pipeline_dyads


def test_means_of_an_alleged_deed_is_the_accused(ctx):
    dyads = pipeline_dyads(ctx, "Iraqi opposition groups accused government forces of gassing dozens of villagers "
                                "on Sunday by firing rockets over the northern suburbs.", "doers-accused-means")
    assert not any(src == "IRQOPP" and code.startswith("19") for src, _, code in dyads)
    assert any(src == "IRQMIL" and code.startswith("19") for src, _, code in dyads)


def test_wielding_participle_on_the_victims_is_the_killers(ctx):
    dyads = pipeline_dyads(ctx, "Sudanese troops killed 40 people using barrel bombs on Monday.", "doers-wielding")
    assert not any(src == "SDNCVL" for src, _, _ in dyads)


def test_claimant_read_as_subject_is_no_doer(ctx):
    dyads = pipeline_dyads(ctx, "The minister said Iraq's army was behind a massacre near Mosul that the "
                                "opposition claims killed dozens.", "doers-claims")
    assert not any(src == "IRQOPP" and code[:2] in ("18", "19") for src, _, code in dyads)


def test_noun_before_a_gerund_read_as_a_clause_is_its_doer(ctx):
    dyads = pipeline_dyads(ctx, "Two nurses were among 20 people killed on Friday in Sudanese army shelling of a "
                                "village.", "doers-nominal-gerund")
    assert not any(src == "SDNHLH" for src, _, _ in dyads)
    assert any(src == "SDNMIL" and code.startswith("19") for src, _, code in dyads)


def test_place_after_in_is_not_the_subject_of_the_gerund(ctx):
    dyads = pipeline_dyads(ctx, "The U.N. team is in Iraq investigating claims that militias used poison gas.",
                           "doers-place-subject")
    assert not any(src == "IRQ" and code.startswith("09") for src, _, code in dyads)


def test_those_who_hear_an_attack_do_not_do_it(ctx):
    dyads = pipeline_dyads(ctx, "The heavy shelling of the town could be heard by residents of Baghdad.",
                           "doers-heard")
    assert not any(src == "IRQCVL" for src, _, _ in dyads)
