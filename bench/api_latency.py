"""HTTP API latency on a synthetic store: is the page's data fast enough at scale?

Builds N hand-made events (no spaCy), then times the requests the web page
makes on first load and on common clicks, in-process through FastAPI's
TestClient (median of several runs, milliseconds). Prints figures; never fails.

    .venv/bin/python bench/api_latency.py --events 100000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the synthetic-record builder shared with the tests

from fastapi.testclient import TestClient  # noqa: E402

from api_store import build, synthetic_articles  # noqa: E402
from eventwire.api import create_app  # noqa: E402

REQUESTS = [
    "/api/stats",
    "/api/events?limit=50",
    "/api/timeline?by=month",
    "/api/events?limit=50&offset=50000",
    "/api/events?dyad=USA,RUS&limit=50",
    "/api/dyads/USA/RUS/timeline?by=week",
    "/api/network?level=code",
    "/api/events?text=case%20123&limit=50",
    "/api/articles?limit=50",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        db = build(Path(tmp) / "bench.duckdb", synthetic_articles(args.events))
        print(f"built {args.events:,} events in {time.perf_counter() - started:.1f}s")
        with TestClient(create_app(db)) as client:
            for path in REQUESTS:
                times = []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    response = client.get(path)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert response.status_code == 200, response.text
                print(f"{statistics.median(times):8.1f} ms  {path}")


if __name__ == "__main__":
    main()
