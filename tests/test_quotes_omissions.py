"""Pointed silences found by the quotes stage, on sentences written for the test."""

from __future__ import annotations

import pytest

from eventwire.model import Actor, Article, Span
from eventwire.quotes.omissions import find_omissions


@pytest.mark.parametrize(
    ("text", "topic", "speaker"),
    [
        ("The ministry praised the talks. It made no mention of the border dispute.", "border dispute", "It"),
        ("The palace did not mention the sanctions in its statement.", "sanctions", "The palace"),
        ("Oslo was silent on the refugee question.", "refugee question", "Oslo"),
    ],
)
def test_quotes_omissions_shapes(nlp, text, topic, speaker):
    article = Article(id="t", text=text)
    (found,) = find_omissions(article, nlp(text), None, {})
    assert found["topic"] == topic
    assert found["speaker"]["text"] == speaker


def test_quotes_omissions_pronoun_takes_the_earlier_actor(nlp):
    text = "The Kremlin called the talks useful. It made no mention of safe zones."
    actors = [Actor(Span(4, 11), "Kremlin", code="RUSGOV", entity_id="org:kremlin", kind="organisation",
                    name="Kremlin")]
    (found,) = find_omissions(Article(id="t", text=text, actors=actors), nlp(text), None, {})
    assert found["speaker"]["code"] == "RUSGOV" and found["speaker"]["text"] == "It"


def test_quotes_omissions_plain_statements_are_not_silences(nlp):
    text = "The ministry mentioned the sanctions. No one was hurt."
    assert find_omissions(Article(id="t", text=text), nlp(text), None, {}) == []
