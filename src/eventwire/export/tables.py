"""CSV, Parquet and JSONL exports of the events contract.

All three carry the record ``eventwire events --format jsonl`` prints (the
shape ``store.query.shape_event`` defines): JSONL as is, Parquet with the
nested actor and place objects as structs, CSV flattened to dotted columns.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.store import EventFilter, Store
from eventwire.store.query import events

ROW_GROUP = 10_000

_ACTOR = pa.struct([("text", pa.string()), ("code", pa.string()), ("country", pa.string()),
                    ("entity_id", pa.string())])
_PLACE = pa.struct([("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()),
                    ("lon", pa.float64())])

#: The events contract as an Arrow schema, so an empty export still has every column.
EVENT_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("date", pa.string()),
    ("date_precision", pa.string()), ("date_basis", pa.string()), ("source", _ACTOR), ("target", _ACTOR),
    ("cameo", pa.string()), ("root", pa.string()), ("plover", pa.string()), ("quad_class", pa.int64()),
    ("goldstein", pa.float64()), ("negated", pa.bool_()), ("modality", pa.string()),
    ("attribution", pa.string()), ("sentence", pa.string()), ("span", pa.list_(pa.int64())),
    ("trigger", pa.string()), ("trigger_span", pa.list_(pa.int64())), ("place", _PLACE),
    ("incident_id", pa.string()), ("confidence", pa.float64()), ("published", pa.string()),
    ("outlet", pa.string()),
])

#: CSV columns: the flattened contract, in contract order.
CSV_COLUMNS = [
    name
    for field in EVENT_SCHEMA
    for name in ([f"{field.name}.{sub.name}" for sub in field.type] if pa.types.is_struct(field.type)
                 else [field.name])
]


def contract_rows(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """Event rows in the public contract, streamed from the store."""
    for row in events(store.con, flt).rows():
        if not isinstance(row.get("trigger_span"), list):
            row["trigger_span"] = None  # shape_event gives {} when a record has no trigger span
        yield row


def write_jsonl(store: Store, flt: EventFilter, out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for row in contract_rows(store, flt):
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count


def write_csv(store: Store, flt: EventFilter, out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in contract_rows(store, flt):
            writer.writerow(flatten(row))
            count += 1
    return count


def write_parquet(store: Store, flt: EventFilter, out: Path) -> int:
    count = 0
    with pq.ParquetWriter(out, EVENT_SCHEMA) as writer:
        chunk: list[dict[str, Any]] = []
        for row in contract_rows(store, flt):
            chunk.append(row)
            if len(chunk) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(chunk, schema=EVENT_SCHEMA))
                count += len(chunk)
                chunk = []
        if chunk:
            writer.write_table(pa.Table.from_pylist(chunk, schema=EVENT_SCHEMA))
            count += len(chunk)
    return count


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """Nested objects become dotted columns; lists become JSON text."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        field = EVENT_SCHEMA.field(key) if key in EVENT_SCHEMA.names else None
        if field is not None and pa.types.is_struct(field.type):
            for sub in field.type:
                out[f"{key}.{sub.name}"] = (value or {}).get(sub.name)
        elif isinstance(value, list):
            out[key] = json.dumps(value)
        else:
            out[key] = value
    return out
