"""Tables of articles: CSV/TSV (delimiter detected, header or not) and Parquet, one article a
row; and which column holds what (``--text-column`` … or detected).

A row becomes a JSON article record (``text``, ``title``, ``published``, ``url``,
``outlet``), read like any JSON article.  When the text column cannot be told, reading fails
with one clear message that names the columns seen and the options to pass.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from newsprobe.isotime import iso_datetime

FIELDS = ("text", "title", "date", "url", "outlet", "fetched")
#: Header names recognised for each field (case-insensitive).
KNOWN = {
    "text": ("text", "body", "content", "article", "articlebody", "article_text", "fulltext",
             "full_text", "raw_text", "maintext", "main_text", "story", "inhalt", "volltext"),
    "title": ("title", "headline", "heading", "titel", "überschrift", "schlagzeile"),
    "date": ("date", "published", "publishing_date", "published_at", "pubdate", "datetime",
             "timestamp", "date_publish", "datum", "publication_date"),
    "url": ("url", "link", "uri", "source_url", "article_url"),
    "outlet": ("outlet", "publisher", "source", "site", "domain", "source_domain", "medium",
               "quelle", "zeitung"),
    # when the page was fetched: the time relative date stamps ("vor 2 Stunden") count from
    "fetched": ("fetched", "fetched_at", "crawled", "crawled_at", "crawl_date", "date_download",
                "retrieved", "retrieved_at", "downloaded", "abgerufen"),
}  # fmt: skip
_OPTIONS = "--title-column, --date-column, --url-column, --outlet-column"
#: A headerless column is the text when its cells average at least this many characters
#: and every other column's average is at most a third of it.
MIN_TEXT_CHARS = 200


@dataclass(frozen=True)
class Columns:
    """Which column holds each field: a header name or a 1-based column number; None: detect
    (text) or leave out (the others)."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    fetched: str | None = None

    def given(self) -> bool:
        return any(getattr(self, f) for f in FIELDS)


class TableError(ValueError):
    """The table cannot be read as articles (the message says why and what to pass)."""


def _norm(name: str) -> str:
    return name.strip().strip("\ufeff").casefold()


def resolve(header: Sequence[str] | None, sample: Sequence[Sequence[str]], cols: Columns,
            where: str) -> dict[str, int]:  # fmt: skip
    """Column index of each field; :class:`TableError` when the text column is unclear."""
    names = [_norm(h) for h in header] if header is not None else None
    width = len(header) if header is not None else max((len(r) for r in sample), default=0)
    seen = (
        ", ".join(repr(h) for h in header)
        if header is not None
        else f"{width} unnamed columns (no header row)"
    )
    found: dict[str, int] = {}
    for f in FIELDS:
        want = getattr(cols, f)
        if want is None:
            continue
        if want.isdigit() and 1 <= int(want) <= width:
            found[f] = int(want) - 1
        elif names is not None and _norm(want) in names:
            found[f] = names.index(_norm(want))
        else:
            raise TableError(
                f"{where}: no column {want!r} for --{f}-column; columns seen: {seen}"
                + ("" if names is not None else f" (name them by number, 1 to {width})")
            )
    if names is not None:
        for f in FIELDS:
            if f not in found and getattr(cols, f) is None:
                hit = next((names.index(k) for k in KNOWN[f] if k in names), None)
                if hit is not None and hit not in found.values():
                    found[f] = hit
    if "text" not in found:
        means = _means(sample, width)
        best = max(range(width), key=lambda i: means[i]) if width else None
        if (
            best is not None
            and means[best] >= MIN_TEXT_CHARS
            and all(m <= means[best] / 3 for i, m in enumerate(means) if i != best)
        ):
            found["text"] = best
        else:
            raise TableError(
                f"{where}: cannot tell which column holds the article text; columns seen: "
                f"{seen}. Pass --text-column NAME (or its number; optionally {_OPTIONS})"
            )
    return found


def _means(rows: Sequence[Sequence[str]], width: int) -> list[float]:
    sums = [0] * width
    for row in rows:
        for i, cell in enumerate(row[:width]):
            sums[i] += len(cell)
    return [s / max(1, len(rows)) for s in sums]


def _iso(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    try:
        return iso_datetime(value).isoformat()
    except ValueError:
        pass
    for fmt in ("%d.%m.%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y, %H:%M", "%Y/%m/%d", "%d/%m/%Y",
                "%a, %d %b %Y %H:%M:%S %z", "%B %d, %Y"):  # fmt: skip
        try:
            return datetime.strptime(value, fmt).isoformat()
        except ValueError:
            continue
    return value  # not a date the reader knows: the record fails with the reader's message


def article(row: Sequence[Any], found: dict[str, int]) -> dict[str, str]:
    obj: dict[str, str] = {}
    for f, i in found.items():
        cell = row[i] if i < len(row) else None
        if cell is None:
            continue
        value = cell.isoformat() if isinstance(cell, datetime) else str(cell)
        if f in ("date", "fetched"):
            iso = _iso(value)
            if iso:
                obj["published" if f == "date" else "fetched"] = iso
        elif value.strip():
            obj["outlet" if f == "outlet" else f] = value
    return obj


# -- CSV / TSV -------------------------------------------------------------------------------
def _delimiter(head: str, suffix: str) -> str:
    """The candidate that splits the most lines into the same number of fields (text cells
    hold commas and semicolons, but not in the same number on every line)."""
    if suffix == ".tsv":
        return "\t"
    lines = [ln for ln in head.split("\n")[:50] if ln.strip()]
    if len(lines) > 1:
        lines = lines[:-1]  # the last line of the sample may be cut
    best, score = ",", (-1.0, 0)
    for d in (",", ";", "\t", "|"):
        counts = [ln.count(d) for ln in lines]
        if not any(counts):
            continue
        mode = max(set(counts), key=counts.count)
        if mode == 0:
            continue
        key = (counts.count(mode) / len(counts), -mode)
        if key > score:
            best, score = d, key
    return best


def _quotechar(head: str, delim: str) -> str:
    """``'`` when fields are quoted with it (10kGNAD writes ``label;'text'``), else ``"``."""
    lines = [ln.strip() for ln in head.split("\n")[:50] if ln.strip()]

    def quoted(q: str) -> int:
        return sum(1 for ln in lines if (f"{delim}{q}" in ln or ln[:1] == q) and ln[-1:] == q)

    return "'" if quoted("'") > quoted('"') else '"'


def _has_header(first: Sequence[str], rows: Sequence[Sequence[str]]) -> bool:
    names = [_norm(c) for c in first]
    if any(n in KNOWN[f] for f in FIELDS for n in names):
        return True
    if not rows or any(len(c) > 60 or not c.strip() for c in first):
        return False
    means = _means(rows, len(first))
    # a header row is short where the column below it is long
    return any(len(c) * 3 < m for c, m in zip(first, means, strict=False))


def iter_csv(path: Path, cols: Columns, max_bytes: int) -> Iterator[tuple[int, dict | str]]:
    """``(row number, article object or the reason the row is bad)``; TableError if the table
    cannot be read at all."""
    where = str(path)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open("rb") as raw:
        head = raw.read(1 << 16)
    encoding = "utf-8-sig"
    try:
        head.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            encoding = "cp1252"
    text_head = head.decode(encoding, "ignore")
    delim = _delimiter(text_head, path.suffix.lower())
    quote = _quotechar(text_head, delim)
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delim, quotechar=quote)
        sample: list[list[str]] = []
        for row in reader:
            sample.append(row)
            if len(sample) >= 50:
                break
        if not sample:
            raise TableError(f"{where}: the table has no rows")
        header = sample[0] if _has_header(sample[0], sample[1:]) else None
        if header is None and cols.given():
            named = [getattr(cols, f) for f in FIELDS if getattr(cols, f)]
            if any(not n.isdigit() for n in named) and any(
                _norm(n) in [_norm(c) for c in sample[0]] for n in named
            ):
                header = sample[0]
        body = sample[1:] if header is not None else sample
        found = resolve(header, body, cols, where)
        number = 1 if header is not None else 0
        for row in _chain(body, reader):
            number += 1
            if not any(c.strip() for c in row):
                continue
            yield number, _checked(article(row, found), max_bytes)


def _checked(obj: dict[str, str], max_bytes: int) -> dict[str, str] | str:
    """The article of a row, or why it is a failure (no text, text over the size limit)."""
    if "text" not in obj:
        return "row has no text in the text column"
    size = len(obj["text"].encode("utf-8"))
    if size > max_bytes:
        return f"text is {size:,} bytes, over the size limit of {max_bytes:,} bytes"
    return obj


def _chain(first: list[list[str]], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield from first
    yield from rest


# -- Parquet ---------------------------------------------------------------------------------
def iter_parquet(path: Path, cols: Columns, max_bytes: int) -> Iterator[tuple[int, dict | str]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise TableError(f"{path}: reading Parquet needs pyarrow (pip install pyarrow)") from None
    where = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:
        raise TableError(f"{where}: not a readable Parquet file: {exc}") from None
    header = [str(n) for n in pf.schema_arrow.names]
    first = next(pf.iter_batches(batch_size=50), None)
    sample = [
        [("" if v is None else str(v)) for v in r.values()]
        for r in (first.to_pylist() if first else [])
    ]
    found = resolve(header, sample, cols, where)
    number = 0
    for batch in pf.iter_batches(
        batch_size=1000, columns=[header[i] for i in sorted(set(found.values()))]
    ):
        names = batch.schema.names
        for rec in batch.to_pylist():
            number += 1
            row = [rec.get(n) if n in names else None for n in header]
            yield number, _checked(article(row, found), max_bytes)


def encode(obj: dict[str, str]) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")
