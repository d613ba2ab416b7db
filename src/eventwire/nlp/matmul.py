"""The pipeline's matrix products through numpy's BLAS rather than thinc's BLIS.

thinc multiplies matrices on the CPU with its bundled BLIS unless an ``Ops``
is made with ``use_blis=False``, in which case it calls ``numpy.dot``
(OpenBLAS in the numpy wheels). On this project's 2-vCPU machines (AMD EPYC)
numpy's single-threaded sgemm was 2.3-4x faster for the shapes of the
pipeline's layers (tok2vec and NER embedding windows, the parsers' lower
layer), which took a quarter to a third of the whole parse off
(``bench/throughput.py`` and the issue-9 note have the figures).

The annotations are not *guaranteed* bit-identical: the two libraries sum in
a different order, so activations differ in the last float digits (~1e-5),
and a tag, arc or entity whose scores tie that closely could flip. Measured:
0 of 155,003 tokens differed in tag, POS, lemma, dependency, head or entity
(300 FA-KES and 300 mixed articles); ``tests/test_nlp_matmul.py`` checks
parity on hand-written text. The parsers' inner step loop (a C call into
thinc's ``CBlas``) is unchanged.

OpenBLAS would use every core for a large product; the nlp stage holds it to
one thread (:func:`one_blas_thread`) so a worker stays one CPU, as with BLIS,
and a process pool does not oversubscribe the machine.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def use_numpy_blas(nlp: Language) -> int:
    """Give every model layer that multiplies with BLIS numpy's ``dot``; return how many.

    Only layers on thinc's plain CPU ``NumpyOps`` with BLIS change: a GPU
    (``CupyOps``) or any other backend stays as it was.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    changed = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue  # rule-based components have no model
        for node in model.walk():
            if type(node.ops) is NumpyOps and node.ops.use_blis:
                node.ops = ops
                changed += 1
    return changed


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Hold numpy's BLAS to one thread while parsing (restored afterwards).

    Without ``threadpoolctl`` (a scikit-learn dependency, pinned in the lock
    file) the limit is skipped: slower on a busy machine, same results.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - depends on the environment
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield
