"""Shards of a batch run: planning them, reading their records, and their output folders.

A shard is one input file or a byte range of one.  Plain JSON Lines files are cut into ranges
at line starts (the line number at each cut is counted while planning, so records keep the
numbers an ingest gives them); any other file is one shard read with
:func:`newsprobe.corpus.records.iter_records`, so every reader that module knows (and any it
learns) works here unchanged.  A range of another format is read by keeping the records whose
offset falls inside it.

Each finished shard is a folder ``OUT/shards/<id>/`` with one Parquet file per table
(``articles``, the layer tables of :data:`newsprobe.store.schema.LAYER_TABLES`, ``failures``)
and ``_SUCCESS.json``, written last; the folder is built under a temporary name and renamed
into place, so it exists complete or not at all, and a retried task cannot add rows twice.
Rows are those of :mod:`newsprobe.store.flatten` (what an ingest writes), keyed by ``n``, the
record's number within the shard.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from newsprobe.corpus.discover import input_format
from newsprobe.corpus.records import Bad, Record, iter_records, jsonl_lines
from newsprobe.store.base import ArticleWrite, FailureWrite, InputRef, Prepared, Stage
from newsprobe.store.schema import LAYER_COLUMNS, LAYER_TABLES, MIGRATIONS

MARKER = "_SUCCESS.json"
SHARDS = "shards"
#: Tables of a shard folder, one Parquet file each.
SHARD_TABLES: tuple[str, ...] = ("articles", *LAYER_TABLES, "failures")
#: Columns of a shard's ``articles`` table before the store's article columns.
INPUT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("n", "INTEGER"),
    ("input_path", "TEXT"),
    ("input_offset", "INTEGER"),
    ("input_record", "INTEGER"),
    ("input_raw_sha256", "TEXT"),
    ("input_url", "TEXT"),
    ("text_sha256", "TEXT"),
)
#: How shard tables are written: zstd, and neither dictionaries nor column statistics
#: (``load`` reads every row; both cost more time than they save bytes here).
PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "use_dictionary": False,
    "write_statistics": False,
}
FAILURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("n", "INTEGER"),
    ("path", "TEXT"),
    ("offset", "INTEGER"),
    ("record", "INTEGER"),
    ("raw_sha256", "TEXT"),
    ("stage", "TEXT"),
    ("reason", "TEXT"),
)


class ShardError(ValueError):
    """A shard folder that cannot be read (damaged, from another newsprobe): one line."""


@dataclass(frozen=True)
class Shard:
    """One file, or the records starting in ``[start, end)`` of it."""

    path: str
    start: int = 0
    end: int | None = None
    #: Line number before ``start`` (JSON Lines ranges).
    first_record: int = 0
    size: int = 0

    @property
    def id(self) -> str:
        key = f"{self.path}\x1f{self.start}\x1f{self.end}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def label(self) -> str:
        if self.end is None and self.start == 0:
            return self.path
        return f"{self.path}@{self.start}-{self.end if self.end is not None else 'end'}"


# -- planning --------------------------------------------------------------------------------
def _splittable(path: Path) -> bool:
    return input_format(path) == "jsonl" and not path.name.lower().endswith(".gz")


#: Tapered ranges are never smaller than ``shard_bytes`` divided by this.
TAPER_FLOOR_SHARE = 8


def plan(files: Sequence[Path], shard_bytes: int, workers: int = 0) -> list[Shard]:
    """The shards of ``files``, in file order: plain JSON Lines files in ranges of about
    ``shard_bytes`` (cut at line starts), other files whole.

    With ``workers``, ranges taper towards the end of the run (guided scheduling): a range
    is at most half of what is left to do divided among the workers, so the last shards are
    small and the workers finish at about the same time instead of one working through a
    whole shard while the others wait (tasks run in the order they are planned)."""
    sizes = [_size(path) for path in files]
    left = sum(sizes)
    shards: list[Shard] = []
    for path, size in zip(files, sizes, strict=True):
        if size <= shard_bytes or not _splittable(path):
            shards.append(Shard(str(path), size=size))
        else:
            shards += _ranges(path, size, _cuts(shard_bytes, workers, left))
        left -= size
    return shards


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _cuts(shard_bytes: int, workers: int, left: int) -> Callable[[int], int]:
    """Range size for a cut ``done`` bytes into a file, with ``left`` bytes of the run
    (this file included) still to plan at its start."""
    if workers <= 0:
        return lambda done: shard_bytes
    floor = max(1, shard_bytes // TAPER_FLOOR_SHARE)
    return lambda done: max(floor, min(shard_bytes, (left - done) // (2 * workers)))


def _ranges(path: Path, size: int, cut: Callable[[int], int]) -> list[Shard]:
    """Cut a JSON Lines file at the first line start after every ``cut(start)`` bytes."""
    out: list[Shard] = []
    start, lines_before = 0, 0
    with path.open("rb") as handle:
        while start < size:
            target = start + cut(start)
            if target >= size:
                end = size
                lines = 0
            else:
                handle.seek(start)
                lines = 0
                pos = start
                while pos < target:  # count lines up to the cut
                    chunk = handle.read(min(1 << 20, target - pos))
                    if not chunk:
                        break
                    lines += chunk.count(b"\n")
                    pos += len(chunk)
                rest = handle.readline()  # the rest of the line the cut falls in
                end = pos + len(rest)
                if rest.endswith(b"\n"):
                    lines += 1
            out.append(Shard(str(path), start, end, lines_before, end - start))
            start, lines_before = end, lines_before + lines
    if out and out[-1].end == size:  # the last range reads to the end of the file
        last = out[-1]
        out[-1] = Shard(last.path, last.start, None, last.first_record, last.size)
    return out


# -- reading ---------------------------------------------------------------------------------
def shard_records(shard: Shard, max_bytes: int) -> Iterator[Record | Bad]:
    """The records of ``shard``, in file order."""
    path = Path(shard.path)
    if shard.start == 0 and shard.end is None:
        yield from iter_records(path, max_bytes=max_bytes)
        return
    if _splittable(path):
        try:
            with path.open("rb") as handle:
                handle.seek(shard.start)
                yield from jsonl_lines(
                    shard.path,
                    handle,
                    max_bytes,
                    offset=shard.start,
                    number=shard.first_record,
                    end=shard.end,
                )
        except OSError as exc:
            yield Bad(shard.path, shard.start, None, f"cannot read file: {exc.strerror or exc}")
        return
    for item in iter_records(path, max_bytes=max_bytes):  # any other format: by offset
        if item.offset >= shard.start and (shard.end is None or item.offset < shard.end):
            yield item


# -- output folders --------------------------------------------------------------------------
@cache
def _schema() -> dict[str, list[tuple[str, str]]]:
    """``(name, type)`` of the store's columns per table, read off the SQLite schema."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS:
            conn.executescript(script)
        return {
            table: [
                (r[1], (r[2] or "TEXT").upper())
                for r in conn.execute(f"PRAGMA table_info({table})")
            ]
            for table in ("articles", *LAYER_TABLES)
        }
    finally:
        conn.close()


@cache
def article_columns() -> tuple[str, ...]:
    """The store's article columns a :class:`Prepared` fills (all but id, hash, added_at)."""
    return tuple(n for n, _ in _schema()["articles"] if n not in {"id", "text_sha256", "added_at"})


@cache
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """``(name, type)`` of a shard table's columns."""
    if table == "articles":
        types = dict(_schema()["articles"])
        return (
            *INPUT_COLUMNS,
            *((n, types[n]) for n in article_columns()),
            ("analysis", "BLOB"),
        )
    if table == "failures":
        return FAILURE_COLUMNS
    types = dict(_schema()[table])
    return (("n", "INTEGER"), *((n, types[n]) for n in LAYER_COLUMNS[table]))


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    kinds = {"INTEGER": pa.int64(), "REAL": pa.float64(), "BLOB": pa.binary()}
    return pa.schema([(n, kinds.get(t, pa.string())) for n, t in columns(table)])


@dataclass
class ShardOutput:
    """What a task collected for its shard: one write per record, in record order."""

    shard: Shard
    writes: list[tuple[int, ArticleWrite | FailureWrite]] = field(default_factory=list)
    #: ``n`` of records whose input URL the container gave (a WARC target URI).
    urls: dict[int, str] = field(default_factory=dict)


def done_folder(out: Path, shard: Shard) -> Path:
    return out / SHARDS / shard.id


def is_done(out: Path, shard: Shard) -> bool:
    return (done_folder(out, shard) / MARKER).is_file()


def write_shard(out: Path, output: ShardOutput, summary: dict[str, Any]) -> bool:
    """Write the shard's folder (tables, then the marker) and move it into place; False when
    another attempt of the same shard finished first (its folder is kept, this one dropped)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = done_folder(out, output.shard)
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.tmp"
    tmp.mkdir(parents=True)
    try:
        rows: dict[str, list[Sequence[Any]]] = {t: [] for t in SHARD_TABLES}
        #: ``n`` of each layer row (the layer rows are kept as the analysis made them).
        numbers: dict[str, list[int]] = {t: [] for t in LAYER_TABLES}
        for n, write in sorted(output.writes, key=lambda nw: nw[0]):
            ref = write.input
            if isinstance(write, FailureWrite):
                rows["failures"].append(
                    (n, ref.path, ref.offset, ref.record, ref.raw_sha256, write.stage, write.reason)
                )
                continue
            p = write.prepared
            rows["articles"].append(
                (
                    n,
                    ref.path,
                    ref.offset,
                    ref.record,
                    ref.raw_sha256,
                    output.urls.get(n),
                    p.text_sha256,
                    *(p.article.get(c) for c in article_columns()),
                    p.analysis_blob,
                )
            )
            for table in LAYER_TABLES:
                layer = p.layers.get(table)
                if layer:
                    rows[table] += layer
                    numbers[table] += [n] * len(layer)
        counts = {}
        for table in SHARD_TABLES:
            schema = _arrow_schema(table)
            data = rows[table]
            width = len(schema) - (1 if table in numbers else 0)
            cols = list(zip(*data, strict=True)) if data else [()] * width
            if len(cols) != width:
                raise ValueError(f"{table}: rows of {len(cols)} values, expected {width}")
            if table in numbers:
                cols.insert(0, numbers[table])
            arrays = [pa.array(col, type=f.type) for col, f in zip(cols, schema, strict=True)]
            pq.write_table(
                pa.Table.from_arrays(arrays, schema=schema),
                tmp / f"{table}.parquet",
                **PARQUET_OPTIONS,
            )
            counts[table] = len(data)
        marker = {"shard": asdict(output.shard), "id": output.shard.id, "rows": counts, **summary}
        _write_synced(tmp / MARKER, json.dumps(marker, indent=1).encode("utf-8"))
        try:
            os.rename(tmp, target)
        except OSError:
            if (target / MARKER).is_file():  # a twin attempt won: its rows stand
                shutil.rmtree(tmp, ignore_errors=True)
                return False
            shutil.rmtree(target, ignore_errors=True)  # an incomplete leftover
            os.rename(tmp, target)
        _fsync_dir(target.parent)
        return True
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_failed_shard(out: Path, shard: Shard, reason: str, stage: Stage = "analyse") -> None:
    """A shard that never finished (its worker died on it every time), or a given path that
    named no file (``stage="discover"``): one failure row at the shard's start, so the run
    ends and ``load`` records why."""
    output = ShardOutput(shard)
    ref = InputRef(path=shard.path, offset=shard.start)
    output.writes.append((0, FailureWrite(ref, stage, reason)))
    write_shard(out, output, {"status": "failed", "reason": reason})


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- reading output back (load) --------------------------------------------------------------
def finished(out: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The finished shard folders under ``out`` with their markers, in input order."""
    root = out / SHARDS
    found = []
    if root.is_dir():
        for folder in root.iterdir():
            marker = folder / MARKER
            if folder.name.startswith(".") or not marker.is_file():
                continue
            try:
                info = json.loads(marker.read_text(encoding="utf-8"))
                key = (info["shard"]["path"], int(info["shard"]["start"]))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise ShardError(f"{marker}: not a newsprobe shard marker ({exc})") from None
            found.append((key, folder, info))
    return [(folder, info) for _, folder, info in sorted(found, key=lambda t: t[0])]


def read_writes(folder: Path) -> list[tuple[ArticleWrite | FailureWrite, str | None]]:
    """A shard folder's records as store writes, in record order, each with the URL its
    container gave (the loader turns articles whose raw bytes are stored already into
    :class:`~newsprobe.store.base.KnownWrite`, as an ingest does)."""
    import pyarrow.parquet as pq

    tables: dict[str, list[dict[str, Any]]] = {}
    for table in SHARD_TABLES:
        try:
            data = pq.read_table(folder / f"{table}.parquet")
        except (OSError, ValueError) as exc:
            raise ShardError(f"{folder}: cannot read {table}.parquet ({exc})") from None
        want = [n for n, _ in columns(table)]
        missing = [n for n in want if n not in data.column_names]
        if missing:
            raise ShardError(f"{folder}/{table}.parquet lacks columns {', '.join(missing)}")
        tables[table] = data.select(want).to_pylist()
    layers: dict[int, dict[str, list[tuple[Any, ...]]]] = {}
    for table in LAYER_TABLES:
        names = LAYER_COLUMNS[table]
        for row in tables[table]:
            layers.setdefault(row["n"], {}).setdefault(table, []).append(
                tuple(row[c] for c in names)
            )
    items: list[tuple[int, ArticleWrite | FailureWrite, str | None]] = []
    for row in tables["articles"]:
        ref = InputRef(
            row["input_path"], row["input_offset"], row["input_record"], row["input_raw_sha256"]
        )
        prepared = Prepared(
            text_sha256=row["text_sha256"],
            article={c: row[c] for c in article_columns()},
            analysis_blob=row["analysis"],
            layers=layers.get(row["n"], {}),
        )
        items.append((row["n"], ArticleWrite(ref, prepared), row["input_url"]))
    for row in tables["failures"]:
        ref = InputRef(row["path"], row["offset"], row["record"], row["raw_sha256"])
        items.append((row["n"], FailureWrite(ref, row["stage"], row["reason"]), None))
    return [(w, url) for _, w, url in sorted(items, key=lambda t: t[0])]
