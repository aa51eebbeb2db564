"""Entry points: a path or bytes in, an :class:`Analysis` with normalised text out."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path

from newsprobe.model import InputKind, Metadata
from newsprobe.read.decode import decode
from newsprobe.read.document import RawDocument
from newsprobe.read.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(
    r"</?(p|div|span|a|br|h[1-6]|article|section|li|ul|img|meta|script)\b[^>]*>", re.I
)


def detect_kind(text: str, name: str | None = None) -> InputKind:
    """HTML or plain text (or a JSON article object), from the name and the content."""
    suffix = Path(name).suffix.lower() if name else ""
    head = text[:4096]
    if suffix == ".json" or (head.lstrip().startswith("{") and text.rstrip().endswith("}")):
        return InputKind.JSON
    if suffix in {".html", ".htm", ".xhtml"} or _HTML_START.match(head):
        return InputKind.HTML
    if len(_HTML_TAG.findall(head)) >= 5:
        return InputKind.HTML
    return InputKind.TEXT


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one file; a clear :class:`InputError` for anything that is not an article file."""
    p = Path(path)
    where = str(path)
    if not p.exists():
        raise InputError("no such file", path=where)
    if p.is_dir():
        raise InputError("is a directory, expected a file", path=where)
    if not p.is_file():
        raise InputError("is not a regular file", path=where)
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"file is {size:,} bytes, over the size limit of {max_bytes:,} bytes", path=where
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=where) from None
    return read_bytes(data, name=where, max_bytes=max_bytes)


def read_bytes(
    data: bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> RawDocument:
    """Decode and parse raw input bytes (``name`` is used for errors and the kind hint)."""
    if len(data) > max_bytes:
        raise InputError(
            f"input is {len(data):,} bytes, over the size limit of {max_bytes:,} bytes", path=name
        )
    try:
        text, encoding = decode(data)
    except InputError as exc:
        raise InputError(str(exc), path=name) from None
    meta = Metadata(source_path=name, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())
    kind = detect_kind(text, name)
    if kind is InputKind.JSON:
        return _read_json(text, meta)
    if kind is InputKind.HTML:
        from newsprobe.read.html import read_html

        return read_html(text, meta)
    return RawDocument(text=text, meta=meta)


def _read_json(text: str, meta: Metadata) -> RawDocument:
    """A JSON object with ``text`` or ``html`` and optional url/title/published/outlet."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            path=meta.source_path,
        ) from None
    if not isinstance(obj, dict):
        raise InputError(
            "JSON input must be an object with a 'text' or 'html' field", path=meta.source_path
        )
    body = obj.get("text")
    html = obj.get("html")
    if not isinstance(body, str) and not isinstance(html, str):
        raise InputError("JSON object has no 'text' or 'html' string field", path=meta.source_path)
    for key, attr in (("url", "url"), ("title", "title"), ("outlet", "publisher")):
        if isinstance(obj.get(key), str) and obj[key].strip():
            setattr(meta, attr, obj[key].strip())
    if isinstance(obj.get("published"), str):
        try:
            meta.published = datetime.fromisoformat(obj["published"].replace("Z", "+00:00"))
        except ValueError:
            raise InputError(
                f"'published' is not an ISO date: {obj['published']!r}", path=meta.source_path
            ) from None
    crawled = obj.get("crawled")
    warnings: list[str] = []
    if meta.published is None and isinstance(crawled, str):
        try:  # a crawl record (Common Crawl WET) knows when it was fetched, not published
            meta.published = datetime.fromisoformat(crawled.replace("Z", "+00:00"))
            warnings.append("no publication date given: the crawl date stands in for it")
        except ValueError:
            pass
    meta.input_kind = InputKind.JSON
    if isinstance(html, str) and not isinstance(body, str):
        from newsprobe.read.html import read_html

        doc = read_html(html, meta)
        doc.meta.input_kind = InputKind.JSON
        doc.warnings += warnings
        return doc
    assert isinstance(body, str)
    if not body.strip():
        raise InputError("JSON 'text' field is empty", path=meta.source_path)
    if meta.title and not body.lstrip().startswith(meta.title):
        body = f"{meta.title}\n\n{body}"
    return RawDocument(text=body, meta=meta, warnings=warnings)
