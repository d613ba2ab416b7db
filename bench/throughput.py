"""Throughput: bare spaCy versus ``eventwire run`` end to end, on real articles.

Over the same articles (FA-KES, 804 Syrian-war articles, or a seeded sample of
``all_articles.jsonl.gz``), each measurement runs in its own process so the
peak RSS figures are its own:

* ``spacy``: ``nlp.pipe`` with the full pipeline, as the model package ships
  it (without eventwire's fast paths, and multiplying with thinc's BLIS, not
  numpy's BLAS as eventwire does), over the *cleaned* texts (cleaning is done
  first and not timed), in batches of ``--batch-size``: what a bare parse
  costs. (Bigger, length-sorted batches did not make this pipeline cheaper:
  256 FA-KES articles, 13.1-15.4 CPU-s in batches of 32, 13.8-14.2 sorted in
  one batch per 64 articles.);
* ``local``: ``eventwire run`` into a fresh DuckDB file, all stages, with
  ``--workers N`` (a process pool when N > 1) and the run defaults
  (``--select events+quotes``; ``--options '{"nlp.select": false}'`` parses
  every sentence);
* the ``spacy`` child also times (a') the same bare pipeline with eventwire's
  numpy-BLAS swap (``eventwire.nlp.matmul``) and (a'') with that swap and
  eventwire's parse batching (length-sorted, one batch per 64 articles:
  ``pipe_by_length``); any spaCy user could apply both, so b/a' and b/a''
  show how much of b/a is eventwire's own work rather than the swap;
* ``ray``: ``eventwire run --engine ray`` to Parquet, then ``eventwire load``
  into DuckDB; Ray start-up is included in the wall time, and shown apart,
  with the CPU of the actors, of every other Ray process (raylet, GCS,
  monitors, Ray Data's helper actors, read/write task workers; from /proc)
  and of the driver. With 1 and 2 workers both run, the last line splits the
  2-vs-1 ratio into the analysis phase and the serial phases (start,
  shutdown, load), which one more actor cannot shorten.

Printed: articles/s, words/s (words = whitespace tokens of the cleaned texts,
the same count for every mode), peak RSS of the main process and of the
largest worker, and each mode's speed relative to the bare spaCy pass (b/a).
The machine may be shared: say so when you quote the figures. Each row also
gives the CPU that *other* processes used on the machine while it ran, and the
hypervisor's steal time (``/proc/stat``), so a slow row can be told apart
from a busy machine.

    .venv/bin/python bench/throughput.py [--corpus fa_kes | --sample 5000] [--limit N]
        [--modes spacy,local] [--workers 1,2] [--engine local|ray|both]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ALL_ARTICLES = SHARED / "corpora" / "all_articles.jsonl.gz"


# -- input ----------------------------------------------------------------------
def write_input(path: Path, corpus: str | None, sample: int | None, limit: int | None, seed: int = 13) -> int:
    """Write the chosen articles as eventwire JSONL at run time (never into the repo)."""
    if not ALL_ARTICLES.exists():
        sys.exit(f"{ALL_ARTICLES} is absent: this benchmark needs ../shared beside the repository")
    records = []
    with gzip.open(ALL_ARTICLES, "rt", encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            if (corpus and obj["corpus"] != corpus) or not (obj.get("text") or "").strip():
                continue
            records.append({"id": f"{obj['corpus']}/{obj['doc_id']}", "text": obj["text"], "title": obj.get("title"),
                            "published": obj.get("date"), "outlet": obj.get("outlet")})
    if sample:
        records = random.Random(seed).sample(records, min(sample, len(records)))
    records = records[:limit] if limit else records
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


# -- measurements (each in a child process) --------------------------------------
def peak_rss_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


class WorkerPeak:
    """Polls /proc for the peak RSS (VmHWM) and the CPU seconds of this run's Ray actors while it lasts.

    Also the CPU of every other Ray process (raylet, GCS, dashboard and log
    monitors, Ray Data's helper actors, the workers running the read and write
    tasks): on a machine with as many CPUs as actors, that CPU is taken from
    the actors, so it limits how a run scales.
    """

    def __init__(self, marker: str = "MapWorker") -> None:
        self.marker, self.peak, self._stop = marker, 0.0, threading.Event()
        self.cpu_by_pid: dict[str, float] = {}
        self.other_by_pid: dict[str, float] = {}
        self._thread = threading.Thread(target=self._poll, daemon=True)

    @property
    def cpu(self) -> float:
        """CPU seconds the actors had used at the last poll (up to 0.5 s of the end missed)."""
        return sum(self.cpu_by_pid.values())

    @property
    def other_cpu(self) -> float:
        """CPU seconds of the other Ray processes at the last poll (the driver not included)."""
        return sum(self.other_by_pid.values())

    def __enter__(self) -> WorkerPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.wait(0.5):
            stats = _proc_stats()
            for pid in _descendants(stats, str(os.getpid())):
                try:
                    command = Path(f"/proc/{pid}/cmdline").read_text(errors="ignore")
                    actor = self.marker in command
                    if not actor and not (command.startswith("ray::") or "site-packages/ray/" in command):
                        continue
                    if actor:
                        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                            if line.startswith("VmHWM:"):
                                self.peak = max(self.peak, int(line.split()[1]) / 1024)
                except OSError:
                    continue
                fields = stats[pid]
                cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
                (self.cpu_by_pid if actor else self.other_by_pid)[pid] = cpu


def _proc_stats() -> dict[str, list[str]]:
    """The fields after the command name of /proc/PID/stat, for every process now (field 1 is the parent)."""
    stats = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stats[pid] = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
    return stats


def _descendants(stats: dict[str, list[str]], root: str) -> set[str]:
    """The processes below ``root``: the Ray this run started (GCS, raylet, and the workers under it).

    Why: the machine may be shared, and another Ray (a teammate's tests) has
    processes of the same names; without this its actors and daemons were
    counted as this run's (seen once: two GCS servers and
    three actors in a 1-actor run).
    """
    children: dict[str, list[str]] = {}
    for pid, fields in stats.items():
        children.setdefault(fields[1], []).append(pid)
    found, todo = set(), [root]
    while todo:
        for child_pid in children.get(todo.pop(), []):
            if child_pid not in found:
                found.add(child_pid)
                todo.append(child_pid)
    return found


def measure_spacy(src: Path, batch_size: int) -> dict:
    import importlib

    from eventwire.config import MODEL_PACKAGE, Config, Context
    from eventwire.model import Article
    from eventwire.pipeline import process_batch
    from eventwire.read import read_inputs

    ctx = Context(Config(batch_size=batch_size))
    articles = [r for r in read_inputs([str(src)]) if isinstance(r, Article)]
    texts = [a.text for a in process_batch(articles, ctx, ("clean",)).articles]  # as the pipeline cleans them
    # The model exactly as shipped (what spacy.load gives), not ctx.nlp with eventwire's fast paths.
    nlp = importlib.import_module(MODEL_PACKAGE).load()
    nlp.max_length = max(nlp.max_length, 2_000_000)
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - started
    out = {"seconds": seconds, "articles": len(texts), "words": sum(len(t.split()) for t in texts),
           "tokens": tokens, "parse_cpu": time.process_time() - cpu}
    out["tuned"] = measure_spacy_tuned(texts, batch_size)
    return out


def measure_spacy_tuned(texts: list[str], batch_size: int) -> dict:
    """(a') the same bare pipeline with eventwire's numpy-BLAS swap, and (a'') with its batching too.

    Any spaCy user could apply both (``eventwire.nlp.matmul``, ``pipe_by_length``), so the
    ratios against these say how much of b/a is eventwire's own work (selection, stages).
    """
    import importlib

    from eventwire.config import MODEL_PACKAGE
    from eventwire.nlp.matmul import one_blas_thread, use_numpy_blas
    from eventwire.nlp.select import pipe_by_length
    from eventwire.pipeline import ANALYSIS_ARTICLES

    nlp = importlib.import_module(MODEL_PACKAGE).load()
    nlp.max_length = max(nlp.max_length, 2_000_000)
    use_numpy_blas(nlp)
    out = {}
    with one_blas_thread():
        started, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        out["swap"] = {"seconds": time.perf_counter() - started, "parse_cpu": time.process_time() - cpu}
        started, cpu = time.perf_counter(), time.process_time()
        for start in range(0, len(texts), ANALYSIS_ARTICLES):
            pipe_by_length(nlp, texts[start : start + ANALYSIS_ARTICLES], batch_size)
        out["swap_batching"] = {"seconds": time.perf_counter() - started, "parse_cpu": time.process_time() - cpu}
    return out


def measure_local(src: Path, workers: int, batch_size: int, tmp: Path, options: dict) -> dict:
    from eventwire.config import Config
    from eventwire.store import Store

    config = Config(batch_size=batch_size, workers=workers, options=options)
    started = time.perf_counter()
    with Store(tmp / f"local{workers}.duckdb") as store:
        summary = store.run([str(src)], config=config, workers=workers)
    return {"seconds": time.perf_counter() - started, "articles": summary.read, "events": summary.events,
            "stored": summary.stored}


def measure_ray(src: Path, workers: int, batch_size: int, tmp: Path, options: dict) -> dict:
    import ray

    from eventwire.config import Config
    from eventwire.run.load import load_parquet
    from eventwire.run.ray import run_ray, start_ray
    from eventwire.store import Store

    config = Config(batch_size=batch_size, workers=workers, options=options)
    started = time.perf_counter()
    with WorkerPeak() as peak:
        start_ray(None, workers)
        ray_start = time.perf_counter() - started
        driver = time.process_time()
        try:
            summary = run_ray([str(src)], tmp / f"ray{workers}", config=config, workers=workers)
        finally:
            driver = time.process_time() - driver
            ray.shutdown()
    loading, load_cpu = time.perf_counter(), time.process_time()
    with Store(tmp / f"ray{workers}.duckdb") as store:
        loaded = load_parquet(store, tmp / f"ray{workers}", config=config)
    now = time.perf_counter()
    return {"seconds": now - started, "ray_start": ray_start, "analyse": summary.seconds,
            "load": now - loading, "articles": summary.articles, "events": loaded.events,
            "stored": loaded.stored, "worker_rss": peak.peak, "actor_cpu": peak.cpu,
            "other_cpu": peak.other_cpu, "driver_cpu": driver, "load_cpu": time.process_time() - load_cpu}


def ray_serial(run: dict) -> float:
    """Wall seconds of a Ray run's serial phases: everything but the analysis.

    That is Ray's start, its shutdown (1.4-1.8 s of waiting for its processes to
    exit) and the load, which runs in one process.

    Why not a bound from CPU: an earlier line here bounded the 2-vs-1 gain by
    assuming all of the other Ray processes' CPU falls in the 2-actor analysis;
    part of it falls in start-up and shutdown, and a quiet run measured 1.53x
    against a "bound" of 1.36x, so the phases are printed
    as measured instead.
    """
    return run["seconds"] - run["analyse"]


def child(args: argparse.Namespace) -> None:
    src, tmp = Path(args.src), Path(args.tmp)
    options = json.loads(args.options)
    if args.mode == "spacy":
        out = measure_spacy(src, args.batch_size)
    elif args.mode == "local":
        out = measure_local(src, args.workers, args.batch_size, tmp, options)
    else:
        out = measure_ray(src, args.workers, args.batch_size, tmp, options)
    cpu = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    out["cpu"] = sum(usage.ru_utime + usage.ru_stime for usage in cpu)  # whole child, start-up included
    out["cpu_main"] = cpu[0].ru_utime + cpu[0].ru_stime  # the writer (local) or the driver (ray)
    out["main_rss"] = peak_rss_mib(resource.RUSAGE_SELF)
    out.setdefault("worker_rss", peak_rss_mib(resource.RUSAGE_CHILDREN))
    print("RESULT " + json.dumps(out))


# -- driver ---------------------------------------------------------------------
def machine_cpu() -> tuple[float, float]:
    """(busy, steal) CPU seconds of the whole machine since boot, from /proc/stat; (0, 0) elsewhere.

    Why: on a shared machine a slow row is either our code or someone else's
    load. Busy time minus the row's own CPU is what other processes used while
    the row ran; steal is what the hypervisor gave to other guests.
    """
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0, 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq) / tick, steal / tick


def run_child(mode: str, workers: int, src: Path, tmp: Path, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--src", str(src), "--tmp", str(tmp),
               "--workers", str(workers), "--batch-size", str(args.batch_size), "--options", args.options]
    busy, steal = machine_cpu()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    busy, steal = (now - before for now, before in zip(machine_cpu(), (busy, steal), strict=True))
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not lines:
        sys.exit(f"{mode} (workers={workers}) failed:\n{done.stderr[-3000:]}")
    result = json.loads(lines[-1].removeprefix("RESULT "))
    # Ray's actors and helper processes are polled apart; those the driver started and reaped are in "cpu" as
    # well, so for Ray rows the figure below is a lower bound of the other processes' CPU.
    ours = result["cpu"] + result.get("actor_cpu", 0) + result.get("other_cpu", 0)
    result["machine_other_cpu"], result["machine_steal"] = max(0.0, busy - ours), steal
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="fa_kes", help="Corpus name in all_articles.jsonl.gz ('' for all).")
    parser.add_argument("--sample", type=int, default=None, help="Seeded random sample of this many articles.")
    parser.add_argument("--limit", type=int, default=None, help="Keep only the first N articles.")
    parser.add_argument("--modes", default="spacy,local", help="Comma list of spacy, local, ray.")
    parser.add_argument("--workers", default="1,2", help="Comma list of worker counts for local/ray.")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--options", default="{}", help="JSON of Config.options, e.g. '{\"nlp.select\": true}'.")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--src", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--tmp", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.mode, args.workers = args.child, int(args.workers)
        child(args)
        return
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "articles.jsonl"
        count = write_input(src, args.corpus or None, args.sample, args.limit)
        load = os.getloadavg()[0]
        print(f"{count} articles ({args.corpus or 'all corpora'}{f', sample {args.sample}' if args.sample else ''}); "
              f"{os.cpu_count()} CPUs, load average {load:.1f} at start; options {args.options}")
        results = []
        for mode in args.modes.split(","):
            for workers in [1] if mode == "spacy" else [int(w) for w in args.workers.split(",")]:
                result = run_child(mode, workers, src, tmp, args)
                results.append((mode, workers, result))
                print_row(mode, workers, result, results)
        rays = {w: r for m, w, r in results if m == "ray"}
        if 1 in rays and 2 in rays:
            one, two = rays[1], rays[2]
            print(f"Ray 2 vs 1 actor: {one['seconds'] / two['seconds']:.2f}x measured; analysis phase"
                  f" {one['analyse']:.1f} -> {two['analyse']:.1f}s ({one['analyse'] / two['analyse']:.2f}x);"
                  f" serial start + shutdown + load {ray_serial(one):.1f} / {ray_serial(two):.1f}s")
        print(f"load average {os.getloadavg()[0]:.1f} at the end")


def print_row(mode: str, workers: int, result: dict, results: list) -> None:
    words = next((r["words"] for m, _, r in results if m == "spacy"), None)
    rate = result["articles"] / result["seconds"]
    base = next((r["articles"] / r["seconds"] for m, _, r in results if m == "spacy"), None)
    extra = ""
    if mode == "ray":
        extra = (f" (ray start {result['ray_start']:.1f}s, analyse {result['analyse']:.1f}s,"
                 f" load {result['load']:.1f}s, CPU {result.get('load_cpu', 0):.1f}s; actors' CPU"
                 f" {result.get('actor_cpu', 0):.1f}s, other Ray processes {result.get('other_cpu', 0):.1f}s,"
                 f" driver while analysing {result.get('driver_cpu', 0):.1f}s)")
    if "events" in result:
        extra += f", {result['events']} events"
    parse_cpu = next((r["parse_cpu"] for m, _, r in results if m == "spacy"), None)
    if mode == "spacy":
        per_article = 1000 * result["parse_cpu"] / result["articles"]
        extra += f", parse CPU {result['parse_cpu']:.1f}s ({per_article:.0f} ms/article)"
        for key, label in (("swap", "a' numpy BLAS"), ("swap_batching", "a'' numpy BLAS + sorted batches of 64")):
            tuned = result["tuned"][key]
            extra += f"; ({label}) {tuned['seconds']:.1f}s, parse CPU {tuned['parse_cpu']:.1f}s"
    elif mode == "local" and parse_cpu:
        # CPU seconds are robust to other load on a shared machine; this is b/a on one core.
        extra += (f", CPU {1000 * result['cpu'] / result['articles']:.0f} ms/article, "
                  f"CPU-based b/a {parse_cpu / result['cpu']:.2f} per core")
    if mode == "local":  # the single writer's share: the corpus stages and the store
        extra += f", main process CPU {result.get('cpu_main', 0):.1f}s"
    extra += f"; load {os.getloadavg()[0]:.1f}"
    if "machine_other_cpu" in result:  # a slow row with other load on the machine says little about our code
        extra += (f", other processes on the machine {result['machine_other_cpu']:.1f} CPU-s and steal"
                  f" {result['machine_steal']:.1f}s during this row")
    tuned = next((r["tuned"] for m, _, r in results if m == "spacy"), None)
    if tuned and mode != "spacy":  # b/a' and b/a'': against the bare pipeline tuned as eventwire's parse is
        extra += "".join(f", b/{name} {t['seconds'] / result['seconds']:.2f}"
                         for name, t in (("a'", tuned["swap"]), ("a''", tuned["swap_batching"])))
    print(f"{mode:>5} w={workers}: {result['articles']} articles in {result['seconds']:.1f}s = {rate:.2f} articles/s"
          + (f", {words / result['seconds']:,.0f} words/s" if words else "")
          + (f", b/a {rate / base:.2f}" if base and mode != "spacy" else "")
          + f"; CPU {result['cpu']:.0f}s (process and pool, incl. start-up; Ray actors not counted)"
          + f"; peak RSS main {result['main_rss']:.0f} MiB, worker {result['worker_rss']:.0f} MiB" + extra)


if __name__ == "__main__":
    main()
