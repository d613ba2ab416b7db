"""Syndicated-copy detection: MinHash LSH within a batch and against stored signatures."""

from __future__ import annotations

import duckdb
import pytest

from eventwire import dedup
from eventwire.config import Context
from eventwire.model import Article
from eventwire.pipeline import CORPUS_STAGES

WIRE = [
    "Rescue crews in the mountain town of Velm pulled eleven people from the rubble of a collapsed school "
    "on Thursday after an earthquake of magnitude 6.1 struck the region before dawn.",
    "The interior ministry said at least 23 people were killed and more than 140 injured, and that the toll "
    "was likely to rise as teams reached villages cut off by landslides.",
    "Prime Minister Ilse Moreau flew to the area by helicopter and promised emergency funds for families "
    "whose homes were destroyed, saying the army would deliver tents and water within hours.",
    "Seismologists said the quake's shallow depth explained the heavy damage in towns built of stone, and "
    "warned residents to expect strong aftershocks through the weekend.",
    "Neighbouring countries offered search dogs and medical teams, and the Red Cross opened shelters in "
    "three school gyms in the provincial capital.",
]
# The same event told by another outlet in its own words: must not be merged.
OWN_WORDS = (
    "An early-morning earthquake flattened much of Velm on Thursday. Survivors described walls folding "
    "inward as they slept; by evening volunteers with shovels had dug out a handful of children from the "
    "ruins of the school. Officials gave a death toll of 23. Moreau, visiting by helicopter, said the state "
    "would pay for rebuilding. Experts blamed old stone buildings and a shallow quake, and predicted "
    "aftershocks. Aid arrived from abroad as the Red Cross set up shelters."
)


def _text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


class _Store:
    def __init__(self) -> None:
        self.con = duckdb.connect()
        self.con.execute("CREATE TABLE signatures (article_id VARCHAR PRIMARY KEY, minhash BLOB)")


def test_dedup_registered_before_link() -> None:
    assert "dedup" in CORPUS_STAGES
    if "link" in CORPUS_STAGES:
        assert CORPUS_STAGES.index("dedup") < CORPUS_STAGES.index("link")


@pytest.mark.parametrize(
    ("copy", "is_copy"),
    [
        (_text(WIRE), True),  # verbatim
        (_text(["Reprinted with permission.", *WIRE, "Share this story."]), True),  # other head and foot
        (_text(WIRE[:3]), True),  # trimmed from the bottom, as papers do with wire copy
        (_text([w.replace("neighbouring", "neighboring") for w in WIRE]), True),  # spelling edits
        (OWN_WORDS, False),  # same event, different words
        (_text(WIRE[:1]), False),  # one paragraph of five: below the candidate Jaccard, not a copy
    ],
)
def test_dedup_within_batch(copy: str, is_copy: bool) -> None:
    original = Article(id="wire-1", text=_text(WIRE), outlet="Wire Service")
    candidate = Article(id="site-2", text=copy, outlet="Local Daily")
    dedup.run([original, candidate], Context())
    assert original.duplicate_of is None
    assert (candidate.duplicate_of == "wire-1") is is_copy


def test_dedup_against_stored_signatures_across_runs() -> None:
    store = _Store()
    first = Context()
    first.store = store
    dedup.run([Article(id="wire-1", text=_text(WIRE))], first)
    assert store.con.execute("SELECT count(*) FROM signatures").fetchone() == (1,)
    later = Context()  # a new run: nothing cached, only the table remembers
    later.store = store
    copy = Article(id="site-9", text=_text(["From our partners.", *WIRE]))
    other = Article(id="site-10", text=OWN_WORDS)
    dedup.run([copy, other], later)
    assert copy.duplicate_of == "wire-1"
    assert other.duplicate_of is None
    stored = {row[0] for row in store.con.execute("SELECT article_id FROM signatures").fetchall()}
    assert stored == {"wire-1", "site-10"}  # copies are not stored as originals


def test_dedup_rerun_of_same_article_is_not_its_own_copy() -> None:
    store = _Store()
    ctx = Context()
    ctx.store = store
    article = Article(id="wire-1", text=_text(WIRE))
    dedup.run([article], ctx)
    again = Article(id="wire-1", text=_text(WIRE))
    dedup.run([again], ctx)
    assert again.duplicate_of is None
    assert store.con.execute("SELECT count(*) FROM signatures").fetchone() == (1,)


def test_dedup_signature_blob_roundtrip() -> None:
    sig = dedup.signature(_text(WIRE))
    assert sig is not None
    back = dedup.Signature.from_blob(sig.to_blob())
    assert back.size == sig.size
    assert back.minhash.jaccard(sig.minhash) == 1.0


def test_dedup_short_texts_are_left_alone() -> None:
    a = Article(id="a", text="Markets closed higher on Friday.")
    b = Article(id="b", text="Markets closed higher on Friday.")
    dedup.run([a, b], Context())
    assert b.duplicate_of is None
