"""Reading GermEval 2014 NER files (NoSta-D, CC BY 4.0) and turning tag columns into spans.

A file holds one token a line (``idx<TAB>token<TAB>outer<TAB>inner``), sentences separated by
blank lines, each preceded by ``#<TAB>URL<TAB>[date]``.  Only the *outer* column is used.
Labels ending in ``deriv`` or ``part`` ("russische", "Putin-Truppen") are O on both sides of the
score, and ``OTH`` is newsprobe's ``MISC``.  A sentence is *news* when its URL is not Wikipedia.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

#: GermEval class → newsprobe entity type.
CLASS_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
TYPES = ("PER", "ORG", "LOC", "MISC")


class GermEvalError(ValueError):
    """A file that is not in GermEval format."""


@dataclass(frozen=True)
class GoldSentence:
    """One annotated sentence: tokens, normalised BIO tags (PER/ORG/LOC/MISC), its source."""

    words: tuple[str, ...]
    tags: tuple[str, ...]
    url: str = ""
    date: str = ""
    #: ``""`` for GermEval; another corpus's sentences name theirs (``sd-news``, ``eu``…, see
    #: :mod:`newsprobe.entities.corpora`).
    domain: str = ""

    @property
    def news(self) -> bool:
        return "wikipedia.org" not in self.url

    @property
    def key(self) -> str:
        """A stable identity for the sentence (its words), used to match training data."""
        return hashlib.sha1("\x1f".join(self.words).encode("utf-8")).hexdigest()[:16]


def normalise_tag(tag: str) -> str:
    """``B-LOC`` → ``B-LOC``; ``B-OTH`` → ``B-MISC``; ``B-LOCderiv``/``I-ORGpart`` → ``O``."""
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    cls = tag[2:]
    if cls not in CLASS_MAP:
        return "O"
    return f"{tag[0]}-{CLASS_MAP[cls]}"


def read(path: Path) -> list[GoldSentence]:
    """The sentences of one GermEval file; :class:`GermEvalError` when the format is wrong."""
    return list(iter_sentences(path.read_text("utf-8").splitlines(), str(path)))


def iter_sentences(lines: Iterable[str], name: str = "<data>") -> Iterator[GoldSentence]:
    words: list[str] = []
    tags: list[str] = []
    url = date = ""
    for number, line in enumerate(lines, 1):
        if line.startswith("#\t") or line == "#":
            parts = line.split("\t")
            url = parts[1] if len(parts) > 1 else ""
            date = parts[2].strip("[]") if len(parts) > 2 else ""
            continue
        if not line.strip():
            if words:
                yield GoldSentence(tuple(words), tuple(repair_tags(tags)), url, date)
            words, tags = [], []
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            raise GermEvalError(f"{name}:{number}: expected idx, token, outer tag columns")
        words.append(cols[1])
        tags.append(normalise_tag(cols[2]))
    if words:
        yield GoldSentence(tuple(words), tuple(repair_tags(tags)), url, date)


def repair_tags(tags: Sequence[str]) -> list[str]:
    """An I- tag whose B- became O (``B-LOCpart I-LOC`` does not occur, but be safe) opens."""
    out: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of a BIO sequence (end exclusive)."""
    found: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            found.add((start, i, kind))
            start = -1
        if tag.startswith("B-") or (tag.startswith("I-") and start < 0):
            start, kind = i, tag[2:]
    return found


def files_in(data: Path) -> list[Path]:
    """The GermEval files at ``data`` (a file, or the ``*.tsv`` files of a folder)."""
    if data.is_file():
        return [data]
    return sorted(p for p in data.glob("*.tsv") if p.is_file())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
