"""The Ray Data executor: shards in, the article stages on an actor pool, Parquet out.

The flow, and why each step is shaped as it is:

1. The driver expands the inputs and counts the records of each file, then
   cuts the files into *shards* (file, first record, count). Only these small
   descriptors go into the dataset (``from_items`` with one block per shard),
   so the driver holds no article text and a single large JSONL or WARC file
   is still spread over every worker.
2. ``flat_map`` reads one shard in a task (streaming: ``islice`` over the
   file's reader), so reading scales with the cluster too.
3. ``map_batches`` runs the article stages on an actor pool: the callable
   class builds one :class:`~eventwire.config.Context` per actor, so spaCy and
   the dictionaries load once per worker, not per batch.
4. ``write_parquet`` writes one row per article (see :mod:`eventwire.run.parquet`);
   ``eventwire load`` then stores them through the same idempotent writer as
   the local executor, and runs the corpus stages there.

Known trap (measured on a 2-CPU machine): ``.repartition(N)`` in front of an
actor pool hung for over ten minutes with idle workers. Nothing here
repartitions: the block count is fixed by ``override_num_blocks`` when the
dataset is built. Locally Ray is started with one CPU more than the actor
pool needs, so the read tasks are never starved by actors holding every CPU.
"""

from __future__ import annotations

import gzip
import itertools
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventwire.config import Config, Context
from eventwire.errors import UsageError
from eventwire.model import Article, Reject
from eventwire.nlp import with_run_defaults
from eventwire.pipeline import ARTICLE_STAGES, analysis_size, process_batch, process_batches
from eventwire.read import Overrides, expand, format_of, read_path
from eventwire.run.parquet import record_row, row_record, to_table

MANIFEST = "manifest.json"
#: A made-up sentence run through every stage when an actor starts (output discarded).
WARM_UP = "The foreign minister of France met officials in Moscow on Tuesday, the ministry said."
#: One batch queued per actor at a time: with more, a batch can wait behind a busy
#: actor while another sits idle at the end of a run.
TASKS_PER_ACTOR = 1


@dataclass(slots=True)
class RaySummary:
    """What a Ray run wrote; the store is filled later by ``eventwire load``."""

    out: str = ""
    shards: int = 0
    articles: int = 0
    rejected: int = 0
    events: int = 0
    workers: int = 1
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.rejected > 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- 1. planning shards (driver) ------------------------------------------------
def count_records(path: Path) -> int:
    """How many records the reader will yield for ``path``, without parsing them.

    JSONL: one record per non-blank line (a cheap byte scan). WARC: the reader
    itself decides which records are articles, so the count comes from it.
    Anything else is one article per file.
    """
    fmt = format_of(path)
    if fmt == "jsonl":
        opener = gzip.open if path.name.lower().endswith(".gz") else open
        try:
            with opener(path, "rb") as handle:
                return sum(1 for line in handle if line.strip())
        except (OSError, EOFError):
            return 1  # the reader turns the damage into a Reject; one shard carries it
    if fmt == "warc":
        return sum(1 for _ in read_path(path))
    return 1


def plan_shards(inputs: list[str], shard_size: int) -> list[dict[str, Any]]:
    """Small shard descriptors in input order; unreadable inputs become reject items."""
    shards: list[dict[str, Any]] = []
    for file_index, item in enumerate(expand(inputs)):
        if isinstance(item, Reject):
            shards.append({"file_index": file_index, "path": "", "start": 0, "count": 0,
                           "reject": json.dumps(item.to_dict())})
            continue
        total = count_records(item)
        starts = list(range(0, max(total, 1), shard_size))
        for number, start in enumerate(starts):
            last = number == len(starts) - 1
            # The last shard reads to the end: a trailing read error still comes through.
            count = -1 if last else shard_size
            shards.append({"file_index": file_index, "path": str(item), "start": start, "count": count,
                           "reject": ""})
    return shards


# -- 2. reading one shard (Ray task) --------------------------------------------
def read_shard(shard: dict[str, Any], overrides: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The records of one shard as Parquet-shaped rows."""
    if shard["reject"]:
        return [record_row(Reject.from_dict(json.loads(shard["reject"])), shard["file_index"], 0)]
    start, count = shard["start"], shard["count"]
    stop = None if count < 0 else start + count
    apply = Overrides(**overrides) if overrides else None
    rows = []
    records = itertools.islice(read_path(Path(shard["path"])), start, stop)
    for offset, record in enumerate(records):
        if apply and isinstance(record, Article):
            apply.apply(record)
        rows.append(record_row(record, shard["file_index"], start + offset))
    return rows


# -- 3. analysing a batch (Ray actor) -------------------------------------------
class Analyser:
    """Runs the article stages; one instance (and one spaCy) per Ray actor.

    Unlike a local pool worker, an actor does not call
    :func:`~eventwire.run.local.keep_freed_memory`: Ray runs the batches on a
    thread other than the main one, so they allocate from a glibc thread arena,
    and there the setting raised the actors' page faults (+10 %) and did not
    lower their kernel time (804 FA-KES, 2 actors; with MALLOC_ARENA_MAX=1 a
    quarter fewer faults, but no less kernel time).
    """

    def __init__(self, config: Config, stages: tuple[str, ...]) -> None:
        self.ctx = Context(config)
        self.stages = stages
        self.batch_size = config.batch_size
        # Load spaCy and every stage's resources now, while the pool starts,
        # rather than inside the first batch (where it delays that batch only).
        process_batch([Article(id="warm-up", raw=WARM_UP, text=WARM_UP)], self.ctx, stages)

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = batch.to_pylist()
        # The records in runs of config.batch_size, as the local executor's batches: a stage
        # such as "clean" learns from its batch; the runs are analysed together all the same.
        batches: list[list[Article]] = [[] for _ in range(0, len(rows), self.batch_size)]
        positions: dict[str, tuple[int, int]] = {}
        out: list[dict[str, Any]] = []
        for number, row in enumerate(rows):
            record = row_record(row)
            if isinstance(record, Article):
                batches[number // self.batch_size].append(record)
                positions.setdefault(record.id, (row["file_index"], row["record_index"]))
            else:
                out.append(row)  # reader rejects pass through untouched
        for result in process_batches(batches, self.ctx, self.stages):
            out.extend(record_row(a, *positions[a.id]) for a in result.articles)
            out.extend(record_row(r, *positions.get(r.article_id or "", (-1, -1))) for r in result.rejects)
        return to_table(out)


# -- the run --------------------------------------------------------------------
def start_ray(address: str | None, workers: int) -> bool:
    """Join ``address`` or start a quiet local Ray; return True if we started it.

    Locally, one CPU more than the actor pool: the read tasks then always find
    a free slot, whatever the actors hold (see the module docstring).
    """
    import ray

    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.ERROR,
                               "log_to_driver": False, "configure_logging": True}
    if address:
        ray.init(address=address, **options)
    else:
        # Ray starts its workers niced (lower priority) to keep its own daemons
        # responsive; on a machine shared with other work that made the actors
        # yield to everything else. A local run gets normal priority, like the
        # local executor's process pool; a cluster keeps its own setting.
        os.environ.setdefault("RAY_worker_niceness", "0")
        ray.init(num_cpus=workers + 1, **options)
    return True


def quiet_data_context(progress: bool) -> None:
    from ray.data import DataContext

    data_ctx = DataContext.get_current()
    data_ctx.enable_progress_bars = progress
    data_ctx.enable_operator_progress_bars = progress
    data_ctx.print_on_execution_start = False
    data_ctx.enable_auto_log_stats = False
    if not progress:
        logging.getLogger("ray.data").setLevel(logging.ERROR)


def run_ray(
    inputs: list[str],
    out: str | Path,
    *,
    config: Config | None = None,
    workers: int = 1,
    address: str | None = None,
    overrides: Overrides | None = None,
    shard_size: int | None = None,
    stages: tuple[str, ...] = ARTICLE_STAGES,
    progress: bool = False,
) -> RaySummary:
    """Analyse ``inputs`` on Ray and write Parquet to ``out``; return what was written."""
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs the ray extra: pip install 'eventwire[ray]'", code="E092") from None
    config = with_run_defaults(config or Config())
    out_dir = _fresh_out_dir(out)
    started = time.perf_counter()
    # Shards (and actor batches) of ANALYSIS_ARTICLES when the stages parse: spaCy is cheaper on bigger calls;
    # `eventwire load` still writes in batches of config.batch_size, so the store is the same.
    shard_size = shard_size or analysis_size(stages, config.batch_size)
    shards = plan_shards(inputs, shard_size)
    we_started = start_ray(address, workers)
    try:
        quiet_data_context(progress)
        dataset = ray.data.from_items(shards, override_num_blocks=len(shards))
        dataset = dataset.flat_map(read_shard, fn_kwargs={"overrides": asdict(overrides) if overrides else None})
        dataset = dataset.map_batches(
            Analyser, fn_constructor_kwargs={"config": config, "stages": tuple(stages)},
            compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=TASKS_PER_ACTOR),
            batch_size=shard_size, batch_format="pyarrow", num_cpus=1,
        )
        dataset.write_parquet(str(out_dir))
    finally:
        if we_started:
            ray.shutdown()
    summary = _summarise(out_dir, len(shards), workers, time.perf_counter() - started)
    (out_dir / MANIFEST).write_text(json.dumps({"inputs": [str(i) for i in inputs], "stages": list(stages),
                                                **summary.to_dict()}, indent=2))
    return summary


def _fresh_out_dir(out: str | Path) -> Path:
    out_dir = Path(out)
    if out_dir.exists() and any(out_dir.rglob("*.parquet")):
        raise UsageError(f"{out_dir} already holds Parquet files: choose a new --out directory or empty it, "
                         "so one load does not mix two runs", code="E093")
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir


def _summarise(out_dir: Path, shards: int, workers: int, seconds: float) -> RaySummary:
    import duckdb

    summary = RaySummary(out=str(out_dir), shards=shards, workers=workers, seconds=seconds)
    files = [str(p) for p in sorted(out_dir.rglob("*.parquet"))]
    if not files:
        return summary
    with duckdb.connect() as con:
        rows = con.execute("SELECT kind, count(*), sum(events) FROM read_parquet(?) GROUP BY kind", [files]).fetchall()
    for kind, count, events in rows:
        if kind == "article":
            summary.articles, summary.events = count, int(events or 0)
        else:
            summary.rejected = count
    return summary
