"""Each reader on small inputs written here."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire.model import Article, Reject
from eventwire.read import Overrides, format_of, read_inputs


def _all(*inputs, overrides=None):
    items = list(read_inputs([str(i) for i in inputs], overrides))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Reject)]


def test_read_text_file_uses_file_name_as_id(tmp_path: Path):
    path = tmp_path / "012_story.txt"
    path.write_text("Title line\n\nBody of the story.\n", encoding="utf-8")
    (article,), rejects = _all(path)
    assert not rejects
    assert article.id == "012_story.txt"
    assert article.format == "text"
    assert article.raw.startswith("Title line")
    assert len(article.source_sha) == 64


def test_read_html_file_is_marked_html(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Hello</p></body></html>", encoding="utf-8")
    (article,), _ = _all(path)
    assert article.format == "html"


def test_read_jsonl_fields_and_broken_line(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Some text.", "url": "https://x.invalid/a1", "published": "2017-05-02",
                    "outlet": "Wire", "title": "T"}),
        "{not json",
        json.dumps({"id": "a2", "html": "<p>Hi</p>"}),
        json.dumps({"text": "no id here"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, rejects = _all(path)
    assert [a.id for a in articles] == ["a1", "a2", "batch.jsonl:4"]
    first = articles[0]
    assert (first.published, first.outlet, first.title, first.url) == ("2017-05-02", "Wire", "T", "https://x.invalid/a1")
    assert articles[1].format == "html"
    assert len(rejects) == 1 and "line 2" in rejects[0].reason


def test_read_jsonl_gz(tmp_path: Path):
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g1", "text": "Gzipped."}) + "\n")
    (article,), _ = _all(path)
    assert article.id == "g1"


def test_read_jsonl_bad_date_is_dropped_not_guessed(tmp_path: Path):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "t", "published": "last Tuesday"}) + "\n")
    (article,), _ = _all(path)
    assert article.published is None
    assert "unparseable" in article.metadata["date_warning"]


def _warc_bytes(records: list[tuple[str, str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for url, ctype, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
    return out.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_read_warc_response_records(tmp_path: Path, gz: bool):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(_warc_bytes([
        ("https://news.invalid/a", "text/html; charset=utf-8", b"<html><body><p>Story A.</p></body></html>"),
        ("https://news.invalid/logo.png", "image/png", b"\x89PNG\r\n"),
        ("https://news.invalid/b", "text/html", b"<html><body><p>Story B.</p></body></html>"),
    ], gz))
    articles, rejects = _all(path)
    assert [a.url for a in articles] == ["https://news.invalid/a", "https://news.invalid/b"]
    assert all(a.format == "html" and a.published is None for a in articles)
    assert not rejects


def test_read_directory_recursive_and_glob(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A story.")
    (tmp_path / "sub" / "b.txt").write_text("B story.")
    (tmp_path / "notes.md").write_text("not an article")
    articles, _ = _all(tmp_path)
    assert sorted(a.id for a in articles) == ["a.txt", "b.txt"]
    articles, _ = _all(tmp_path / "*.txt")
    assert [a.id for a in articles] == ["a.txt"]


def test_read_missing_path_is_a_reject(tmp_path: Path):
    articles, rejects = _all(tmp_path / "nope.txt")
    assert not articles
    assert "no such file" in rejects[0].reason


@pytest.mark.parametrize("content,reason", [(b"", "empty"), (b"\x00\x01\x02binary\x00", "binary")])
def test_read_empty_and_binary_files_are_rejected(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    articles, rejects = _all(path)
    assert not articles and reason in rejects[0].reason


def test_read_invalid_utf8_is_decoded_and_reported(tmp_path: Path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("Caf\u00e9 ".encode() + b"\xff\xfe broken " + "na\u00efve".encode())
    (article,), _ = _all(path)
    assert "Café" in article.raw and "naïve" in article.raw
    assert "replaced" in article.metadata["decode_warning"]


def test_read_overrides_apply_to_single_input(tmp_path: Path):
    path = tmp_path / "s.txt"
    path.write_text("Story.")
    (article,), _ = _all(path, overrides=Overrides(published="2017-05-02", outlet="AP", url="https://u.invalid"))
    assert (article.published, article.outlet, article.url) == ("2017-05-02", "AP", "https://u.invalid")


@pytest.mark.parametrize("name,fmt", [("a.txt", "text"), ("a.HTM", "html"), ("a.jsonl.gz", "jsonl"),
                                      ("a.warc.gz", "warc"), ("a.unknown", "text")])
def test_read_format_follows_file_name(name: str, fmt: str):
    assert format_of(Path(name)) == fmt
