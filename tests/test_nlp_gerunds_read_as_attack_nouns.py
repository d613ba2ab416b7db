"""An attack gerund the parser read as a participle is put back as the noun it is (``nlp/gerunds.py``).

Rule cases, on hand-built parses of the misreadings the small model makes: "killed in Israeli tank shelling" with
"tank" the object of "in" and "shelling" a clause of "killed"; "killed by regime shelling" with "shelling" a
clause of "regime"; "in rebel shelling" with the tree right and only the tag a verb's. Guards: a participle with
an object of its own, a gerund that is no attack word and a phrase that goes on after the noun stay as parsed.
End to end: the doer named before the noun shells the killed, as "killed in Russian air strikes" reads.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from actors_support import pipeline_dyads
from eventwire.nlp.gerunds import repair


def _doc(nlp, rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A Doc from (word, tag, pos, dependency, head index) rows: a parse of our own, independent of the model."""
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


KILLED_IN_TANK_SHELLING = [
    ("Two", "CD", "NUM", "nummod", 1), ("children", "NNS", "NOUN", "nsubjpass", 3),
    ("were", "VBD", "AUX", "auxpass", 3), ("killed", "VBN", "VERB", "ROOT", 3), ("in", "IN", "ADP", "prep", 3),
    ("Israeli", "JJ", "ADJ", "amod", 6), ("tank", "NN", "NOUN", "pobj", 4), ("shelling", "VBG", "VERB", "advcl", 3),
    ("near", "IN", "ADP", "prep", 7), ("Gaza", "NNP", "PROPN", "pobj", 8), (".", ".", "PUNCT", "punct", 3),
]
KILLED_BY_THE_REGIME_SHELLING = [
    ("Four", "CD", "NUM", "nummod", 1), ("civilians", "NNS", "NOUN", "nsubjpass", 3),
    ("were", "VBD", "AUX", "auxpass", 3), ("killed", "VBN", "VERB", "ROOT", 3), ("by", "IN", "ADP", "agent", 3),
    ("the", "DT", "DET", "det", 6), ("regime", "NN", "NOUN", "pobj", 4), ("shelling", "VBG", "VERB", "acl", 6),
    (".", ".", "PUNCT", "punct", 3),
]
KILLED_IN_REBEL_SHELLING = [
    ("Six", "CD", "NUM", "nummod", 1), ("people", "NNS", "NOUN", "nsubjpass", 3), ("were", "VBD", "AUX", "auxpass", 3),
    ("killed", "VBN", "VERB", "ROOT", 3), ("in", "IN", "ADP", "prep", 3), ("rebel", "NN", "NOUN", "compound", 6),
    ("shelling", "VBG", "VERB", "pobj", 4), (".", ".", "PUNCT", "punct", 3),
]


def test_nlp_gerund_after_the_object_of_in_becomes_that_phrase_s_noun(nlp):
    doc = repair(_doc(nlp, KILLED_IN_TANK_SHELLING))
    shelling, tank = doc[7], doc[6]
    assert (shelling.pos_, shelling.tag_, shelling.dep_, shelling.head.text) == ("NOUN", "NN", "pobj", "in")
    assert shelling.lemma_ == "shelling"
    assert (tank.dep_, tank.head.text) == ("compound", "shelling")
    assert doc[5].head.text == "tank"  # "Israeli" still modifies "tank"
    assert doc[8].head.text == "shelling"  # the gerund's own phrase stays with it


def test_nlp_gerund_hung_on_the_by_agent_becomes_the_agent_s_noun(nlp):
    doc = repair(_doc(nlp, KILLED_BY_THE_REGIME_SHELLING))
    assert (doc[7].pos_, doc[7].dep_, doc[7].head.text) == ("NOUN", "pobj", "by")
    assert (doc[6].dep_, doc[6].head.text) == ("compound", "shelling")
    assert doc[5].head.text == "shelling"  # "the" determines the whole phrase


def test_nlp_gerund_in_its_noun_s_place_gets_the_noun_s_tag(nlp):
    doc = repair(_doc(nlp, KILLED_IN_REBEL_SHELLING))
    assert (doc[6].pos_, doc[6].tag_, doc[6].dep_, doc[6].head.text) == ("NOUN", "NN", "pobj", "in")


@pytest.mark.parametrize(
    ("rows", "gerund"),
    [
        # a participle with an object of its own is a clause: "troops in the hills shelling the town"
        ([("Troops", "NNS", "NOUN", "nsubj", 1), ("stayed", "VBD", "VERB", "ROOT", 1), ("in", "IN", "ADP", "prep", 1),
          ("the", "DT", "DET", "det", 4), ("hills", "NNS", "NOUN", "pobj", 2), ("shelling", "VBG", "VERB", "advcl", 1),
          ("the", "DT", "DET", "det", 7), ("town", "NN", "NOUN", "dobj", 5)], 5),
        # no attack word: "sat in the room reading"
        ([("She", "PRP", "PRON", "nsubj", 1), ("sat", "VBD", "VERB", "ROOT", 1), ("in", "IN", "ADP", "prep", 1),
          ("the", "DT", "DET", "det", 4), ("room", "NN", "NOUN", "pobj", 2),
          ("reading", "VBG", "VERB", "advcl", 1)], 5),
        # the noun's phrase goes on before the gerund: "died in towns near Aleppo shelling" is no compound
        ([("Nine", "CD", "NUM", "nsubj", 1), ("died", "VBD", "VERB", "ROOT", 1), ("in", "IN", "ADP", "prep", 1),
          ("towns", "NNS", "NOUN", "pobj", 2), ("near", "IN", "ADP", "prep", 3), ("Aleppo", "NNP", "PROPN", "pobj", 4),
          ("shelling", "VBG", "VERB", "advcl", 1)], 6),
    ],
)
def test_nlp_clauses_and_other_gerunds_stay_as_parsed(nlp, rows, gerund):
    doc = repair(_doc(nlp, rows))
    assert (doc[gerund].pos_, doc[gerund].dep_) == ("VERB", rows[gerund][3])


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Three Palestinian children were killed in Israeli tank shelling near the border on Monday, doctors said.",
         ("ISR", "PSECVL", "194")),
        ("Four civilians were killed by Syrian regime shelling in a town near Homs.", ("SYRGOV", "SYRCVL", "194")),
    ],
)
def test_nlp_repaired_shelling_has_its_doer_and_victims(ctx, text, dyad):
    assert dyad in pipeline_dyads(ctx, text, "gerund-attack-noun")
