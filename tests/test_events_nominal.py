"""Event nouns of material conflict: doers and targets through prepositions, blame clauses and victims."""

from __future__ import annotations

import pytest

from events_support import code_example, dyads, marked_article
from eventwire.events import code_doc
from eventwire.events.ontology import cameo_table
from eventwire.events.patterns import pattern_index


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        ("An air strike by {Turkish jets:TURMIL} on {Kurdish fighters:TURKUR} killed twelve people.",
         ("TURMIL", "TURKUR", "195")),
        ("Rights groups condemned a chemical weapons attack against {civilians:IRQCVL} by "
         "{Iraqi government forces:IRQMIL}.", ("IRQMIL", "IRQCVL", "2041")),
        ("The war included a sarin attack last spring against {opposition fighters:SYROPP} by "
         "{Syrian troops:SYRMIL}.", ("SYRMIL", "SYROPP", "2041")),
        ("Dozens of {children:CVL} died in a nerve gas attack that {Britain:GBR} blamed on "
         "{the Iranian government:IRNGOV}.", ("IRNGOV", "CVL", "2041")),
        ("{Britain:GBR} blamed the chlorine attack on {civilians:SYRCVL} on {the Syrian army:SYRMIL}.",
         ("SYRMIL", "SYRCVL", "2041")),
        ("The bombing of a clinic in {Idlib:SYR} by {Russian aircraft:RUSMIL} was condemned.",
         ("RUSMIL", "SYR", "195")),
        ("Twenty {people:CVL} died in a gas attack blamed on {the Syrian government:SYRGOV}.",
         ("SYRGOV", "CVL", "2041")),
        ("The UN condemned the rocket attack on {Kurdish villages:IRQKUR}, which {Ankara:TUR} attributed to "
         "{the PKK:TURREBPKK}.", ("TURREBPKK", "IRQKUR", "195")),
    ],
)
def test_events_nominal_conflict_roles(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert expected in dyads(events), dyads(events)


@pytest.mark.parametrize(
    ("example", "not_source"),
    [
        # the one who blames, condemns or investigates is never the attacker
        ("Dozens of {children:CVL} died in a nerve gas attack that {Britain:GBR} blamed on "
         "{the Iranian government:IRNGOV}.", "GBR"),
        ("The attack against {civilians:SYRCVL} was condemned by {France:FRA}.", "FRA"),
        ("The UN condemned the rocket attack on {Kurdish villages:IRQKUR}, which {Ankara:TUR} attributed to "
         "{the PKK:TURREBPKK}.", "TUR"),
        # "by questioning X" is how the police investigated, not who attacked
        ("{Police:GBRCOP} investigated the attack against {the embassy:USA} by questioning {protesters:GBROPP}.",
         "GBROPP"),
    ],
)
def test_events_nominal_conflict_no_false_source(ctx, example, not_source):
    _, events = code_example(ctx, example)
    assert not [e for e in events if e.root in ("18", "19", "20") and e.source.code == not_source], dyads(events)


def test_events_nominal_active_killers_are_not_victims(ctx):
    _, events = code_example(ctx, "{Rebels:SYRREB} killed ten {soldiers:SYRMIL} in an attack on the town.")
    assert not [e for e in events if e.target is not None and e.target.code == "SYRREB"], dyads(events)


def _coded_with_context_countries(ctx, example: str, guessed: tuple[int, ...]):
    """Code ``example`` with the actors at positions ``guessed`` flagged as the actors stage flags context guesses."""
    article = marked_article(example)
    for i in guessed:
        article.actors[i].flags.append("country_from_context")
        article.actors[i].country = article.actors[i].code[:3]
    return code_doc(article, ctx.nlp(article.text), pattern_index(ctx), cameo_table(ctx))


def test_events_nominal_victim_country_from_context_is_dropped(ctx):
    """Unnamed victims keep no country the actors stage guessed from context (here the reporting state's)."""
    events = _coded_with_context_countries(
        ctx, "{Children:USACVL} were killed in a gas attack that {Washington:USA} pinned on "
        "{the Syrian government:SYRGOV}.", (0,))
    attack = [e for e in events if e.cameo == "2041"]
    assert [(e.source.code, e.target.code, e.target.country) for e in attack] == [("SYRGOV", "CVL", None)]


def test_events_nominal_victims_need_a_named_doer(ctx):
    """Victims complete an event only when the doer's side is named, not guessed from context too."""
    events = _coded_with_context_countries(
        ctx, "Monitors said eight {people:GBRCVL} were killed in an air strike by {government forces:GBRMIL}.", (0, 1))
    assert not [e for e in events if e.root == "19"], [(e.cameo, e.source.code) for e in events]
