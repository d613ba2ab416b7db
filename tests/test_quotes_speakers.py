"""Direct and indirect quotes with their speakers, on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire.model import Actor, Article, Span
from eventwire.quotes import find_quotes


def _quotes(nlp, text, actors=()):
    article = Article(id="t", text=text, published="2020-01-01", actors=list(actors))
    return find_quotes(article, nlp(text))


def _actor(text, phrase, code, entity, name=None, kind="person", occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Actor(Span(start, start + len(phrase)), phrase, code=code, entity_id=entity, name=name, kind=kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not give up,” the minister said on Monday.", "the minister"),
        ("Mr. Okafor said, “The budget is balanced and fair.”", "Mr. Okafor"),
        ("“Talks went well,” said Anna Berg, a senior diplomat.", "Anna Berg"),
        ("The ministry called the plan a “dangerous gamble” on Friday.", "The ministry"),
        ("\"We are ready,\" the general told reporters.", "the general"),
    ],
)
def test_quotes_direct_speaker_phrase(nlp, text, speaker):
    direct = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker is not None and direct[0].speaker.text == speaker


def test_quotes_pronoun_and_continuation_resolve_to_earlier_subject(nlp):
    text = (
        "Foreign Minister Anna Berg met her counterpart in Oslo.\n\n"
        "“It was a useful meeting,” she said. “We will meet again soon.”\n\n"
        "“Nobody expects a deal this year.”"
    )
    actors = [_actor(text, "Anna Berg", "NORGOV", "e1", name="Anna Berg")]
    direct = [q for q in _quotes(nlp, text, actors) if q.kind == "direct"]
    assert len(direct) == 3
    assert all(q.speaker is not None and q.speaker.code == "NORGOV" for q in direct)
    assert direct[0].speaker.text == "she" and direct[0].speaker.name == "Anna Berg"


def test_quotes_coreferent_mention_gets_entity_code(nlp):
    text = "President Lena Dahl arrived in Rome.\n\n“This visit matters,” the president said."
    actors = [
        _actor(text, "President Lena Dahl", "SWEGOV", "e7", name="Lena Dahl"),
        Actor(Span(text.index("the president"), text.index("the president") + 13), "the president",
              entity_id="e7", kind="person"),
    ]
    (quote,) = [q for q in _quotes(nlp, text, actors) if q.kind == "direct"]
    assert quote.speaker.code == "SWEGOV" and quote.speaker.name == "Lena Dahl"
    assert quote.speaker.text == "the president"


def test_quotes_scare_quotes_without_speaker_are_not_quotes(nlp):
    text = "The so-called “deal of the century” was published in January."
    assert [q for q in _quotes(nlp, text) if q.kind == "direct"] == []


def test_quotes_reporter_of_a_reported_clause_owns_the_words(nlp):
    text = "The ministry said the king also stressed his wish “to end the dispute” with Norway."
    (quote,) = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert quote.speaker.text == "The ministry"


@pytest.mark.parametrize(
    ("text", "speaker", "clause_start"),
    [
        ("The ministry said the two leaders agreed to meet in July.", "The ministry", "the two leaders"),
        ("Mr. Okafor told reporters that the army had withdrawn.", "Mr. Okafor", "that the army"),
        ("The army withdrew from the town, according to local officials.", "local officials", "The army"),
    ],
)
def test_quotes_indirect_speech(nlp, text, speaker, clause_start):
    indirect = [q for q in _quotes(nlp, text) if q.kind == "indirect"]
    assert len(indirect) == 1
    assert indirect[0].speaker.text == speaker
    assert indirect[0].text.startswith(clause_start)
    assert indirect[0].span.slice(text) == indirect[0].text


def test_quotes_negated_speech_is_not_a_quote(nlp):
    assert _quotes(nlp, "The ministry did not say the leaders agreed to meet.") == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Ms. Okafor said on "Morning Show" that taxes were "going up fast."', ["going up fast."]),
        ('The senator wrote "God" and "Creator" in the letter, she said.', []),
        ("The minister accused the rebels of “breaking every promise they made.”",
         ["breaking every promise they made."]),
    ],
)
def test_quotes_titles_are_not_speech_and_accusations_are(nlp, text, quoted):
    assert [q.text for q in _quotes(nlp, text) if q.kind == "direct"] == quoted
