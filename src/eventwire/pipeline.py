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
    try:
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
