"""Store at scale: the dyad timeline over a synthetic table of 10 M events.

The events are generated in DuckDB SQL straight into the ``events`` and
``articles`` tables of a fresh store (no Python objects), with a skewed actor
distribution like real event data: a few states (USA, RUS, CHN, SYR, ...)
take most events, with agent suffixes (GOV, MIL, REB, ...). The query timed is
the HTTP API's ``/dyads/{a}/{b}/timeline``: ``explore.timeline`` with an
undirected dyad filter, per month, counts by quad class and mean Goldstein.

It is timed on the table as inserted (random order), then after
``Store.optimize()``, which rewrites the events table ordered by
(source_code, target_code, date_start) so DuckDB's zone maps skip the row
groups of other dyads.

    .venv/bin/python bench/store.py [--events 10000000] [--repeat 5] [--db PATH]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from eventwire.store import Store
from eventwire.store.explore import timeline
from eventwire.store.query import EventFilter

#: (code, weight): the head of a skewed actor distribution; the tail is generated.
HEAD = ["USA", "RUS", "CHN", "SYR", "IRN", "ISR", "GBR", "FRA", "TUR", "UKR", "PRK", "KOR", "IRQ", "AFG", "PAK"]
SUFFIXES = ["", "GOV", "MIL", "REB", "COP", "LEG", "BUS", "CVL"]
DYADS = [("USA", "RUS"), ("SYR", "TUR"), ("PRK", "KOR"), ("USAGOV", "CHNGOV")]

GENERATE_ARTICLES = """
INSERT INTO articles (article_id, version, published, outlet, title, text, run_id)
SELECT 'a' || i, 1, DATE '2000-01-01' + CAST(hash(i) % 9496 AS INTEGER), 'outlet' || (i % 500), NULL, NULL, 'bench'
FROM range(?) t(i)
"""

GENERATE_EVENTS = """
INSERT INTO events (event_id, article_id, cameo, root, quad_class, goldstein, date, date_precision,
                    date_basis, date_start, date_end, source_code, target_code, negated, modality, confidence,
                    article_published)
SELECT 'e' || i, 'a' || (i // $per), root || '0', root, quad, gold,
       CAST(day AS VARCHAR), 'day', 'expression', day, day, src, tgt, hash(i + 7) % 50 = 0,
       CASE WHEN hash(i + 11) % 20 = 0 THEN 'intended' ELSE 'asserted' END, 1.0,
       DATE '2000-01-01' + CAST(hash(i // $per) % 9496 AS INTEGER)
FROM (
  SELECT i, day, root, quad, gold,
         actor(hash(i + 1)) AS src,
         actor(hash(i + 2)) AS tgt
  FROM (
    SELECT i, DATE '2000-01-01' + CAST(hash(i + 3) % 9496 AS INTEGER) AS day,
           lpad(CAST(1 + hash(i + 4) % 20 AS VARCHAR), 2, '0') AS root,
           1 + CAST(hash(i + 4) % 20 AS INTEGER) // 5 AS quad,
           round(-10 + (hash(i + 5) % 200) / 10.0, 1) AS gold
    FROM range($events) t(i)
  )
)
"""

ACTOR_MACRO = f"""
CREATE OR REPLACE TEMP MACRO actor(h) AS
  CASE WHEN h % 100 < 70
       THEN list_extract({HEAD!r}, CAST(1 + (h // 100) % {len(HEAD)} AS INTEGER))
       ELSE 'C' || lpad(CAST((h // 100) % 180 AS VARCHAR), 2, '0') END
  || list_extract({SUFFIXES!r}, CAST(1 + (h // 10000) % {len(SUFFIXES)} AS INTEGER))
"""


def build(store: Store, events: int, per_article: int) -> float:
    started = time.perf_counter()
    con = store.con
    con.execute(ACTOR_MACRO)
    con.execute(GENERATE_ARTICLES, [events // per_article + 1])
    con.execute(GENERATE_EVENTS, {"per": per_article, "events": events})
    con.execute("CHECKPOINT")
    return time.perf_counter() - started


def time_queries(store: Store, repeat: int) -> dict[tuple[str, str], tuple[float, float, int]]:
    """Per dyad: (first run ms, median of the rest ms, events counted)."""
    out = {}
    for dyad in DYADS:
        flt = EventFilter(dyad=dyad)
        runs, total = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            periods = timeline(store.con, flt, "month")
            runs.append((time.perf_counter() - started) * 1000)
            total = sum(p["events"] for p in periods)
        out[dyad] = (runs[0], statistics.median(runs[1:] or runs), total)
    return out


def report(label: str, figures: dict) -> None:
    print(f"\n{label}")
    print(f"  {'dyad':<18} {'first ms':>9} {'median ms':>10} {'events':>9}")
    for (a, b), (first, median, total) in figures.items():
        print(f"  {a + '-' + b:<18} {first:9.1f} {median:10.1f} {total:9d}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--per-article", type=int, default=10, help="Events per synthetic article.")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, default=None, help="Store file (default: a temporary one).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            threads = store.con.execute("SELECT current_setting('threads')").fetchone()[0]
            seconds = build(store, args.events, args.per_article)
            rows = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
            print(f"built {rows:,} events over {rows // args.per_article:,} articles in {seconds:.1f}s "
                  f"({path.stat().st_size / 2**20:.0f} MiB, DuckDB threads={threads})")
            report("as inserted (random order)", time_queries(store, args.repeat))
            started = time.perf_counter()
            store.optimize()
            print(f"\nStore.optimize(): {time.perf_counter() - started:.1f}s "
                  f"({path.stat().st_size / 2**20:.0f} MiB after)")
            report("after optimize (ordered by source_code, target_code, date_start)",
                   time_queries(store, args.repeat))


if __name__ == "__main__":
    main()
