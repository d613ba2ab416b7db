"""Compose the stages into one pass over a batch of articles.

A stage is a module ``eventwire.<name>`` with one public function
``run(articles: list[Article], ctx: Context) -> list[Article]``. This module
decides their order and isolates failures; executors (``eventwire.run``)
decide only *how* batches are run (in-process, process pool, Ray).

Two kinds of stage:

* ``ARTICLE_STAGES`` look at one article at a time (batched for spaCy's sake)
  and run wherever the executor puts them, including Ray workers.
* ``CORPUS_STAGES`` need the whole store (syndicated-copy detection, incident
  and story linking) and run in the single writer, with ``ctx.store`` set.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType

from eventwire.config import Context
from eventwire.model import Article, Reject
from eventwire.nlp.matmul import one_blas_thread

log = logging.getLogger(__name__)

#: Order matters: each stage may rely on the fields filled by those before it.
ARTICLE_STAGES: tuple[str, ...] = (
    "clean",
    "language",  # after "clean": non-English articles get skip_reason (stored, not coded)
    "nlp",
    "actors",  # after "nlp": reads ctx.docs; fills article.actors (CAMEO actor codes)
    "events",  # after "actors" (needs article.actors and the parse)
    "time",  # after "events": dates each event (needs the parse and article.events)
    "places",  # after "time": locates each event and lists place mentions
    "quotes",  # last: needs the parse and the actors (speaker coreference)
)

#: Run by the writer after a batch is analysed, before and after storing.
CORPUS_STAGES: tuple[str, ...] = (
    "dedup",  # syndicated copies (MinHash LSH against the batch and the store's signatures)
    "link",  # stories and incidents, against the batch and the store (after "dedup")
)


#: Article stages whose result for an article depends on the rest of its batch ("clean"
#: learns each outlet's boilerplate lines from the batch): run batch by batch, always.
PER_BATCH_STAGES: frozenset[str] = frozenset({"clean"})

#: Articles the article stages analyse at once, whatever the writer's batch size: spaCy
#: parses a stage call's sentences together, and the whole parse took 25-28 % less CPU
#: per article on calls of 64 FA-KES articles than on 32 (same annotations; issue 9).
ANALYSIS_ARTICLES = 64


def analysis_size(stages: Sequence[str], batch_size: int) -> int:
    """Articles per analysis call: :data:`ANALYSIS_ARTICLES` when the stages parse, else one batch.

    Grouping pays only for the spaCy parse; other stage lists (the light
    ones of tests and tools) keep one call per batch.
    """
    return max(batch_size, ANALYSIS_ARTICLES) if "nlp" in stages else batch_size


@dataclass(slots=True)
class BatchResult:
    """What one batch produced: articles to store and rejects to record."""

    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def load_stage(name: str) -> ModuleType:
    """Import the stage module ``eventwire.<name>``; it must define ``run``."""
    module = importlib.import_module(f"eventwire.{name}")
    if not callable(getattr(module, "run", None)):
        raise TypeError(f"stage eventwire.{name} has no run(articles, ctx) function")
    return module


def process_batch(
    articles: list[Article], ctx: Context, stages: Sequence[str] = ARTICLE_STAGES
) -> BatchResult:
    """Run ``stages`` over ``articles``; one bad article never stops the batch.

    Articles a stage marks with ``skip_reason`` are kept (they are stored) but
    not handed to later stages, and get a reject row naming that stage.
    """
    result = BatchResult()
    active = list(articles)
    # Stages parse (the nlp stage; phrase parses in actors and quotes) with numpy's BLAS held
    # to one thread, so a worker uses one CPU as with BLIS (see eventwire.nlp.matmul).
    try:
        with one_blas_thread():
            for name in stages:
                stage = load_stage(name)
                todo = [a for a in active if a.skip_reason is None]
                done, rejects = _run_isolated(stage.run, name, todo, ctx)
                result.rejects.extend(rejects)
                kept = {id(a) for a in done}
                for article in todo:
                    if article.skip_reason and not any(r.article_id == article.id for r in rejects):
                        result.rejects.append(Reject(article.id, name, article.skip_reason, article.source))
                # Articles skipped earlier stay; articles a stage failed on are dropped.
                active = [a for a in active if a.skip_reason is not None or id(a) in kept]
    finally:
        ctx.docs.clear()
    result.articles = active
    return result


def process_batches(
    batches: Sequence[list[Article]], ctx: Context, stages: Sequence[str] = ARTICLE_STAGES
) -> list[BatchResult]:
    """:func:`process_batch` over several batches at once, split back into one result per batch.

    Why: the writer's batches (``Config.batch_size``) decide how the corpus
    stages group articles, so they must not change; spaCy is cheaper on
    bigger calls. Stages in :data:`PER_BATCH_STAGES` learn from their batch,
    so they still run batch by batch; the later stages treat each article on
    its own and run once over all of them. Each batch's result is what
    :func:`process_batch` gives for it alone. Results are sent back by
    article id, so batches that share an id (the same id read twice) are
    analysed one by one.
    """
    batch_of = {article.id: index for index, batch in enumerate(batches) for article in batch}
    if len(batches) == 1 or len(batch_of) != sum(len(batch) for batch in batches):
        return [process_batch(batch, ctx, stages) for batch in batches]
    split = max((i + 1 for i, name in enumerate(stages) if name in PER_BATCH_STAGES), default=0)
    results = [process_batch(batch, ctx, stages[:split]) for batch in batches]
    whole = process_batch([article for result in results for article in result.articles], ctx, stages[split:])
    for result in results:
        result.articles = []
    for article in whole.articles:
        results[batch_of[article.id]].articles.append(article)
    for reject in whole.rejects:
        results[batch_of[reject.article_id]].rejects.append(reject)
    return results


def _run_isolated(run, name: str, articles: list[Article], ctx: Context) -> tuple[list[Article], list[Reject]]:
    """Run a stage on the batch; if it raises, retry one article at a time.

    Why: stages are written for batches (spaCy is much faster that way) and
    should not each carry per-article try/except. Bisecting only on failure
    keeps the fast path fast and still pins the error on the article at fault.
    """
    if not articles:
        return [], []
    try:
        return list(run(articles, ctx)), []
    except Exception as exc:
        if len(articles) == 1:
            article = articles[0]
            log.warning("stage %s failed on %s: %s", name, article.id, exc)
            reason = f"{type(exc).__name__}: {exc}"
            return [], [Reject(article.id, name, reason, article.source)]
    done: list[Article] = []
    rejects: list[Reject] = []
    for article in articles:
        ok, bad = _run_isolated(run, name, [article], ctx)
        done.extend(ok)
        rejects.extend(bad)
    return done, rejects
