"""Whom an act of force hurt, when the sentence names them beside the act rather than as its object.

``events/casualties.py`` and ``Roles.casualties``: the people a casualty verb names are the act's target when
the act names no coded target itself: "[two men] were reported killed in an air strike", "[three fighters]
were killed when a drone struck their position", "raids left [15 civilians] dead", "an air strike that
killed [12 soldiers]". A condition ("will be killed if X attacks"), a state that is no casualty ("left the
leaders isolated") and uncoded people ("dozens of people") give no target, and uncoded people do not rule
the one-sided act out.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from events_support import code_example, dyads
from eventwire.events.roles_noun import _hurt_by_the_act_itself


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a casualty participle under a passive verb of telling: the report is how it is known
        ("Two {Palestinians:PSE} were reported killed in an {Israeli:ISR} air strike on Tuesday.",
         {("ISR", "PSE", "195")}),
        # the act in a time clause of a passive casualty verb, and of "die"
        ("Three {Syrian fighters:SYRMIL} were killed when an {Israeli:ISR} drone struck their position.",
         {("ISR", "SYRMIL", "190")}),
        ("Five {Afghan soldiers:AFGMIL} died when {Taliban fighters:AFGINSTAL} attacked their checkpoint.",
         {("AFGINSTAL", "AFGMIL", "190")}),
        # the act left people dead: as the subject of "leave", or through a participle of the act's verb
        ("{Syrian air force:SYRMIL} raids left 15 {civilians:SYRCVL} dead in the town.",
         {("SYRMIL", "SYRCVL", "195")}),
        ("{Rebels:SYRREB} shelled the market, leaving five {civilians:SYRCVL} dead.",
         {("SYRREB", "SYRCVL", "194")}),
        # a relative clause whose subject is the act itself
        ("The monitor condemned a {Russian:RUS} air strike that killed 12 {Syrian soldiers:SYRMIL} near the base.",
         {("RUS", "SYRMIL", "195")}),
    ],
)
def test_args_casualties_named_beside_the_act_are_its_target(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        # a condition: nobody was killed
        ("{Afghan soldiers:AFGMIL} will be killed if {Taliban fighters:AFGINSTAL} attack the checkpoint.",
         {("AFGINSTAL", None, "190")}),
        # "left ... isolated" tells no casualty
        ("{Israeli:ISR} air strikes left {the Palestinian leadership:PSEGOV} isolated.", {("ISR", None, "195")}),
        # uncoded people name no target and do not rule the act out
        ("{Israeli:ISR} air strikes killed dozens of people in the town, the monitor said.", {("ISR", None, "195")}),
    ],
)
def test_args_no_casualty_target_without_coded_casualties(ctx, example, expected):
    _, events = code_example(ctx, example)
    assert dyads(events) == expected


def _parsed(ctx, words: list[str], heads: list[int], deps: list[str], tags: list[str], lemmas: list[str]) -> Doc:
    pos = {"NNS": "NOUN", "NN": "NOUN", "JJ": "ADJ", "VBN": "VERB", "VBD": "VERB", "CD": "NUM", "NNP": "PROPN",
           "DT": "DET", "IN": "ADP", ".": "PUNCT"}
    return Doc(ctx.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas,
               pos=[pos[t] for t in tags])


def test_args_strikes_read_as_a_participle_with_an_object_still_killed_it(ctx):
    """ "Syrian air strikes killed 42 people the monitor said": without a comma the parser reads "killed" as a
    participle on "strikes" (a reduced relative), but a participle with an object of its own is active."""
    words = ["Syrian", "air", "strikes", "killed", "42", "people", "the", "monitor", "said", "."]
    heads = [2, 2, 8, 2, 5, 3, 7, 8, 8, 8]
    deps = ["amod", "compound", "nsubj", "acl", "nummod", "dobj", "det", "nsubj", "ROOT", "punct"]
    tags = ["JJ", "NN", "NNS", "VBN", "CD", "NNS", "DT", "NN", "VBD", "."]
    lemmas = ["syrian", "air", "strike", "kill", "42", "people", "the", "monitor", "say", "."]
    doc = _parsed(ctx, words, heads, deps, tags, lemmas)
    assert _hurt_by_the_act_itself(doc[2]).text == "people"


def test_args_a_passive_participle_on_the_act_names_no_casualty(ctx):
    """ "strikes reported by the monitor": a participle with no object is a true passive on the noun."""
    words = ["air", "strikes", "reported", "by", "the", "monitor", "."]
    heads = [1, 1, 1, 2, 5, 3, 1]
    deps = ["compound", "ROOT", "acl", "agent", "det", "pobj", "punct"]
    tags = ["NN", "NNS", "VBN", "IN", "DT", "NN", "."]
    lemmas = ["air", "strike", "report", "by", "the", "monitor", "."]
    doc = _parsed(ctx, words, heads, deps, tags, lemmas)
    assert _hurt_by_the_act_itself(doc[1]) is None
