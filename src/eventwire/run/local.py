"""The local executor: in-process, or a process pool with ``workers > 1``.

The main process reads, skips what is already stored, hands batches to the
article stages (here or in worker processes), runs the corpus stages and is
the single writer. Workers load spaCy once each; batches come back in order,
so the stored result does not depend on the number of workers.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import gc
import itertools
import logging
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field

from eventwire.config import Config, Context
from eventwire.model import Article, Reject
from eventwire.nlp import with_run_defaults
from eventwire.pipeline import (
    ANALYSIS_ARTICLES,
    ARTICLE_STAGES,
    CORPUS_STAGES,
    BatchResult,
    analysis_size,
    process_batch,
    process_batches,
)
from eventwire.read import Overrides, read_inputs

#: While a run writes, a full (oldest-generation) garbage collection waits for this many
#: younger ones (Python's default: 10). Why: each full collection walks every object the
#: writer holds, scikit-learn's and SciPy's modules included (imported by the first batch),
#: and frees almost nothing: in an 804-article run, 9 of them took 0.7-0.8 of the writer's
#: 6.7-7.8 CPU-s (issue 9). Younger collections still run as often as before; the
#: threshold is put back when the run ends. Nothing a run computes depends on it.
FULL_COLLECTION_EVERY = 100

#: A pool worker's malloc serves blocks up to this size from its heap and keeps up to twice
#: this much freed memory for the next group instead of handing it back to the kernel (glibc
#: ``mallopt``: M_MMAP_THRESHOLD and M_TRIM_THRESHOLD).
#: Why: each group allocates and frees the same large arrays (spaCy's layers, Docs); by
#: default glibc trims the heap and unmaps big blocks after every group, so the next group
#: faults the same memory in again: ~31,000 page faults and 0.1-0.16 CPU-s of kernel time per
#: 128 articles per worker (issue 9), and more on a VM that hands freed memory back to the
#: host (free page reporting), where a page faulted in again costs ~35x as much.
WORKER_MALLOC_KEEP = 256 * 1024 * 1024
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc <malloc.h>

#: Consecutive (articles, reader rejects) batches analysed in one call.
Work = list[tuple[list[Article], list[Reject]]]


@dataclass(slots=True)
class RunSummary:
    """What a run did; ``failed`` is true when any input was rejected."""

    run_id: str = ""
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    syndicated: int = 0
    replaced: int = 0  # same id given twice in this run with different text: the later one is kept
    rejected: int = 0
    events: int = 0
    seconds: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return self.rejected > 0

    def add(self, counts: dict[str, int]) -> None:
        for key, value in counts.items():
            setattr(self, key, getattr(self, key) + value)

    def to_dict(self) -> dict:
        return asdict(self)


def batches(records: Iterable[Article | Reject], size: int) -> Iterator[tuple[list[Article], list[Reject]]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield [r for r in chunk if isinstance(r, Article)], [r for r in chunk if isinstance(r, Reject)]


def run_inputs(
    store,
    inputs: list[str],
    *,
    config: Config | None = None,
    overrides: Overrides | None = None,
    workers: int | None = None,
    progress: Callable[[RunSummary], None] | None = None,
    stages: Sequence[str] = ARTICLE_STAGES,
) -> RunSummary:
    """Read ``inputs``, analyse what is new, and store it; never stop on bad input."""
    config = with_run_defaults(config or Config())
    workers = workers or config.workers

    def results(ctx: Context, summary: RunSummary) -> Iterator[BatchResult]:
        todo = _new_work(store, read_inputs(inputs, overrides), config.batch_size, summary)
        return _analyse(todo, ctx, workers, tuple(stages))

    return drive(store, [str(i) for i in inputs], "local", workers, config, results, progress)


def drive(
    store,
    inputs: list[str],
    engine: str,
    workers: int,
    config: Config,
    results: Callable[[Context, RunSummary], Iterator[BatchResult]],
    progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """The writer's loop, shared by every executor that stores: a run row, the
    corpus stages and the batch writes, the aggregates, and a final status
    (``failed`` stays if the loop raised or was killed)."""
    started = time.perf_counter()
    summary = RunSummary(run_id=store.start_run(inputs, engine, workers))
    ctx = Context(config)
    ctx.store = store
    status = "failed"
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], max(thresholds[2], FULL_COLLECTION_EVERY))
    try:
        for result in results(ctx, summary):
            _write(store, ctx, result, summary)
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
        store.refresh_aggregates()
        status = "done"
    finally:
        gc.set_threshold(*thresholds)
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, summary.to_dict(), status)
    return summary


def _new_work(store, records, size: int, summary: RunSummary) -> Iterator[tuple[list[Article], list[Reject]]]:
    """Drop articles already stored with the same content; version changed ones.

    ``seen`` holds what this run has already queued, because with a process
    pool the store lags behind the reader by a few batches. Within one batch
    an id is kept once (the later text wins), so a batch never inserts the
    same article twice.
    """
    seen: dict[str, tuple[str, int]] = {}  # article id -> (source_sha, version) queued in this run
    for articles, rejects in batches(records, size):
        summary.read += len(articles)
        known = store.known(articles)
        fresh: dict[str, Article] = {}
        for article in articles:
            sha = article.source_sha or ""
            previous = seen.get(article.id) or known.get(article.id)
            if previous and previous[0] == sha:
                summary.duplicates += 1
                continue
            article.version = previous[1] + 1 if previous else 1
            seen[article.id] = (sha, article.version)
            if fresh.pop(article.id, None) is not None:
                summary.replaced += 1
            fresh[article.id] = article
        yield list(fresh.values()), rejects


def group_batches(work: Iterable[tuple[list[Article], list[Reject]]], size: int = ANALYSIS_ARTICLES) -> Iterator[Work]:
    """Consecutive batches grouped until they hold ``size`` articles, for one analysis call."""
    group: Work = []
    for articles, rejects in work:
        group.append((articles, rejects))
        if sum(len(batch) for batch, _ in group) >= size:
            yield group
            group = []
    if group:
        yield group


def _analyse(work, ctx: Context, workers: int, stages: tuple[str, ...]) -> Iterator[BatchResult]:
    """Analysed batches, in input order; several go to the stages at once (``group_batches``)."""
    groups = group_batches(work, analysis_size(stages, ctx.config.batch_size))
    if workers <= 1:
        for group in groups:
            yield from _with_read_rejects(process_batches([articles for articles, _ in group], ctx, stages), group)
        return
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=spawn, initializer=_init_worker, initargs=(ctx.config,)) as pool:
        pending: deque[tuple[Future, Work]] = deque()
        for group in split_last_groups(groups, workers):
            pending.append((pool.submit(_worker_batches, [articles for articles, _ in group], stages), group))
            while len(pending) > 2 * workers:  # bounded: memory stays flat on huge inputs
                future, done = pending.popleft()
                yield from _with_read_rejects(future.result(), done)
        while pending:
            future, done = pending.popleft()
            yield from _with_read_rejects(future.result(), done)


def split_last_groups(groups: Iterable[Work], last: int) -> Iterator[Work]:
    """``groups`` in order, the ``last`` ones cut into one group per batch.

    Why: workers take groups in turn, so the run ends when the worker with
    the last group finishes it while the other has nothing left; the writer
    then still runs the corpus stages and the store for every batch of that
    group. Smaller pieces at the end even the workers out and leave the
    writer one batch after the last result (a 2-worker 804-article run: one
    core idle 0.75 s, then two batches written, issue 9). Each batch's result
    is the same in any grouping (:func:`process_batches`), so the output is too.
    """
    ahead: deque[Work] = deque()
    for group in groups:
        ahead.append(group)
        if len(ahead) > last:
            yield ahead.popleft()
    for group in ahead:
        for batch in group:
            yield [batch]


def _with_read_rejects(results: list[BatchResult], group: Work) -> Iterator[BatchResult]:
    """Each batch's result, with the reader's rejects of that batch first."""
    for result, (_, rejects) in zip(results, group, strict=True):
        result.rejects[:0] = rejects
        yield result


def _write(store, ctx: Context, result: BatchResult, summary: RunSummary) -> None:
    """Corpus stages run here, in the single writer, then the batch is stored."""
    if CORPUS_STAGES and result.articles:
        corpus = process_batch(result.articles, ctx, CORPUS_STAGES)
        result.articles = corpus.articles
        result.rejects.extend(corpus.rejects)
    counts = _store(store, result, summary.run_id)
    summary.add(counts)
    for reject in result.rejects:
        summary.reasons[reject.stage] = summary.reasons.get(reject.stage, 0) + 1


def _store(store, result: BatchResult, run_id: str) -> dict[str, int]:
    """Write the batch in one transaction; if the database refuses it, article by article.

    Why: one record the database cannot take (a value no stage should have
    produced) must not lose the other articles of its batch or stop the run.
    The article at fault becomes a Reject of stage ``store`` (added to
    ``result.rejects``); if even the rejects cannot be written, the database
    itself is unusable and the error propagates.
    """
    try:
        return store.write(result.articles, result.rejects, run_id)
    except Exception:
        if not result.articles:
            raise
    counts: dict[str, int] = {}
    for article in result.articles:
        try:
            _add(counts, store.write([article], [], run_id))
        except Exception as exc:
            reason = f"not stored: the database refused it ({type(exc).__name__}: {exc})"
            result.rejects.append(Reject(article.id, "store", reason, article.source))
    _add(counts, store.write([], result.rejects, run_id))
    return counts


def _add(total: dict[str, int], counts: dict[str, int]) -> None:
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value


# -- worker side: one Context (and so one spaCy pipeline) per process ----------
_WORKER_CTX: Context | None = None


def _init_worker(config: Config) -> None:
    global _WORKER_CTX
    _WORKER_CTX = Context(config)
    if multiprocessing.parent_process() is not None:  # only in a pool process, never in the caller's
        keep_freed_memory(WORKER_MALLOC_KEEP)
        atexit.register(_exit_without_teardown)


def keep_freed_memory(size: int) -> bool:
    """Let this process's malloc reuse what it frees (blocks up to ``size``, ``2 * size`` kept); False where it cannot.

    Both settings are needed: a trim threshold alone turns glibc's adaptive
    mmap threshold off, so every large array would be mapped and unmapped
    (measured: 8x the page faults). Only a pool worker calls this (its own
    process, which the run ends); how memory is reused changes no result.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # no C library symbols, or a libc without mallopt
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, size)) and bool(mallopt(_M_TRIM_THRESHOLD, 2 * size))


def _exit_without_teardown() -> None:
    """End a pool process at once when it is told to stop.

    Why: the writer waits for the pool's processes to exit after the last
    batch, and a worker's interpreter teardown (freeing the spaCy pipeline and
    the dictionaries object by object) took 2-4 s there, on every run's
    critical path (measured 0.09 s with this; issue 9). A worker has sent
    every result before it stops and holds no file open for writing, so
    nothing is lost: output streams and log handlers are flushed first.
    Registered last, it runs before the interpreter's own exit handlers.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # a closed or missing stream
            stream.flush()
    os._exit(0)


def _worker_batches(batches: list[list[Article]], stages: tuple[str, ...]) -> list[BatchResult]:
    assert _WORKER_CTX is not None, "worker not initialised"
    return process_batches(batches, _WORKER_CTX, stages)
