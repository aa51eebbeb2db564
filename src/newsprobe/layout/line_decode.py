"""Decoding the line model on a whole page: which lines it removes as page furniture.

The line model (:mod:`newsprobe.layout.line_model`) gives each line of a plain text
P(article), P(headline) and P(furniture); this module turns them into removals (bars, a gap
rule, prose re-admitted next to the article) and finds the model's headline.  The rules of
:mod:`newsprobe.layout.lines` type the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class Line(Protocol):
    """What decoding reads of a line of :mod:`newsprobe.layout.lines`."""

    @property
    def text(self) -> str: ...

    @property
    def words(self) -> int: ...

    @property
    def typed(self) -> bool: ...


#: A line that ends a sentence (closing quotes and brackets after the mark allowed).
SENTENCE_END = re.compile(r"[.!?…]['\"“”»«’)]*$")
#: A photo credit that says what it is ("© Name", "Foto: Name", "Bildrechte: …").
CREDIT_LINE = re.compile(r"^(?:©|(?:bildrechte|bildquelle|fotos?|bild|photos?|image)\s*:)", re.I)
_LETTER = re.compile(r"[^\W\d_]")

#: A line the line model gives at least this probability of being page furniture is removed.
FURNITURE_P = 0.5
#: The model acts on whole pages only: when it finds at least this many furniture lines (menus,
#: footers, teaser lists); a scraped article with a few stray lines is left to the rules,
#: which type its captions, highlights and credits.
MIN_PAGE_FURNITURE = 10
#: On a page where the model is unsure of the article — fewer than ``SURE_WORDS`` words on
#: lines it gives P(furniture) < ``SURE_P`` — a long sentence (at least ``PROSE_WORDS`` words
#: ending a sentence) is removed only when the model is at least ``PROSE_P`` sure: there it
#: doubts the article's intro and its paragraphs outside the densest stretch (P 0.5-0.85) far
#: more often than menus, teasers and footers, which are short or do not end a sentence.
#: Where it is sure of an article, a doubted sentence beside it is more often a teaser.
PROSE_P = 0.85
PROSE_WORDS = 20
SURE_P = 0.2
SURE_WORDS = 200
#: ... unless it lies between two article lines and is less probable than this.
GAP_P = 0.9
#: A short page (fewer than ``MIN_PAGE_FURNITURE`` furniture lines) is still a whole page when
#: at least ``SHORT_PAGE_LINES`` lines, and ``SHORT_PAGE_SHARE`` of its lines with letters, are
#: furniture the model is sure of (P ≥ ``SHORT_PAGE_P``): a home page's menu and footer around
#: a few paragraphs.  A scraped article's stray lines are fewer, or doubtful.
SHORT_PAGE_LINES = 5
SHORT_PAGE_SHARE = 0.3
SHORT_PAGE_P = 0.9


def _furniture_bar(line: Line, lenient: bool) -> float:
    """The probability of furniture at which the line model removes ``line`` (``lenient``:
    on a page where the model is unsure of the article)."""
    if lenient and line.words >= PROSE_WORDS and SENTENCE_END.search(line.text):
        return PROSE_P
    return FURNITURE_P


def furniture_out(lines: Sequence[Line], probs: Sequence[dict[str, float]]) -> list[bool] | None:
    """Which lines the line model's ``probs`` remove as page furniture (None: leave the page
    to the rules, a clean article or a page the model misread)."""
    sure = sum(ln.words for ln, p in zip(lines, probs, strict=True) if p["O"] < SURE_P)
    lenient = sure < SURE_WORDS
    out = [
        not ln.typed and p["O"] >= _furniture_bar(ln, lenient) and p["O"] > p["H"]
        for ln, p in zip(lines, probs, strict=True)
    ]
    keep = [not o and not ln.typed for o, ln in zip(out, lines, strict=True)]
    # a doubtful line between two article lines is article text (a subheading, a short
    # paragraph): the article is one stretch of the page
    for i in range(1, len(lines) - 1):
        if out[i] and probs[i]["O"] < GAP_P and keep[i - 1] and keep[i + 1]:
            out[i] = False
    if sum(out) < MIN_PAGE_FURNITURE and not _short_page(lines, probs, out):
        return None  # an article with a few stray lines: the rules type it as before
    _readmit_numbered(lines, probs, out, keep)
    _readmit_prose(lines, probs, out, keep)
    if not any(k and ln.words >= 8 for k, ln in zip(keep, lines, strict=True)):
        return None  # the model would leave no article: it has misread the page
    return out


def _short_page(lines: Sequence[Line], probs: Sequence[dict[str, float]], out: list[bool]) -> bool:
    sure = sum(1 for o, p in zip(out, probs, strict=True) if o and p["O"] >= SHORT_PAGE_P)
    lettered = sum(1 for ln in lines if _LETTER.search(ln.text))
    return sure >= SHORT_PAGE_LINES and sure >= SHORT_PAGE_SHARE * lettered


#: A removed line that reads as prose (sentences) next to the article is article text unless
#: the model is at least this sure it is furniture: the article's second part after a
#: gallery, a forum post below the first, the lines of a list between paragraphs.
READMIT_P = 0.97
#: A prose line has at least this many words and ends a sentence (or is long).
READMIT_WORDS = 8


def _readmit_prose(
    lines: Sequence[Line], probs: Sequence[dict[str, float]], out: list[bool], keep: list[bool]
) -> None:
    """Grow the article from its kept lines over neighbouring prose the model doubted."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if not out[i] or probs[i]["O"] >= READMIT_P or not _readmit_shape(line):
                continue
            if _beside_article(lines, out, keep, i, -1) or _beside_article(lines, out, keep, i, 1):
                out[i] = False
                keep[i] = True
                changed = True


#: A numbered item ("1. Habe Zeit für Träume", "2) Statuten").
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
#: A list counts 1, 2, 3 … with at most this many lines between two items, has at least
#: ``LIST_ITEMS`` items and starts right below the article (``LIST_BELOW`` lines at most).
LIST_GAP = 6
LIST_ITEMS = 3
LIST_BELOW = 2


def _readmit_numbered(
    lines: Sequence[Line], probs: Sequence[dict[str, float]], out: list[bool], keep: list[bool]
) -> None:
    """A list numbered 1, 2, 3 … that starts below the article is part of it (the points of a
    how-to, an agenda): menus and footers are not counted, and a most-read list stands
    apart, under its own heading."""
    numbers = {}
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line.text)
        if m:
            numbers[i] = int(m.group(1))
    for start, n in numbers.items():
        if n != 1 or not any(
            keep[j] and not out[j] for j in range(max(0, start - LIST_BELOW), start)
        ):
            continue
        chain, i, want = [start], start, 2
        while True:
            nxt = next((j for j in range(i + 1, min(len(lines), i + LIST_GAP + 2))
                        if numbers.get(j) == want), None)  # fmt: skip
            if nxt is None:
                break
            chain.append(nxt)
            i, want = nxt, want + 1
        if len(chain) < LIST_ITEMS:
            continue
        for j in range(chain[0], chain[-1] + 1):
            if out[j] and probs[j]["O"] < (READMIT_P if j in chain else GAP_P):
                out[j] = False
                keep[j] = True


#: Lines that do not part a paragraph from the article: image placeholders and separators
#: (no letter) and photo credits ("© Name", "Foto: …") — at most this many between them.
SEE_THROUGH = 2


def _see_through(line: Line) -> bool:
    return not _LETTER.search(line.text) or bool(CREDIT_LINE.match(line.text))


def _beside_article(
    lines: Sequence[Line], out: list[bool], keep: list[bool], i: int, step: int
) -> bool:
    """Whether the first line from ``i`` in direction ``step`` that is no placeholder or
    credit (at most ``SEE_THROUGH`` passed over) is a kept article line."""
    j = i + step
    for _ in range(SEE_THROUGH + 1):
        if not 0 <= j < len(lines):
            return False
        if keep[j] and not out[j]:
            return True
        if not _see_through(lines[j]):
            return False
        j += step
    return False


def _readmit_shape(line: Line) -> bool:
    if line.words < READMIT_WORDS:
        return False
    return bool(SENTENCE_END.search(line.text)) or len(line.text) >= 160
