"""Reading main-text extraction datasets: trafilatura's snippet gold and scrapinghub's
article-extraction-benchmark.  Both are a JSON file of gold plus a folder of (gzipped) pages.

- ``trafilatura``: ``evaldata.json`` maps url -> ``{"file": "x.html", "with": [...],
  "without": [...]}``; pages as ``html/x.html.gz`` (or ``x.html``, here or under ``cache/``
  or ``eval/`` as in trafilatura's repo).
- ``scrapinghub``: ``ground-truth.json`` maps id -> ``{"articleBody": ..., "url": ...}``;
  pages as ``html/<id>.html.gz`` (or ``.html``).

Entries whose page cannot be found are counted and reported, never silently dropped.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from newsprobe.eval.base import EvalError, require_path

GOLD_FILES = {"trafilatura": "evaldata.json", "scrapinghub": "ground-truth.json"}
_PAGE_DIRS = ("html", "cache", "eval", ".")


@dataclass
class Page:
    """One gold page: where its HTML is and what the extracted text should (not) hold."""

    key: str
    path: Path
    url: str | None = None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    body: str | None = None  # full gold text (scrapinghub)

    def read(self) -> bytes:
        data = self.path.read_bytes()
        return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


@dataclass
class Dataset:
    root: Path
    format: str
    pages: list[Page]
    total: int  # entries in the gold file
    unmatched: list[str]  # gold entries without a page file


def dataset_root(data: Path) -> Path:
    """The dataset folder: ``data`` itself, or its parent when ``data`` is the gold file."""
    require_path(data)
    if data.is_file():
        if data.name in GOLD_FILES.values():
            return data.parent
        raise EvalError(f"expected a dataset folder, got a file: {data}")
    return data


def detect_format(root: Path) -> str:
    found = [fmt for fmt, name in GOLD_FILES.items() if (root / name).is_file()]
    if not found:
        raise EvalError(
            f"{root} is not an extraction dataset: expected "
            f"{' or '.join(GOLD_FILES.values())} in it"
        )
    return found[0]


def load(data: Path, fmt: str | None = None, limit: int | None = None) -> Dataset:
    """Read the gold file and match every entry to its page; :class:`EvalError` if none."""
    root = dataset_root(data)
    fmt = fmt or detect_format(root)
    gold_path = root / GOLD_FILES[fmt]
    if not gold_path.is_file():
        raise EvalError(f"{root} has no {GOLD_FILES[fmt]}: not a {fmt}-format dataset")
    gold = _read_json(gold_path)
    if not gold:
        raise EvalError(f"empty dataset: {gold_path} has no entries")
    index = _page_index(root)
    pages: list[Page] = []
    unmatched: list[str] = []
    for key, entry in gold.items():
        page = _page(fmt, str(key), entry, index)
        if page is None:
            name = entry.get("file") if fmt == "trafilatura" and isinstance(entry, dict) else None
            unmatched.append(name if isinstance(name, str) and name else str(key))
        else:
            pages.append(page)
    if not pages:
        raise EvalError(
            f"none of the {len(gold)} entries in {gold_path.name} has its page under {root}/html"
        )
    return Dataset(root, fmt, pages[:limit] if limit else pages, len(gold), unmatched)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read {path}: {exc}") from None
    if not isinstance(obj, dict):
        raise EvalError(f"{path}: expected a JSON object mapping keys to entries")
    return obj


def _page_index(root: Path) -> dict[str, Path]:
    """Page files by lower-cased name; earlier folders in ``_PAGE_DIRS`` win."""
    index: dict[str, Path] = {}
    for sub in _PAGE_DIRS:
        folder = root / sub
        if folder.is_dir():
            for path in folder.iterdir():
                if path.is_file():
                    index.setdefault(path.name.lower(), path)
    return index


def _candidates(name: str) -> list[str]:
    base = PurePosixPath(name.replace("\\", "/")).name.lower()
    stem = base.removesuffix(".gz")
    stems = [stem]
    if not stem.endswith((".html", ".htm")):
        stems += [stem + ".html", stem + ".htm"]
    return [c for s in stems for c in (s + ".gz", s)]


def _page(fmt: str, key: str, entry: Any, index: dict[str, Path]) -> Page | None:
    if not isinstance(entry, dict):
        return None
    name = entry.get("file") if fmt == "trafilatura" else key
    if not isinstance(name, str) or not name:
        return None
    path = next((index[c] for c in _candidates(name) if c in index), None)
    if path is None:
        return None
    if fmt == "trafilatura":
        return Page(
            key=name,
            path=path,
            url=key,
            with_=_strings(entry.get("with")),
            without=_strings(entry.get("without")),
        )
    body = entry.get("articleBody")
    return Page(
        key=key, path=path, url=entry.get("url"), body=body if isinstance(body, str) else ""
    )


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
