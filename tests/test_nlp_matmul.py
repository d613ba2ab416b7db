"""The pipeline multiplies with numpy's BLAS on one thread, and annotates as with BLIS."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest
from spacy.attrs import IDS
from thinc.api import Linear, NumpyOps
from threadpoolctl import threadpool_info, threadpool_limits

from conftest import SEEDS, shared_path
from eventwire import pipeline
from eventwire.config import MODEL_PACKAGE
from eventwire.model import Article
from eventwire.nlp.matmul import one_blas_thread, use_numpy_blas

ATTRS = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]


def _blas_threads() -> set[int]:
    return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}


@pytest.fixture
def two_blas_threads():
    """Numpy's BLAS allowed two threads, whatever this machine's default is."""
    if not _blas_threads():
        pytest.skip("threadpoolctl finds no BLAS library to limit here")
    with threadpool_limits(limits=2, user_api="blas"):
        yield


def test_nlp_matmul_context_pipeline_multiplies_with_numpy(nlp):
    layers = [node for _, pipe in nlp.pipeline if getattr(pipe, "model", None) is not None
              and hasattr(pipe.model, "walk") for node in pipe.model.walk()]
    assert layers, "the English pipeline has trainable components"
    assert all(not (isinstance(node.ops, NumpyOps) and node.ops.use_blis) for node in layers)


def test_nlp_matmul_changes_only_blis_layers():
    blis, plain, other = Linear(2, 2), Linear(2, 2), Linear(2, 2)
    blis.ops, plain.ops = NumpyOps(), NumpyOps(use_blis=False)
    other.ops = type("OtherOps", (NumpyOps,), {})()  # another backend: left as it is
    before = plain.ops, other.ops
    fake = SimpleNamespace(pipeline=[("a", SimpleNamespace(model=blis)), ("b", SimpleNamespace(model=plain)),
                                     ("c", SimpleNamespace(model=other)), ("rules", SimpleNamespace(model=None))])
    assert use_numpy_blas(fake) == 1
    assert not blis.ops.use_blis and (plain.ops, other.ops) == before


PARAGRAPHS = "paragraph_starts"  # eventwire.nlp.paragraphs.NAME (absent from older trees)


def test_nlp_matmul_seed_annotations_equal_blis(nlp):
    """Not guaranteed bit for bit (the libraries sum in another order), so measured on real articles."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(shared_path("seeds").glob("*.txt"))]
    assert texts, f"no seed texts in {SEEDS}"
    stock = importlib.import_module(MODEL_PACKAGE).load()  # BLIS, as the package ships it
    if PARAGRAPHS in nlp.pipe_names:  # same components, so only the matrix products differ
        from eventwire.nlp.paragraphs import add_to

        add_to(stock)
    ids = [IDS[name] for name in ATTRS]
    for ours, theirs in zip(nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert (ours.to_array(ids) == theirs.to_array(ids)).all()


def test_nlp_matmul_one_blas_thread_limits_then_restores(two_blas_threads):
    with one_blas_thread():
        assert _blas_threads() == {1}
    assert _blas_threads() == {2}


def test_pipeline_stages_run_with_one_blas_thread(two_blas_threads, ctx, monkeypatch):
    seen: list[set[int]] = []

    def run(articles, _ctx):
        seen.append(_blas_threads())
        return articles

    monkeypatch.setattr(pipeline, "load_stage", lambda name: SimpleNamespace(run=run))
    result = pipeline.process_batch([Article(id="a", raw="x", text="x")], ctx, ("one", "two"))
    assert [a.id for a in result.articles] == ["a"]
    assert seen == [{1}, {1}]
    assert _blas_threads() == {2}
