"""Clause tense on hand-built parses, including roots the parser did not label ROOT."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.time.clause import tense


@pytest.mark.parametrize(("tag", "pos"), [("VBN", "VERB"), ("NN", "NOUN")])
def test_time_clause_tense_of_unlabelled_root_does_not_recurse(tag: str, pos: str):
    # One token that is its own head but carries a non-ROOT label, as partial parses can.
    doc = Doc(Vocab(), words=["attacked"], heads=[0], deps=["dep"], tags=[tag], pos=[pos])
    assert tense(doc[0]) == "present"


def test_time_clause_participle_takes_governor_tense():
    doc = Doc(Vocab(), words=["Troops", "fired", "shells", "aimed", "north"], heads=[1, 1, 1, 2, 3],
              deps=["nsubj", "ROOT", "dobj", "acl", "advmod"], tags=["NNS", "VBD", "NNS", "VBN", "RB"],
              pos=["NOUN", "VERB", "NOUN", "VERB", "ADV"])
    assert tense(doc[3]) == "past"
