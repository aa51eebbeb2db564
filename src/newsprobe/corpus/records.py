"""Splitting input files into records: one article each, or a :class:`Bad` with its reason.

* ``.txt``/``.html``/other files: the whole file is one record (offset 0).
* ``.jsonl``/``.ndjson`` (optionally ``.gz``): one record per non-blank line; ``offset`` is the
  byte offset of the line (in the decompressed stream), ``record`` its line number.
* ``.json``: an object is one record; an array gives one record per element (``offset`` is
  then the element index, ``record`` its 1-based number).
* ``.warc``/``.warc.gz``: one record per WARC ``response`` (or ``resource``) record with an
  HTML or text payload and a 2xx status; ``offset`` is the WARC record's offset in the file.
  Other records (requests, metadata, images, redirects) are not articles and are passed over.
* ``.wet``/``.warc.wet.gz`` (Common Crawl WET): one record per ``conversion`` record, its
  text with the record's URL and crawl date.
* ``.csv``/``.tsv``/``.parquet``: one record per row (``offset`` and ``record``: the row
  number), columns by header or options (:mod:`newsprobe.corpus.tables`).

Reading never raises for bad data: a malformed line, a truncated gzip member or WARC record,
an oversize record, an empty file… each becomes a :class:`Bad` and reading goes on where it
can (the next line; for truncated compressed data, nothing after the damage can be read).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from newsprobe.corpus.discover import input_format
from newsprobe.corpus.tables import Columns, TableError, encode, iter_csv, iter_parquet
from newsprobe.read.source import file_problem

RecordKind = Literal["file", "json", "html"]
#: A compressed file is read up to this many times its size decompressed (and at least
#: MIN_DECOMPRESSED bytes): news JSON compresses 4 to 10 times, a compression bomb a
#: thousand times, and the rest of such a file becomes one failure instead of filling the disk.
MAX_RATIO = 100
MIN_DECOMPRESSED = 64 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Record:
    """One input record, ready for a worker."""

    path: str
    offset: int
    record: int | None
    kind: RecordKind
    data: bytes
    url: str | None = None
    #: When the page was fetched (a WARC response record's ``WARC-Date``, ISO 8601): the time
    #: relative date stamps are counted back from (``Metadata.read_at``).
    fetched: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def label(self) -> str:
        """Where it came from, for ``meta.source_path`` and messages."""
        if self.record is None and self.offset == 0:
            return self.path
        return f"{self.path}#{self.record if self.record is not None else f'@{self.offset}'}"


@dataclass(frozen=True)
class Bad:
    """Input that cannot become an article, found while reading the file."""

    path: str
    offset: int
    record: int | None
    reason: str
    size: int = 0


def _mb(n: int) -> str:
    return f"{n:,} bytes"


def iter_records(
    path: Path, *, max_bytes: int, columns: Columns | None = None
) -> Iterator[Record | Bad]:
    """The records of one input file, in file order (``columns``: of a CSV/TSV/Parquet)."""
    where = str(path)
    problem = file_problem(path)  # a symlink loop, a FIFO, a socket: named as what it is
    if problem:
        yield Bad(where, 0, None, problem)
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Bad(where, 0, None, f"cannot read file: {exc.strerror or exc}")
        return
    if size == 0:
        yield Bad(where, 0, None, "empty file")
        return
    fmt = input_format(path)
    try:
        if fmt == "jsonl":
            yield from _jsonl(path, max_bytes)
        elif fmt == "warc":
            yield from _warc(path, size, max_bytes)
        elif fmt in ("csv", "parquet"):
            yield from _table(path, fmt, columns or Columns(), max_bytes)
        elif size > max_bytes:
            yield Bad(
                where,
                0,
                None,
                f"file is {_mb(size)}, over the size limit of {_mb(max_bytes)}",
                size,
            )
        elif fmt == "json":
            yield from _json(path)
        else:
            yield Record(where, 0, None, "file", path.read_bytes())
    except OSError as exc:
        yield Bad(where, 0, None, f"cannot read file: {exc.strerror or exc}")


# -- JSON Lines ------------------------------------------------------------------------------
def _open(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _jsonl(path: Path, max_bytes: int) -> Iterator[Record | Bad]:
    compressed = path.name.lower().endswith(".gz")
    limit = max(MIN_DECOMPRESSED, MAX_RATIO * path.stat().st_size) if compressed else None
    with _open(path) as handle:
        yield from jsonl_lines(str(path), handle, max_bytes, limit=limit)


def jsonl_lines(
    where: str,
    handle: BinaryIO,
    max_bytes: int,
    *,
    offset: int = 0,
    number: int = 0,
    end: int | None = None,
    limit: int | None = None,
) -> Iterator[Record | Bad]:
    """The JSON Lines records read from ``handle``, which stands at byte ``offset`` of the
    file at the start of line ``number + 1``; lines starting at ``end`` or later are left
    to whoever reads from there (a batch shard: a byte range of one file).  ``limit``: the
    most (decompressed) bytes read before the rest is one failure (a compression bomb).
    A run of lines identical to the one before is counted and reported once."""
    previous: bytes | None = None
    previous_number = 0
    repeats: list[int] = [0, 0, 0]  # count, first line number, byte offset of the run

    def repeated() -> Bad:
        count, first, at = repeats
        repeats[:] = [0, 0, 0]
        return Bad(
            where,
            at,
            first,
            f"line repeated {count:,} more time{'s' if count > 1 else ''} (identical to "
            f"line {previous_number:,}): counted, not stored one by one",
            0,
        )

    while end is None or offset < end:
        if limit is not None and offset > limit:
            if repeats[0]:
                yield repeated()
            yield Bad(
                where,
                offset,
                number + 1,
                f"decompressed data passed {_mb(limit)} ({MAX_RATIO} times the file's "
                "size, a compression bomb?): the rest of the file is not read",
            )
            return
        try:
            line = handle.readline(max_bytes + 1)
            if len(line) > max_bytes and not line.endswith(b"\n"):
                skipped = len(line)
                while True:  # the rest of the oversize line
                    rest = handle.readline(_CHUNK)
                    skipped += len(rest)
                    if not rest or rest.endswith(b"\n"):
                        break
                number += 1
                yield Bad(
                    where,
                    offset,
                    number,
                    f"line is {_mb(skipped)}, over the size limit of {_mb(max_bytes)}",
                    skipped,
                )
                offset += skipped
                continue
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield Bad(where, offset, number + 1, f"truncated or corrupt gzip data: {exc}")
            return
        if not line:
            if repeats[0]:
                yield repeated()
            return
        number += 1
        start = offset
        offset += len(line)
        if not line.strip():
            continue
        if line == previous:
            if not repeats[0]:
                repeats[1:] = [number, start]
            repeats[0] += 1
            continue
        if repeats[0]:
            yield repeated()
        previous, previous_number = line, number
        yield _json_record(where, start, number, line.strip(), "line")
    if repeats[0]:
        yield repeated()


def _json_record(
    where: str, offset: int, number: int | None, data: bytes, what: str
) -> Record | Bad:
    """A record for one JSON object, or a Bad saying why it is not one."""
    try:
        obj = json.loads(data)
    except UnicodeDecodeError:
        return Bad(where, offset, number, f"{what} is not UTF-8 text", len(data))
    except json.JSONDecodeError as exc:
        return Bad(
            where,
            offset,
            number,
            f"{what} is not valid JSON: {exc.msg} at column {exc.colno}",
            len(data),
        )
    except RecursionError:
        return Bad(where, offset, number, f"{what} is JSON nested too deeply", len(data))
    if not isinstance(obj, dict):
        return Bad(
            where,
            offset,
            number,
            f"{what} is a JSON {type(obj).__name__}, expected an object with 'text' or 'html'",
            len(data),
        )
    return Record(where, offset, number, "json", data)


def _json(path: Path) -> Iterator[Record | Bad]:
    where = str(path)
    data = path.read_bytes()
    try:
        obj = json.loads(data)
    except UnicodeDecodeError:
        yield Bad(where, 0, None, "file is not UTF-8 JSON", len(data))
        return
    except json.JSONDecodeError as exc:
        yield Bad(
            where,
            0,
            None,
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            len(data),
        )
        return
    except RecursionError:
        yield Bad(where, 0, None, "file is JSON nested too deeply", len(data))
        return
    if not isinstance(obj, list):
        yield _json_record(where, 0, None, data, "file")
        return
    for index, item in enumerate(obj):
        encoded = json.dumps(item, ensure_ascii=False).encode("utf-8")
        yield _json_record(where, index, index + 1, encoded, f"element {index + 1}")


# -- CSV / TSV / Parquet: a row an article -------------------------------------------------
def _table(path: Path, fmt: str, columns: Columns, max_bytes: int) -> Iterator[Record | Bad]:
    where = str(path)
    rows = iter_csv if fmt == "csv" else iter_parquet
    try:
        for number, item in rows(path, columns, max_bytes):
            if isinstance(item, str):
                yield Bad(where, number, number, item)
            else:
                yield Record(where, number, number, "json", encode(item), url=item.get("url"))
    except TableError as exc:
        yield Bad(where, 0, None, str(exc).removeprefix(f"{where}: "))
    except (UnicodeDecodeError, ValueError) as exc:
        yield Bad(where, 0, None, f"not a readable table: {exc}")


# -- WARC ------------------------------------------------------------------------------------
def _unread(rec: Any) -> int:
    """Bytes a record declares but the file lacks, after reading what is there (warcio reads a
    skipped record through anyway to reach the next one)."""
    stream = rec.content_stream()
    while stream.read(65536):
        pass
    return getattr(rec.raw_stream, "limit", 0) or 0


def _wet(rec: Any, where: str, offset: int, number: int, max_bytes: int) -> Record | Bad:
    """A WET ``conversion`` record: its text with its URL and crawl date."""
    body = rec.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        _unread(rec)
        return Bad(where, offset, number, f"WET text is over the size limit of {_mb(max_bytes)}")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("utf-8", "replace")
    if not text.strip():
        return Bad(where, offset, number, "WET record has no text")
    obj: dict[str, str] = {"text": text}
    url = rec.rec_headers.get_header("WARC-Target-URI")
    if url:
        obj["url"] = url
    date = rec.rec_headers.get_header("WARC-Date")
    if date:
        obj["crawled"] = date
    return Record(where, offset, number, "json", encode(obj), url=url)


def _warc(path: Path, size: int, max_bytes: int) -> Iterator[Record | Bad]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    number = 0
    is_arc = path.name.lower().endswith((".arc", ".arc.gz"))
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        try:
            for rec in iterator:
                offset = iterator.offset  # start of this record (warcio sets it before yield)
                if rec.format != "warc" and not is_arc:
                    yield Bad(
                        where,
                        offset,
                        number + 1,
                        "not a readable WARC file: no WARC header where a record should start",
                    )
                    return
                if rec.rec_type == "conversion":  # Common Crawl WET: the page as plain text
                    number += 1
                    yield _wet(rec, where, offset, number, max_bytes)
                    continue
                if rec.rec_type not in ("response", "resource"):
                    continue
                number += 1
                url = rec.rec_headers.get_header("WARC-Target-URI")
                if rec.http_headers is not None:
                    status = rec.http_headers.get_statuscode() or ""
                    ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                    skip = not status.startswith("2")
                else:
                    ctype = (rec.rec_headers.get_header("Content-Type") or "").lower()
                    skip = False
                if skip or (ctype and not ctype.startswith(_HTML_TYPES)):
                    # Skipped (redirect, image…) unless the record was cut short: a truncated
                    # header block can look like another status or content type.
                    missing = _unread(rec)
                    if missing:
                        yield Bad(
                            where,
                            offset,
                            number,
                            f"truncated WARC record ({_mb(missing)} missing)",
                        )
                    continue
                if rec.length and rec.length > max_bytes + 65536:
                    yield Bad(
                        where,
                        offset,
                        number,
                        f"WARC record is {_mb(rec.length)}, over "
                        f"the size limit of {_mb(max_bytes)}",
                        rec.length,
                    )
                    continue
                body = rec.content_stream().read(max_bytes + 1)
                missing = getattr(rec.raw_stream, "limit", 0) or 0
                if missing and len(body) <= max_bytes:
                    yield Bad(
                        where,
                        offset,
                        number,
                        f"truncated WARC record ({_mb(missing)} missing)",
                        len(body),
                    )
                    continue
                if len(body) > max_bytes:
                    yield Bad(
                        where,
                        offset,
                        number,
                        f"WARC payload is over the size limit of {_mb(max_bytes)}",
                        len(body),
                    )
                    continue
                if not body.strip():
                    yield Bad(where, offset, number, "WARC record has an empty payload")
                    continue
                yield Record(
                    where,
                    offset,
                    number,
                    "html" if "html" in ctype or not ctype else "file",
                    body,
                    url=url,
                    fetched=rec.rec_headers.get_header("WARC-Date"),
                )
        except ArchiveLoadFailed as exc:
            yield Bad(where, iterator.offset, number + 1, f"not a readable WARC file: {exc}")
            return
        except (EOFError, zlib.error, gzip.BadGzipFile, ValueError) as exc:
            yield Bad(
                where,
                iterator.offset,
                number + 1,
                f"truncated or corrupt WARC data: {type(exc).__name__}: {exc}",
            )
            return
        if iterator.offset < size:
            yield Bad(
                where,
                iterator.offset,
                number + 1,
                f"truncated or corrupt WARC data: {_mb(size - iterator.offset)} after "
                f"offset {iterator.offset:,} could not be read",
            )
