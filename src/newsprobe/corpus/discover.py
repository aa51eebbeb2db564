"""Finding the input files of an ingest: files, folders (recursive) and glob patterns."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsprobe.read.source import file_problem

#: Suffixes picked up inside folders (an explicitly named file is read whatever its suffix).
SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".html",
    ".htm",
    ".xhtml",
    ".json",
    ".jsonl",
    ".ndjson",
    ".jsonl.gz",
    ".ndjson.gz",
    ".warc",
    ".warc.gz",
    ".wet",
    ".wet.gz",
    ".csv",
    ".tsv",
    ".parquet",
)
_GLOB_CHARS = frozenset("*?[")


def input_format(path: Path | str) -> str:
    """``jsonl``, ``json``, ``warc``, ``csv``, ``parquet`` or ``file`` (one article: text or
    HTML) from the name (WET files are WARC files)."""
    name = str(path).lower()
    if name.endswith((".csv", ".tsv")):
        return "csv"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".wet", ".wet.gz")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    if name.endswith(".json"):
        return "json"
    return "file"


def is_input(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES) and not path.name.startswith(".")


@dataclass(frozen=True)
class Missing:
    """A given path that named nothing readable."""

    path: str
    reason: str


def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += (Path(root) / n for n in sorted(names) if is_input(Path(root) / n))
    return found


def discover(
    paths: Sequence[str], *, exclude: Sequence[Path] = ()
) -> tuple[list[Path], list[Missing]]:
    """The input files under ``paths`` (absolute, in order, each once) and the paths that named
    nothing.  ``exclude`` (e.g. the database itself) is never an input."""
    files: dict[Path, None] = {}
    missing: list[Missing] = []
    skip = {p.resolve() for p in exclude}

    def add(p: Path) -> None:
        try:
            resolved = p.resolve()
        except (RuntimeError, OSError):  # a symbolic link loop: read (and failed) as given
            resolved = p.absolute()
        if resolved not in skip:
            files.setdefault(resolved, None)

    for given in paths:
        p = Path(given).expanduser()
        if p.is_dir():
            found = _walk(p)
            if not found:
                missing.append(Missing(given, f"folder has no {'/'.join(SUFFIXES)} files"))
            for f in found:
                add(f)
        elif p.is_file():
            add(p)
        elif p.exists():
            missing.append(Missing(given, "is not a regular file or folder"))
        elif _GLOB_CHARS & set(given):
            matches = sorted(glob.glob(os.path.expanduser(given), recursive=True))
            hits = [Path(m) for m in matches]
            expanded = [f for h in hits for f in (_walk(h) if h.is_dir() else [h]) if f.is_file()]
            if not expanded:
                missing.append(Missing(given, "no files match this pattern"))
            for f in expanded:
                add(f)
        elif p.is_symlink():
            missing.append(Missing(given, file_problem(p) or "broken symbolic link"))
        else:
            missing.append(Missing(given, "no such file or folder"))
    return list(files), missing
