"""Property tests for the readers: whatever the bytes, a reader yields Articles
or Rejects and never raises; what it yields can be stored."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import Article, Reject
from eventwire.read import read_inputs
from eventwire.store import Store

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = [".txt", ".html", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".unknown"]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)
RECORDS = st.fixed_dictionaries(
    {}, optional={"id": JSON_VALUES, "text": st.text() | JSON_VALUES, "html": st.text(), "url": JSON_VALUES,
                  "published": st.text(max_size=30) | JSON_VALUES, "outlet": JSON_VALUES, "title": st.text()})


def _read(name: str, data: bytes) -> list[Article | Reject]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(read_inputs([str(path)]))


def _storable(items: list[Article | Reject]) -> None:
    """Every string the store will hold must encode as UTF-8 (Arrow and DuckDB require it)."""
    for item in items:
        assert isinstance(item, (Article, Reject))
        if isinstance(item, Article):
            for value in (item.id, item.raw, item.title, item.url, item.outlet, item.published,
                          json.dumps(item.metadata, ensure_ascii=False)):
                if value is not None:
                    value.encode("utf-8")
            assert item.raw.strip() and len(item.source_sha) == 64
        else:
            assert item.stage == "read" and item.reason


@SETTINGS
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=4096))
def test_fuzz_readers_random_bytes_never_raise(suffix: str, data: bytes):
    _storable(_read("input" + suffix, data))


@SETTINGS
@given(suffix=st.sampled_from([".warc.gz", ".jsonl.gz"]), data=st.binary(max_size=2048))
def test_fuzz_readers_random_bytes_inside_gzip(suffix: str, data: bytes):
    _storable(_read("input" + suffix, gzip.compress(data)))


@SETTINGS
@given(prefix=st.sampled_from([b"WARC/1.0\r\n", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n"]),
       data=st.binary(max_size=2048), gz=st.booleans())
def test_fuzz_readers_warc_like_bytes(prefix: bytes, data: bytes, gz: bool):
    """Bytes that start like a WARC record get past the format sniff and into warcio."""
    payload = gzip.compress(prefix + data) if gz else prefix + data
    _storable(_read("crawl.warc.gz" if gz else "crawl.warc", payload))


@SETTINGS
@given(text=st.text(min_size=1))
def test_fuzz_readers_random_unicode_text_is_kept_exactly(text: str):
    items = _read("story.txt", text.encode("utf-8", errors="surrogatepass"))
    _storable(items)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return  # not valid UTF-8 to begin with: decoded with replacements, checked by _storable
    articles = [i for i in items if isinstance(i, Article)]
    if articles:
        assert articles[0].raw == text.removeprefix("\ufeff")


@SETTINGS
@given(records=st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=5), broken=st.booleans())
def test_fuzz_readers_jsonl_any_json_value(records: list, broken: bool):
    lines = [json.dumps(r) for r in records]
    if broken:
        lines.insert(len(lines) // 2, lines[0][: len(lines[0]) // 2] + "\x00{")
    items = _read("batch.jsonl", "\n".join(lines).encode("utf-8", errors="surrogatepass"))
    _storable(items)
    assert len(items) >= sum(1 for line in lines if line.strip())  # every line accounted for


@SETTINGS
@given(lengths=st.lists(st.integers(min_value=0, max_value=3000), min_size=1, max_size=6))
def test_fuzz_readers_huge_lines_are_rejected_not_loaded(lengths: list[int]):
    """With the line limit lowered to 1,000 bytes, longer lines are rejected and the others read."""
    import eventwire.read.jsonl as jsonl

    limit, jsonl.MAX_ARTICLE_BYTES = jsonl.MAX_ARTICLE_BYTES, 1000
    try:
        lines = [json.dumps({"id": f"r{i}", "text": "x" * n}) for i, n in enumerate(lengths)]
        items = _read("big.jsonl", "\n".join(lines).encode())
    finally:
        jsonl.MAX_ARTICLE_BYTES = limit
    assert len(items) == len(lines)
    for line, length, item in zip(lines, lengths, items, strict=True):
        if len(line) > 1000:
            assert isinstance(item, Reject) and "limit" in item.reason
        else:
            assert isinstance(item, Article if length else Reject)


@settings(max_examples=25, deadline=None)
@given(records=st.lists(st.fixed_dictionaries({"id": st.text(min_size=1, max_size=20),
                                                "text": st.text(min_size=1, max_size=300)}), max_size=5))
def test_fuzz_readers_store_round_trip(records: list[dict]):
    """Whatever the readers let through is stored and comes back unchanged."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        articles = {a.id: a for a in read_inputs([str(path)]) if isinstance(a, Article)}
        for article in articles.values():
            article.text = article.raw
        with Store(Path(folder) / "db.duckdb") as store:
            store.write(list(articles.values()), [], store.start_run([]))
            stored = dict(store.con.execute("SELECT article_id, raw FROM articles").fetchall())
    assert stored == {a.id: a.raw for a in articles.values()}


def test_fuzz_readers_real_size_runaway_line(tmp_path: Path):
    """An 11 MB line with no newline is skipped in chunks; the next record is read."""
    path = tmp_path / "runaway.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"id": "big", "text": "' + b"y" * (11 * 2**20))
        handle.write(b'"}\n' + json.dumps({"id": "ok", "text": "Fine."}).encode() + b"\n")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Reject", "Article"]
    assert "over the 10 MiB limit" in items[0].reason and items[1].id == "ok"


@pytest.mark.parametrize("data", [b"\xff\xfe" + "UTF-16 story text.".encode("utf-16-le"),
                                  b"\xef\xbb\xbfBOM story text."])
def test_fuzz_readers_byte_order_marks(data: bytes):
    (article,) = _read("bom.txt", data)
    assert article.raw.endswith("story text.") and not article.raw.startswith("\ufeff")
