"""The cheap topic-continuity signal."""

from __future__ import annotations

import pytest

from eventwire.clean.topic import StoryVocabulary, content_tokens

STORY = (
    "Farmers in the Orvel valley blocked the highway with tractors on Friday to protest a cut in grain "
    "subsidies announced by Agriculture Minister Paul Dorn."
)


@pytest.mark.parametrize(
    ("line", "low", "high"),
    [
        ("Dorn said the subsidies for grain farmers would be reviewed after the protest.", 0.5, 1.0),
        ("A jazz festival returns to the seaside town of Kell with twelve bands this summer.", 0.0, 0.1),
    ],
)
def test_clean_topic_overlap(line: str, low: float, high: float) -> None:
    vocab = StoryVocabulary()
    vocab.add(STORY)
    assert low <= vocab.overlap(line) <= high


def test_clean_topic_tokens_fold_inflections_and_stopwords() -> None:
    tokens = content_tokens("The farmers' protests and the farmer's protest")
    assert tokens == {"farmer", "protest"}
    assert content_tokens("東京") == {"東京"}  # unspaced scripts become character bigrams
