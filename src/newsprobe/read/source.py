"""Entry points: a path or bytes in, an :class:`Analysis` with normalised text out."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import stat
from pathlib import Path

from newsprobe.isotime import iso_datetime
from newsprobe.model import CRAWL_DATE, CRAWL_WARNING, InputKind, Metadata
from newsprobe.read.decode import MIXED_ENCODING, decode, scrub
from newsprobe.read.document import MAX_CHARS, RawDocument
from newsprobe.read.errors import InputError
from newsprobe.read.labels import json_labels

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_CHARS",
    "RawDocument",
    "file_problem",
    "read_bytes",
    "read_path",
]

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
    problem = file_problem(p)
    if problem:
        raise InputError(problem, path=where)
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


def file_problem(p: Path) -> str | None:
    """Why ``p`` cannot be read as an article file, or ``None``: each kind of path named as
    what it is (a symlink loop is not "no such file", a FIFO is not an empty file)."""
    try:
        st = p.stat()
    except OSError as exc:
        if p.is_symlink():
            try:
                p.resolve(strict=True)
            except RuntimeError:
                return "symbolic link loop"
            except OSError:
                return f"broken symbolic link (to {os.readlink(p)})"
            return f"cannot read file: {exc.strerror or exc}"
        if isinstance(exc, FileNotFoundError):
            return "no such file"
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read file: {exc.strerror or exc}"
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        return "is a directory, expected a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if not stat.S_ISREG(mode):
        return "is not a regular file"
    return None


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
        doc = _read_json(text, meta)
    elif kind is InputKind.HTML:
        from newsprobe.read.html import read_html

        doc = read_html(text, meta)
    else:
        doc = RawDocument(text=text, meta=meta)
    if encoding == MIXED_ENCODING:
        doc.warnings.append(
            "mixed encodings: lines decoded as UTF-8 where they are, as cp1252 where not"
        )
    return doc


def _read_json(text: str, meta: Metadata) -> RawDocument:
    """A JSON object with ``text`` or ``html`` and optional url/title/published/outlet."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            path=meta.source_path,
        ) from None
    except RecursionError:
        raise InputError(
            "JSON nested too deeply (an article object has a few levels)", path=meta.source_path
        ) from None
    if not isinstance(obj, dict):
        raise InputError(
            "JSON input must be an object with a 'text' or 'html' field", path=meta.source_path
        )
    obj = {k: scrub(v) if isinstance(v, str) else v for k, v in obj.items()}
    body = obj.get("text")
    html = obj.get("html")
    if not isinstance(body, str) and not isinstance(html, str):
        raise InputError("JSON object has no 'text' or 'html' string field", path=meta.source_path)
    for key, attr in (("url", "url"), ("title", "title"), ("outlet", "publisher")):
        if isinstance(obj.get(key), str) and obj[key].strip():
            setattr(meta, attr, obj[key].strip())
    if isinstance(obj.get("published"), str):
        try:
            meta.published = iso_datetime(obj["published"])
        except ValueError:
            raise InputError(
                f"'published' is not an ISO date: {obj['published']!r}", path=meta.source_path
            ) from None
    warnings: list[str] = []
    fetched = obj.get("fetched") or obj.get("crawled")
    if isinstance(fetched, str):
        # a crawl record (Common Crawl WET) knows when it was fetched, not published
        with contextlib.suppress(ValueError):
            meta.read_at = iso_datetime(fetched.strip())
    if meta.published is None and meta.read_at is not None and "crawled" in obj:
        # the page's own date (absolute, or relative to read_at) replaces it in the layout
        meta.published, meta.published_from = meta.read_at, CRAWL_DATE
        warnings.append(CRAWL_WARNING)
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
    return RawDocument(text=body, meta=meta, warnings=warnings, labels=json_labels(obj))
