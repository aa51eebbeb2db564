"""Exports: one file per table (articles, blocks, entities, mentions, sources, attributions,
attribution_about, claims, findings, inputs, failures) plus ``manifest.json``.

Columns are those of the store's tables, in schema order (new columns are only appended).
List-valued columns (``authors``, ``aliases``, ``cues``…) are JSON arrays in JSONL and JSON
text in CSV and Parquet; date-times are ISO 8601 text (UTC) except in Parquet (timestamps).
Files are written to a temporary name and renamed when complete.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from newsprobe.corpus.csv_cells import safe_row
from newsprobe.store.base import Store, StoreError
from newsprobe.store.schema import DATE_COLUMNS, EXPORT_TABLES, JSON_COLUMNS

FORMATS = ("jsonl", "csv", "parquet")
_SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}


def export(
    store: Store,
    out_dir: Path,
    *,
    format: str = "jsonl",
    layers: Sequence[str] | None = None,
    raw_csv: bool = False,
) -> list[Path]:
    """Write the tables of ``store`` into ``out_dir``; the written paths (manifest last).
    CSV cells a spreadsheet would evaluate get a ``'`` in front unless ``raw_csv``."""
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    tables = list(layers) if layers else list(EXPORT_TABLES)
    unknown = [t for t in tables if t not in EXPORT_TABLES]
    if unknown:
        raise StoreError(
            f"unknown table(s) {', '.join(unknown)}; known: {', '.join(EXPORT_TABLES)}"
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise StoreError(f"{out_dir}: exists and is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{out_dir}: cannot create folder: {exc.strerror or exc}") from None
    written: list[Path] = []
    manifest: dict[str, Any] = {
        "schema_version": store.schema_version(),
        "format": format,
        "tables": {},
    }
    for table in tables:
        columns = store.table_columns(table)
        target = out_dir / f"{table}{_SUFFIX[format]}"
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            if format == "csv":
                rows = _csv(store, table, columns, tmp, raw=raw_csv)
            else:
                rows = _WRITERS[format](store, table, columns, tmp)
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"{target}: cannot write: {exc.strerror or exc}") from None
        written.append(target)
        manifest["tables"][table] = {
            "file": target.name,
            "rows": rows,
            "columns": [
                {
                    "name": n,
                    "type": _TYPE_NAMES.get(t, "string"),
                    "json": (table, n) in JSON_COLUMNS,
                    "datetime": (table, n) in DATE_COLUMNS,
                }
                for n, t in columns
            ],
        }
    path = out_dir / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(path)
    return written


_TYPE_NAMES = {"INTEGER": "integer", "REAL": "float", "TEXT": "string"}


def _jsonl(store: Store, table: str, columns: list[tuple[str, str]], target: Path) -> int:
    names = [n for n, _ in columns]
    decode = [(table, n) in JSON_COLUMNS for n in names]
    count = 0
    with target.open("w", encoding="utf-8") as handle:
        for batch in store.table_rows(table):
            for row in batch:
                obj = {
                    n: (json.loads(v) if d and v is not None else v)
                    for n, v, d in zip(names, row, decode, strict=True)
                }
                handle.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += len(batch)
    return count


def _csv(
    store: Store, table: str, columns: list[tuple[str, str]], target: Path, *, raw: bool = False
) -> int:
    count = 0
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([n for n, _ in columns])
        for batch in store.table_rows(table):
            writer.writerows(batch if raw else [safe_row(row) for row in batch])
            count += len(batch)
    return count


def _parquet(store: Store, table: str, columns: list[tuple[str, str]], target: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"INTEGER": pa.int64(), "REAL": pa.float64()}
    dates = [(table, n) in DATE_COLUMNS for n, _ in columns]
    schema = pa.schema(
        [
            (n, pa.timestamp("s") if d else types.get(t, pa.string()))
            for (n, t), d in zip(columns, dates, strict=True)
        ]
    )
    count = 0
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        for batch in store.table_rows(table, batch=5000):
            arrays = [
                pa.array([_date(row[i]) if dates[i] else row[i] for row in batch], type=field.type)
                for i, field in enumerate(schema)
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(batch)
    return count


def _date(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


_WRITERS = {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}
