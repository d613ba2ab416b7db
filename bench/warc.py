"""WARC.gz reading: is it streaming (flat memory) and how fast is it?

Writes a synthetic WARC.gz (made-up HTML pages, several thousand response
records, plus request and image records the reader must pass over) with
warcio, then reads it with eventwire's reader and prints the resident memory
every few hundred records, the Python heap peak (tracemalloc), and records/s
and MB/s. Flat RSS from the first checkpoint to the last means the reader
holds one record at a time.

    .venv/bin/python bench/warc.py [--records 5000] [--words 600]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import tempfile
import time
import tracemalloc
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.model import Article
from eventwire.read import read_inputs

WORDS = ["minister", "talks", "border", "troops", "ceasefire", "government", "said", "officials", "meeting",
         "capital", "agreement", "sanctions", "embassy", "army", "rebels", "statement", "president", "visit", "aid"]


def rss_mib() -> float:
    """Current resident set size (not the peak) from /proc."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def page(rng: random.Random, words: int) -> bytes:
    paragraphs = []
    for _ in range(max(1, words // 60)):
        sentence = " ".join(rng.choice(WORDS) for _ in range(60))
        paragraphs.append(f"<p>{sentence.capitalize()}.</p>")
    body = "\n".join(paragraphs)
    return f"<html><head><title>Report {rng.random():.6f}</title></head><body><article>{body}</article>" \
           f"<footer>Copyright</footer></body></html>".encode()


def write_warc(path: Path, records: int, words: int) -> None:
    rng = random.Random(7)
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(records):
            url = f"https://news.example.org/{i}"
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page(rng, words)),
                                                          http_headers=headers))
            if i % 10 == 0:  # an image now and then: skipped, not an article
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url + ".png", "response",
                                                              payload=io.BytesIO(b"\x89PNG" + bytes(2048)),
                                                              http_headers=image))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--words", type=int, default=600, help="Words per synthetic page.")
    parser.add_argument("--no-trace", action="store_true", help="Speed only: no tracemalloc (it slows Python).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        write_warc(path, args.records, args.words)
        size = path.stat().st_size
        print(f"WARC.gz: {args.records} article responses (+ requests, images), {size / 2**20:.1f} MiB compressed")
        checkpoints = {n for n in range(0, args.records + 1, max(1, args.records // 10))}
        if not args.no_trace:
            tracemalloc.start()
        started, articles, raw_bytes = time.perf_counter(), 0, 0
        samples = []
        for record in read_inputs([str(path)]):
            if isinstance(record, Article):
                articles += 1
                raw_bytes += len(record.raw)
                if articles in checkpoints:
                    samples.append((articles, rss_mib(), tracemalloc.get_traced_memory()[0] / 2**20))
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    words = articles * args.words
    print(f"read {articles} articles in {seconds:.2f}s: {articles / seconds:.0f} records/s, "
          f"{raw_bytes / 2**20 / seconds:.1f} MiB/s of decoded HTML, {words / seconds:,.0f} words/s "
          f"({'tracemalloc off' if args.no_trace else 'tracemalloc on'}; cpu {time.process_time():.1f}s)")
    print(f"{'records':>8} {'RSS MiB':>8} {'heap MiB':>9}")
    for n, rss, heap in samples:
        print(f"{n:8d} {rss:8.1f} {heap:9.2f}")
    print(f"Python heap peak while reading: {peak:.2f} MiB")


if __name__ == "__main__":
    main()
