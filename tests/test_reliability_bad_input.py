"""Bad input, one case per test: each gives a reject row (stage, reason), a count
in the run summary and exit code 1 from ``eventwire run``, and the good
articles beside it are stored."""

from __future__ import annotations

import io
import json
import time
import tracemalloc
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from _reliability import LIGHT_STAGES, use_stages
from eventwire.cli import app
from eventwire.read import read_inputs
from eventwire.read.common import MAX_ARTICLE_BYTES
from eventwire.run import local

runner = CliRunner()
GOOD = {
    "good-1.txt": "Ministers meet\n\nThe foreign ministers of two neighbouring states met on Monday to discuss "
                  "border checks and agreed to meet again next month.\n",
    "good-2.txt": "Talks resume\n\nNegotiators resumed talks on Tuesday after a week-long pause, officials said, "
                  "and both sides described the meeting as constructive.\n",
}


@pytest.fixture(autouse=True)
def light_stages(monkeypatch):
    use_stages(LIGHT_STAGES, monkeypatch.setitem)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(*inputs: Path | str, db: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["run", *map(str, inputs), "--db", str(db), "--quiet"])
    return result.exit_code, result.output


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def _check(db: Path, code: int, output: str, stage: str, reason: str, stored: set[str]) -> list[tuple]:
    """Exit 1, the count in the summary, the reject row, and the good articles stored."""
    assert code == 1, output
    assert "rejected" in output and f"{stage}: " in output, output
    rejects = _rows(db, "SELECT article_id, stage, reason, source FROM rejects")
    assert any(r[1] == stage and reason in r[2] for r in rejects), rejects
    assert stored <= {r[0] for r in _rows(db, "SELECT article_id FROM articles")}
    return rejects


def test_reliability_binary_file(tmp_path: Path):
    folder = _corpus(tmp_path)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    code, output = _run(folder, db=tmp_path / "db.duckdb")
    _check(tmp_path / "db.duckdb", code, output, "read", "binary file", set(GOOD))


def test_reliability_empty_file(tmp_path: Path):
    folder = _corpus(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.jsonl").write_bytes(b"")
    code, output = _run(folder, db=tmp_path / "db.duckdb")
    rejects = _check(tmp_path / "db.duckdb", code, output, "read", "empty file", set(GOOD))
    assert {r[0] for r in rejects} == {"empty.txt", "empty.jsonl"}


def test_reliability_50mb_text_file_is_rejected_without_reading_it(tmp_path: Path):
    folder = _corpus(tmp_path)
    huge = folder / "huge.txt"
    line = b"This line repeats until the file is fifty megabytes long, far beyond any news article.\n"
    with huge.open("wb") as handle:
        for _ in range(50 * 2**20 // len(line) + 1):
            handle.write(line)
    assert huge.stat().st_size > 50 * 2**20
    tracemalloc.start()
    items = list(read_inputs([str(huge)]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 2 * 2**20, f"reading a rejected 50 MB file peaked at {peak / 2**20:.1f} MiB"
    assert [type(i).__name__ for i in items] == ["Reject"]
    code, output = _run(folder, db=tmp_path / "db.duckdb")
    _check(tmp_path / "db.duckdb", code, output, "read", f"over the {MAX_ARTICLE_BYTES // 2**20} MiB limit", set(GOOD))


def test_reliability_invalid_utf8_and_mixed_encoding_is_stored_and_reported(tmp_path: Path):
    folder = _corpus(tmp_path)
    utf8 = "Café talks\n\nThe naïve plan was discussed at the café on Monday by both delegations.\n".encode()
    cp1252 = b"He called it \x93a good start\x94 \x96 and left for Z\xfcrich.\n"  # Windows-1252 quotes, dash, u-umlaut
    undefined = b"One byte no encoding defines: \x81.\n"
    (folder / "mixed.txt").write_bytes(utf8 + cp1252 + undefined)
    db = tmp_path / "db.duckdb"
    code, output = _run(folder, db=db)
    _check(db, code, output, "read", "partly decoded", {*GOOD, "mixed.txt"})
    ((raw, metadata),) = _rows(db, "SELECT raw, metadata FROM articles WHERE article_id = 'mixed.txt'")
    assert "Café" in raw and "naïve" in raw  # the UTF-8 parts are untouched
    assert "\u201ca good start\u201d \u2013 and left for Zürich" in raw  # the Windows-1252 bytes are recovered
    assert raw.count("\ufffd") == 1  # only the undefined byte is replaced
    warning = json.loads(metadata)["decode_warning"]
    assert "4 read as Windows-1252" in warning and "1 replaced with U+FFFD" in warning


def test_reliability_jsonl_with_one_broken_line(tmp_path: Path):
    folder = _corpus(tmp_path)
    lines = [json.dumps({"id": "j1", "text": "The envoy arrived on Monday for talks with the government."}),
             '{"id": "j2", "text": "cut off in the mid',
             json.dumps({"id": "j3", "text": "The talks ended on Tuesday without an agreement, officials said."})]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    code, output = _run(folder, db=db)
    rejects = _check(db, code, output, "read", "line 2 is not valid JSON", {*GOOD, "j1", "j3"})
    assert [r[0] for r in rejects] == ["batch.jsonl:2"]


@pytest.mark.parametrize("page", [
    "<html><head><title>Only a title</title></head></html>",
    "<html><head><title>Empty</title></head><body></body></html>",
])
def test_reliability_html_without_body(tmp_path: Path, page: str):
    folder = _corpus(tmp_path)
    (folder / "nobody.html").write_text(page, encoding="utf-8")
    db = tmp_path / "db.duckdb"
    code, output = _run(folder, db=db)
    _check(db, code, output, "clean", "no text left after cleaning", {*GOOD, "nobody.html"})
    ((skip,),) = _rows(db, "SELECT skip_reason FROM articles WHERE article_id = 'nobody.html'")
    assert skip == "no text left after cleaning"


def test_reliability_non_english_is_detected_stored_not_coded(tmp_path: Path):
    folder = _corpus(tmp_path)
    (folder / "bericht.txt").write_text(
        "Gespräche in Berlin\n\nDie Außenminister der beiden Nachbarländer haben sich am Montag in Berlin getroffen "
        "und über die Kontrollen an der gemeinsamen Grenze gesprochen. Sie wollen sich im nächsten Monat wieder "
        "treffen, sagten Beamte.\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    code, output = _run(folder, db=db)
    _check(db, code, output, "language", "language detected as German (de", {*GOOD, "bericht.txt"})
    languages = dict(_rows(db, "SELECT article_id, language FROM articles"))
    assert languages == {"good-1.txt": "en", "good-2.txt": "en", "bericht.txt": "de"}
    coded = {r[0] for r in _rows(db, "SELECT DISTINCT article_id FROM events")}
    assert coded == set(GOOD)  # stored, but no stage after "language" touched it


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for url, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue()


@pytest.mark.parametrize("cut", ["body", "header"])
def test_reliability_warc_with_truncated_record(tmp_path: Path, cut: str):
    folder = _corpus(tmp_path)
    page = b"<html><body><article><p>%s</p></article></body></html>"
    data = _warc([(f"https://news.invalid/{i}", page % (b"Story %d: the talks went on for a third day. " % i * 4))
                  for i in range(3)])
    third = data.rfind(b"WARC/1.0")
    end = len(data) - 40 if cut == "body" else third + 30  # inside the last body, or inside its header
    (folder / "crawl.warc").write_bytes(data[:end])
    db = tmp_path / "db.duckdb"
    code, output = _run(folder, db=db)
    _check(db, code, output, "read", "truncated", set(GOOD))
    urls = {r[0] for r in _rows(db, "SELECT url FROM articles WHERE url IS NOT NULL")}
    assert urls == {"https://news.invalid/0", "https://news.invalid/1"}  # the records before it


def test_reliability_path_that_does_not_exist(tmp_path: Path):
    folder = _corpus(tmp_path)
    db = tmp_path / "db.duckdb"
    code, output = _run(folder, tmp_path / "no-such-file.txt", tmp_path / "nothing-*.jsonl", db=db)
    rejects = _check(db, code, output, "read", "no such file or directory", set(GOOD))
    assert any("matched no files" in r[2] for r in rejects)


def test_reliability_directory_of_10k_small_files(tmp_path: Path, monkeypatch):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_text(f"Report {i}\n\nThe delegation met officials on day {i} to discuss "
                                             "trade and security.\n", encoding="utf-8")
    (folder / "04999-broken.txt").write_bytes(b"\x00\x01\x02 not text")
    db = tmp_path / "db.duckdb"
    # Read + clean + write only: this test is about the walk, batching and the writer at scale. The corpus
    # "link" stage is left out here; its own cost on 10k articles is measured in bench/reliability.py.
    use_stages(("clean",), monkeypatch.setitem)
    monkeypatch.setattr(local, "CORPUS_STAGES", ())
    started = time.perf_counter()
    result = runner.invoke(app, ["run", str(folder), "--db", str(db), "--quiet", "--batch-size", "500"])
    seconds = time.perf_counter() - started
    assert result.exit_code == 1, result.output
    assert "read 10000, stored 10000" in result.output and "rejected 1" in result.output
    assert seconds < 120, f"10k small files took {seconds:.0f}s"  # about 10 s on an idle 2-core machine
    assert _rows(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(10_000, 10_000)]


@pytest.mark.parametrize("damage", ["random bytes", "truncated"])
def test_reliability_damaged_database_file_is_e021_not_a_traceback(tmp_path: Path, damage: str, monkeypatch, capsys):
    from eventwire.cli.app import main

    db = tmp_path / "db.duckdb"
    if damage == "truncated":
        _run(_corpus(tmp_path), db=db)
        with db.open("r+b") as handle:
            handle.truncate(db.stat().st_size // 3)
    else:
        db.write_bytes(bytes(range(256)) * 400)
    monkeypatch.setattr("sys.argv", ["eventwire", "run", str(tmp_path / "none.txt"), "--db", str(db), "--quiet"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 1
    assert "E021" in " ".join(capsys.readouterr().err.split())
