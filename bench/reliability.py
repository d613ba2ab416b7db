"""Reliability figures: every bad-input case into one store, then a rerun, a
``kill -9`` mid-run, and a folder of 10k small files.

Prints, per case: inputs, articles expected and stored, reject rows with a
stage and reason, records lost and duplicates; then the totals the issue asks
for (cases tried, rejected with a reason, records lost, duplicates).

    .venv/bin/python bench/reliability.py [--light] [--skip-10k] [--skip-crash]

``--light`` runs read, clean and language detection only (no spaCy), as the
tests do; the default runs the full article pipeline. The crash case always
uses the tests' paced light stages (``tests/_reliability.py``) so the kill
lands mid-run. Benchmarks print figures and never fail.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from _reliability import distinct_text  # noqa: E402
from eventwire.config import Config  # noqa: E402
from eventwire.store import Store  # noqa: E402


def _good(folder: Path, case: str) -> set[str]:
    names = set()
    for i in (1, 2):
        name = f"{case}-good-{i}.txt"
        (folder / name).write_text(f"Report {i}\n\n{distinct_text(zlib.crc32(name.encode()))}\n", encoding="utf-8")
        names.add(name)
    return names


def case_binary(folder: Path) -> set[str]:
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    return set()


def case_empty(folder: Path) -> set[str]:
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.jsonl").write_bytes(b"")
    return set()


def case_50mb(folder: Path) -> set[str]:
    line = b"This line repeats until the file is fifty megabytes long, far beyond any news article.\n"
    with (folder / "huge.txt").open("wb") as handle:
        handle.write(line * (50 * 2**20 // len(line) + 1))
    return set()


def case_mixed_encoding(folder: Path) -> set[str]:
    data = "Café talks\n\nThe naïve plan was discussed on Monday.\n".encode() + b"He said \x93fine\x94 \x81.\n"
    (folder / "mixed.txt").write_bytes(data)
    return {"mixed.txt"}


def case_jsonl_broken_line(folder: Path) -> set[str]:
    lines = [json.dumps({"id": "jsonl-1", "text": distinct_text(-1)}), '{"id": "jsonl-2", "text": "cut off',
             json.dumps({"id": "jsonl-3", "text": distinct_text(-3)})]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"jsonl-1", "jsonl-3"}


def case_html_without_body(folder: Path) -> set[str]:
    (folder / "nobody.html").write_text("<html><head><title>Only a title</title></head></html>", encoding="utf-8")
    return {"nobody.html"}


def case_non_english(folder: Path) -> set[str]:
    (folder / "bericht.txt").write_text(
        "Gespräche in Berlin\n\nDie Außenminister der beiden Nachbarländer haben sich am Montag getroffen und über "
        "die Kontrollen an der gemeinsamen Grenze gesprochen, sagten Beamte.\n", encoding="utf-8")
    return {"bericht.txt"}


def case_truncated_warc(folder: Path) -> set[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i in range(3):
        body = f"<html><body><article><p>{distinct_text(-10 - i)}</p></article></body></html>".encode()
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://news.invalid/{i}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
    (folder / "crawl.warc.gz").write_bytes(out.getvalue()[:-60])
    return {"https://news.invalid/0", "https://news.invalid/1"}  # by URL: WARC ids are random


def case_missing_path(folder: Path) -> set[str]:
    return set()  # the missing path itself is added to the inputs below


CASES: dict[str, Callable[[Path], set[str]]] = {
    "binary file": case_binary, "empty file": case_empty, "50 MB text file": case_50mb,
    "invalid UTF-8 / mixed encoding": case_mixed_encoding, "JSONL with a broken line": case_jsonl_broken_line,
    "HTML without a body": case_html_without_body, "non-English text": case_non_english,
    "WARC with a truncated record": case_truncated_warc, "path that does not exist": case_missing_path,
}


def bad_inputs(root: Path, stages: tuple[str, ...] | None) -> list[dict]:
    """Every case in its own folder, all in one run into one store; then the same run again."""
    inputs, expected = [], {}
    for n, (name, build) in enumerate(CASES.items()):
        folder = root / f"case{n}"
        folder.mkdir()
        expected[name] = (folder, _good(folder, f"case{n}") | build(folder))
        inputs.append(str(folder))
    missing = str(root / "case8" / "no-such-file.txt")
    inputs.append(missing)
    options = {"stages": stages} if stages else {}
    with Store(root / "bad.duckdb") as store:
        first = store.run(inputs, **options)
        rows = _snapshot(store)
        second = store.run(inputs, **options)
        after = _snapshot(store)
        stored = {r[0]: r for r in store.con.execute(  # a syndicated copy is kept too, as a row in copies
            "SELECT article_id, url, source FROM articles UNION ALL "
            "SELECT copy_id, c.url, a.source FROM copies c JOIN articles a USING (article_id)").fetchall()}
        rejects = store.con.execute("SELECT stage, reason, source FROM rejects WHERE run_id = ?",
                                    [first.run_id]).fetchall()
        dup = store.con.execute("""SELECT (SELECT count(*) - count(DISTINCT article_id) FROM articles)
                                        + (SELECT count(*) - count(DISTINCT event_id) FROM events)""").fetchone()[0]
    print(f"run 1: read {first.read}, stored {first.stored}, rejected {first.rejected} {first.reasons}, "
          f"events {first.events}, exit code {1 if first.failed else 0}, {first.seconds:.1f}s")
    print(f"run 2 (same inputs): stored {second.stored}, duplicates {second.duplicates}, "
          f"tables other than runs/rejects unchanged: {rows == after}")
    results = []
    for name, (folder, want) in expected.items():
        got = {aid for aid, (_, url, source) in stored.items()
               if source and source.startswith(str(folder)) and (aid in want or url in want)}
        mine = [r for r in rejects if r[2] and r[2].startswith(str(folder))]
        results.append({"case": name, "expected": len(want), "stored": len(got),
                        "rejected": sum(1 for r in mine if r[0] and r[1]), "lost": len(want) - len(got),
                        "stages": sorted({r[0] for r in mine})})
    results[-1]["duplicates"] = dup + (len(after["articles"]) - len(rows["articles"]))
    return results


def _snapshot(store: Store) -> dict[str, list]:
    tables = ("articles", "actors", "events", "quotes", "times", "places", "removed", "incidents", "stories")
    return {t: sorted(map(repr, store.con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}


def many_files(root: Path, count: int = 10_000) -> dict:
    folder = root / "many"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(f"Report {i}\n\n{distinct_text(i, 15)}\n", encoding="utf-8")
    result = {}
    for label, corpus in (("read, clean, write", ()), ("read, clean, dedup, link, write", None)):
        import eventwire.run.local as local

        saved = local.CORPUS_STAGES
        if corpus is not None:
            local.CORPUS_STAGES = corpus
        try:
            with Store(root / f"many-{len(result)}.duckdb") as store:
                started = time.perf_counter()
                summary = store.run([str(folder)], stages=("clean",), config=Config(batch_size=500))
                seconds = time.perf_counter() - started
                ((n, distinct),) = store.con.execute(
                    "SELECT count(*), count(DISTINCT article_id) FROM articles").fetchall()
        finally:
            local.CORPUS_STAGES = saved
        result[label] = (summary.read, n, count - distinct, seconds)
    return result


def crash(root: Path, articles: int = 400) -> dict:
    from _reliability import script_command

    corpus, db, mark = root / "crash.jsonl", root / "crash.duckdb", root / "mark"
    corpus.write_text("".join(json.dumps({"id": f"c{i:05d}", "text": distinct_text(i)}) + "\n"
                              for i in range(articles)), encoding="utf-8")
    command = script_command("run", str(corpus), "--db", str(db), "--quiet", "--batch-size", "20")
    env = {**os.environ, "EVENTWIRE_TEST_PACE": "0.05", "EVENTWIRE_TEST_MARK": str(mark)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not mark.exists() and process.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with Store(db, read_only=True) as store:
        before = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    subprocess.run(command, capture_output=True, check=False)
    with Store(db, read_only=True) as store:
        n, distinct, events, distinct_events = store.con.execute(
            "SELECT count(*), count(DISTINCT article_id), (SELECT count(*) FROM events), "
            "(SELECT count(DISTINCT event_id) FROM events) FROM articles").fetchone()
        runs = store.con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    return {"inputs": articles, "stored after kill": before, "stored after rerun": n,
            "lost": articles - distinct, "duplicates": (n - distinct) + (events - distinct_events),
            "runs": [r[0] for r in runs]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--light", action="store_true", help="read, clean and language only (no spaCy)")
    parser.add_argument("--skip-10k", action="store_true")
    parser.add_argument("--skip-crash", action="store_true")
    args = parser.parse_args()
    stages = None
    if args.light:
        from _reliability import LIGHT_STAGES, install_stages

        install_stages()
        stages = LIGHT_STAGES
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        rows = bad_inputs(root, stages)
        print(f"\n{'case':34} {'expected':>8} {'stored':>6} {'rejected':>8} {'lost':>4}  stages")
        for r in rows:
            print(f"{r['case']:34} {r['expected']:8} {r['stored']:6} {r['rejected']:8} {r['lost']:4}  "
                  f"{','.join(r['stages'])}")
        lost, duplicates = sum(r["lost"] for r in rows), rows[-1]["duplicates"]
        cases, rejected = len(rows), sum(1 for r in rows if r["rejected"])
        if not args.skip_crash:
            result = crash(root)
            print(f"\nkill -9 mid-run, then rerun: {result}")
            cases, lost, duplicates = cases + 1, lost + result["lost"], duplicates + result["duplicates"]
        if not args.skip_10k:
            for label, (read, n, dup, seconds) in many_files(root).items():
                print(f"10k small files ({label}): read {read}, stored {n}, duplicates {dup}, {seconds:.1f}s")
                duplicates += dup
            cases += 1
        print(f"\ncases tried {cases}; bad-input cases rejected with a reason {rejected}/{len(rows)}; "
              f"records lost {lost}; duplicates {duplicates}")


if __name__ == "__main__":
    main()
