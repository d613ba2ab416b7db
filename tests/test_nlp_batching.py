"""The parse runs shortest text first in one big batch per call, and hands Docs back in input order."""

from __future__ import annotations

import pytest
from spacy.attrs import IDS

from eventwire.nlp.select import PIPE_BATCH, pipe_by_length


class RecordingPipe:
    """Stands in for a spaCy pipeline: records what each ``pipe`` call got."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], int]] = []

    def pipe(self, items, batch_size=32):
        items = list(items)
        self.calls.append((items, batch_size))
        return (item.upper() for item in items)


@pytest.mark.parametrize(("count", "batch_size", "expected_size"), [
    (5, 32, 32), (100, 32, 100), (PIPE_BATCH + 50, 32, PIPE_BATCH), (10, 500, 500), (0, 32, 32),
])
def test_nlp_batching_sorts_by_length_in_big_batches_and_keeps_order(count, batch_size, expected_size):
    texts = [("x" * ((i * 37) % 11 + 1)) + str(i) for i in range(count)]
    nlp = RecordingPipe()
    assert pipe_by_length(nlp, texts, batch_size) == [text.upper() for text in texts]
    ((items, size),) = nlp.calls
    assert items == sorted(texts, key=len) and size == expected_size


def test_nlp_batching_docs_equal_plain_pipe(nlp):
    texts = ["Russia's foreign minister met his Turkish counterpart in Ankara on Tuesday, officials said.",
             "Rebels shelled the town.", "", "The U.N. envoy, who has warned that it will, did not."]
    ids = [IDS[name] for name in ("ORTH", "TAG", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE")]
    for ours, plain in zip(pipe_by_length(nlp, texts, 2), nlp.pipe(texts, batch_size=1), strict=True):
        assert ours.text == plain.text
        assert (ours.to_array(ids) == plain.to_array(ids)).all()
