"""Parquet out and in for analysed records: one row per article (or reject).

Why JSON in a column rather than nested Arrow types: the record contract
(``to_dict``/``from_dict``) is the one thing every executor and the store
already agree on, and stages may add fields at any time. A nested Arrow schema
would have to change with every added field and would break on ``None``-only
columns in small shards; a JSON column round-trips any record losslessly.
A few plain columns (id, outlet, published, counts) sit beside it so the files
can be inspected with DuckDB or pandas without decoding the JSON.

``file_index`` and ``record_index`` keep the input order: Ray writes files in
whatever order its workers finish, and the loader sorts them back, so the
store is filled in the same order as by the local executor.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import UsageError
from eventwire.model import Article, Reject

SCHEMA = pa.schema([
    ("file_index", pa.int64()),
    ("record_index", pa.int64()),
    ("kind", pa.string()),  # article | reject
    ("article_id", pa.string()),
    ("outlet", pa.string()),
    ("published", pa.string()),
    ("events", pa.int64()),
    ("actors", pa.int64()),
    ("record", pa.string()),  # JSON of to_dict()
])

#: Rows fetched from DuckDB at a time when loading: memory stays flat.
LOAD_BATCH_ROWS = 256


def record_row(record: Article | Reject, file_index: int, record_index: int) -> dict[str, Any]:
    """One Parquet row for an analysed article or a reject."""
    is_article = isinstance(record, Article)
    return {
        "file_index": file_index,
        "record_index": record_index,
        "kind": "article" if is_article else "reject",
        "article_id": record.id if is_article else record.article_id,
        "outlet": record.outlet if is_article else None,
        "published": record.published if is_article else None,
        "events": len(record.events) if is_article else 0,
        "actors": len(record.actors) if is_article else 0,
        "record": json.dumps(record.to_dict(), ensure_ascii=False),
    }


def row_record(row: dict[str, Any]) -> Article | Reject:
    """The record a Parquet row holds."""
    data = json.loads(row["record"])
    return Article.from_dict(data) if row["kind"] == "article" else Reject.from_dict(data)


def to_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SCHEMA)


def write_records(records: Iterable[Article | Reject], path: str | Path) -> int:
    """Write records to one Parquet file in the order given; return the count."""
    rows = [record_row(record, 0, i) for i, record in enumerate(records)]
    pq.write_table(to_table(rows), str(path))
    return len(rows)


def parquet_files(directory: str | Path) -> list[Path]:
    """The Parquet files of an output directory, or a UsageError saying why not."""
    path = Path(directory)
    if not path.is_dir():
        raise UsageError(f"{path} is not a directory: pass the --out DIR of an `eventwire run --engine ray`",
                         code="E090")
    files = sorted(p for p in path.rglob("*.parquet") if p.is_file())
    if not files:
        raise UsageError(f"no .parquet files in {path}: run `eventwire run --engine ray INPUT... --out {path}`",
                         code="E091")
    return files


def read_records(directory: str | Path, con=None) -> Iterator[Article | Reject]:
    """Stream the records of a directory of Parquet files in input order.

    DuckDB sorts (out of core if need be) and hands rows back in small
    batches, so loading millions of articles does not hold them all in memory.
    """
    import duckdb

    files = [str(p) for p in parquet_files(directory)]
    own = con is None
    con = con or duckdb.connect()
    try:
        cursor = con.execute(
            "SELECT kind, record FROM read_parquet(?, union_by_name = true) ORDER BY file_index, record_index, kind",
            [files],
        )
        while batch := cursor.fetchmany(LOAD_BATCH_ROWS):
            for kind, record in batch:
                yield row_record({"kind": kind, "record": record})
    finally:
        if own:
            con.close()
