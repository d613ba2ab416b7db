"""A person who "attacked" someone in words is criticising (111); attacks on democracy are rhetoric.

``events/verbal_attacks.said_attack``: the verb told as speech ("as", "for", ", saying", "during a debate",
"publicly"), a person as its doer and no force word in the sentence. ``19_fight.yaml``:
``fight.attack_noun`` leaves out attacks on democracy, the constitution, privacy, truth ...
"""

from __future__ import annotations

from events_support import code_example, dyads


def test_events_attacked_a_rival_during_a_debate_is_criticism(ctx):
    _, found = code_example(ctx, "{Senator Harris:USALEG} attacked {Joe Biden:USAELI} during the Democratic debates.")
    assert ("USALEG", "USAELI", "111") in dyads(found)
    assert all(e.root != "19" for e in found)


def test_events_attacked_saying_is_criticism(ctx):
    _, found = code_example(
        ctx, "{Nelson Mandela:ZAFGOV} attacked {British imperialists:GBR}, saying they treated Africans badly."
    )
    assert ("ZAFGOV", "GBR", "111") in dyads(found)


def test_events_attacked_as_a_strategy_is_criticism(ctx):
    _, found = code_example(ctx, "{Donald Trump:USAGOV} attacked {the prosecutors:USAJUD} as a political strategy.")
    assert {e.cameo for e in found} == {"111"}


def test_events_a_gunman_attacking_guards_at_night_is_force(ctx):
    _, found = code_example(ctx, "{A gunman:UAF} attacked {the prison guards:USACOP} during the night.")
    assert any(e.root == "19" for e in found)


def test_events_troops_attacking_in_words_context_keep_force_when_force_is_told(ctx):
    _, found = code_example(
        ctx, "{Sergeant Smith:USAMIL} attacked {the insurgents:IRQREB} with rockets, saying they had fired first."
    )
    assert any(e.root == "19" for e in found)


def test_events_an_assault_on_democracy_is_no_attack(ctx):
    _, found = code_example(ctx, "{Russia:RUS} launched an all-out assault on our democracy, the senator said.")
    assert all(e.root != "19" for e in found)
