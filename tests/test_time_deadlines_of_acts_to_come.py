"""A "by" time that sets the deadline of an act still to come does not date the act that sets it.

"The chancellor told lawmakers, urging them to pass the loan by Friday": the parser may hang "by Friday"
on the past "told"; the urging then took the Friday before the report, days before the reports that
date the same appeal by their own day. A past act that owns its "by" time ("had taken the town by
Friday") keeps it, and so does an act told ahead ("will withdraw by Friday"). Hand-built parses and our
own sentences.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire import time as time_stage
from eventwire.model import Article
from time_support import date_word, hand_event, run_on_doc

PUBLISHED = "2031-07-09"  # a Wednesday

#: "The chancellor told lawmakers, urging them to pass the loan by Friday." with "by Friday" hung on "told".
WORDS = ["The", "chancellor", "told", "lawmakers", ",", "urging", "them", "to", "pass", "the", "loan", "by", "Friday",
         "."]
HEADS = [1, 2, 2, 2, 2, 2, 5, 8, 5, 10, 8, 2, 11, 2]
DEPS = ["det", "nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "aux", "xcomp", "det", "dobj", "prep", "pobj",
        "punct"]
TAGS = ["DT", "NN", "VBD", "NNS", ",", "VBG", "PRP", "TO", "VB", "DT", "NN", "IN", "NNP", "."]
POS = ["DET", "NOUN", "VERB", "NOUN", "PUNCT", "VERB", "PRON", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
LEMMAS = ["the", "chancellor", "tell", "lawmaker", ",", "urge", "they", "to", "pass", "the", "loan", "by", "Friday",
          "."]


def test_time_deadlines_of_acts_to_come_do_not_date_the_appeal(ctx):
    spaces = [word not in (",", ".") and following not in (",", ".")
              for word, following in zip(WORDS, [*WORDS[1:], ""], strict=True)]
    doc = Doc(ctx.nlp.vocab, words=WORDS, spaces=spaces, heads=HEADS, deps=DEPS, tags=TAGS, pos=POS, lemmas=LEMMAS)
    article = Article(id="deadline", text=doc.text, published=PUBLISHED)
    article.events = [hand_event(article, doc[5], "020")]  # "urging"
    event = run_on_doc(article, doc, ctx, time_stage).events[0]
    assert (event.date, event.date_basis) == (PUBLISHED, "publication")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a past act that owns its "by" time keeps it: done by last Friday
        ("The rebels had taken the town by Friday.", "taken", ("2031-07-04", "expression")),
        # an act told ahead is dated by its deadline
        ("The army will withdraw from the town by Friday.", "withdraw", ("2031-07-11", "expression")),
    ],
)
def test_time_deadlines_of_acts_to_come_leave_other_by_times(text, word, expected, nlp, ctx):
    event = date_word(text, word, PUBLISHED, nlp, ctx)
    assert (event.date, event.date_basis) == expected
