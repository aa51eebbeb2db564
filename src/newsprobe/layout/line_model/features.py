"""Features of the lines of a whole-page text for the line model (run time and training).

Every feature is a shape of the line or of its neighbourhood: length, stop-word share,
sentence punctuation, capitalisation, link share, bullets, position, repetition on the page,
the prose zone around it, and what the furniture rules said about it.  No word of any page
is a feature (the stop words are a fixed list written here), so the trained model holds no
text of the pages it learned from.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import Any, Protocol


class Line(Protocol):
    """What the features read of a line (``newsprobe.layout.lines.Line``)."""

    text: str
    bullet: bool
    blank_before: bool
    content_start: int
    pieces: list[Any]

    @property
    def words(self) -> int: ...

    @property
    def content_end(self) -> int: ...


_STOP_WORDS = (
    "der die das den dem des ein eine einen einem einer eines und oder aber nicht auch ist "
    "sind war waren wird werden wurde wurden hat haben hatte hatten sich sie er es wir ihr "
    "ich man mit von zu zum zur im in am an auf aus bei nach für über unter vor durch dass "
    "daß als wie wenn so noch nur schon sehr mehr um bis seit gegen ohne doch dann the a an "
    "and or but not is are was were be been has have had it its he she they we you i of to in "
    "on at by for from with as that this which who will would can could also than then there "
    "their his her our more only after before about into over "
)
STOP_WORDS = frozenset(_STOP_WORDS.split())
WORD = re.compile(r"\w+")
SENT_END = re.compile(r"[.!?…][\"'“”»«’)]*$")
DATE = re.compile(
    r"\b\d{1,2}\.\s?\d{1,2}\.\s?(\d{2}|\d{4})\b|\b\d{4}-\d{2}-\d{2}\b|"
    r"\b\d{1,2}\.?\s(Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)\w*\.?\s\d{4}|"
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s\d{1,2},?\s\d{4}"
)
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s?(Uhr|h|am|pm|AM|PM)?\b")
HEADING = re.compile(r"^#{1,6}\s")
MENU_SEP = re.compile(r"\s[|»›>•·/]\s")


def _bin(value: float, edges: Sequence[float]) -> int:
    return bisect_left(edges, value)


def is_prose(line: Line) -> bool:
    """Whether a line reads as running text: long, or a sentence of 12+ words."""
    return (line.words >= 12 and bool(SENT_END.search(line.text))) or line.words >= 30


def link_share(line: Line, links: Sequence[tuple[int, int]], starts: list[int]) -> float:
    """Share of the line's characters inside links."""
    if not links:
        return 0.0
    i = max(0, bisect_left(starts, line.content_start) - 1)
    covered = 0
    end = line.content_end
    while i < len(links) and links[i][0] < end:
        a, b = links[i]
        covered += max(0, min(b, end) - max(a, line.content_start))
        i += 1
    return covered / max(1, len(line.text))


def _shape(line: Line, link: float) -> dict[str, str]:
    text = line.text
    words = WORD.findall(text)
    n = len(words)
    f: dict[str, str] = {
        "w": str(_bin(n, (1, 2, 3, 5, 8, 12, 20, 35, 60))),
        "c": str(_bin(len(text), (10, 20, 40, 80, 160, 320))),
        "end": (
            "sent"
            if SENT_END.search(text)
            else ":"
            if text.endswith(":")
            else "digit"
            if text[-1:].isdigit()
            else "other"
        ),
        "lk": str(_bin(link, (0.01, 0.3, 0.7, 0.95))),
    }
    if n >= 3:
        stop = sum(1 for w in words if w.casefold() in STOP_WORDS) / n
        f["stop"] = str(_bin(stop, (0.01, 0.1, 0.2, 0.3)))
        if n < 8:  # titles and menus; in prose the share is a matter of language (German nouns)
            caps = sum(1 for w in words if w[:1].isupper()) / n
            f["cap"] = str(_bin(caps, (0.2, 0.4, 0.6, 0.9)))
    elif n:
        f["cap"] = "u" if words[0][:1].isupper() else "l"
    first = text[:1]
    f["first"] = (
        "up" if first.isupper() else "lo" if first.islower() else "d" if first.isdigit() else "p"
    )
    return f


def page_features(lines: Sequence[Line], links: Sequence[tuple[int, int]] = ()) -> list[list[str]]:
    """One list of feature strings per line (crfsuite item features)."""
    n = len(lines)
    starts = [a for a, _ in links]
    links_share = [link_share(ln, links, starts) for ln in lines]
    shapes = [_shape(ln, lk) for ln, lk in zip(lines, links_share, strict=True)]
    keys = [" ".join(WORD.findall(ln.text.casefold())) for ln in lines]
    repeats = Counter(keys)
    prose = [i for i, ln in enumerate(lines) if is_prose(ln)]
    first_prose, last_prose = dense_region(lines)
    first_any = prose[0] if prose else n
    last_any = prose[-1] if prose else -1
    short = [ln.words <= 4 for ln in lines]
    run = [0] * n
    i = 0
    while i < n:
        j = i
        while j < n and short[j]:
            j += 1
        for k in range(i, j):
            run[k] = j - i
        i = max(j, i + 1)
    any_links = "y" if links else "n"
    out: list[list[str]] = []
    for i, line in enumerate(lines):
        text = line.text
        sh = shapes[i]
        feats = ["bias", f"links_in_page={any_links}"]
        feats += [f"{k}={v}" for k, v in sh.items()]
        feats.append(f"w|lk={sh['w']}|{sh['lk']}")
        feats.append(f"w|end={sh['w']}|{sh['end']}")
        if line.bullet:
            feats.append("bullet")
        if HEADING.match(text):
            feats.append("md_heading")
        if line.blank_before:
            feats.append("blank_before")
        if DATE.search(text):
            feats.append("date")
        if TIME.search(text):
            feats.append("time")
        if "©" in text or "(c)" in text.casefold():
            feats.append("copyright")
        if "@" in text:
            feats.append("at")
        if "http" in text or "www." in text:
            feats.append("url")
        if MENU_SEP.search(text):
            feats.append("menu_sep")
        if line.pieces:
            p = line.pieces[0]
            feats.append(
                f"rule={p.kind.value if p.kind else p.removed.value if p.removed else '-'}"
            )
        feats.append(f"pos={_bin(i / max(1, n), (0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95))}")
        if i < 3:
            feats.append(f"from_start={i}")
        if n - 1 - i < 3:
            feats.append(f"from_end={n - 1 - i}")
        feats.append(f"rep={min(repeats[keys[i]], 3)}")
        zone = "before" if i < first_prose else "after" if i > last_prose else "inside"
        feats.append(f"zone={zone}")
        dist = min((abs(i - p) for p in _near(prose, i)), default=99)
        feats.append(f"dist={_bin(dist, (0, 1, 2, 4, 8, 16))}")
        feats.append(f"zone|w={zone}|{sh['w']}")
        feats.append(f"zone|lk={zone}|{sh['lk']}")
        if zone != "inside":
            feats.append(
                f"zone_any={'before' if i < first_any else 'after' if i > last_any else 'inside'}"
            )
            edge = first_prose - i if zone == "before" else i - last_prose
            feats.append(f"zone_dist={zone}{_bin(edge, (1, 2, 3, 5, 10, 20))}")
        feats.append(f"run={_bin(run[i], (0, 1, 2, 3, 5, 10))}")
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                o = shapes[j]
                feats.append(f"{off}:w={o['w']}")
                feats.append(f"{off}:end={o['end']}")
                feats.append(f"{off}:lk={o['lk']}")
                if off in (-1, 1):
                    feats.append(f"{off}:w|w={o['w']}|{sh['w']}")
                    if lines[j].bullet:
                        feats.append(f"{off}:bullet")
            else:
                feats.append(f"{off}:none")
        out.append(feats)
    return out


#: What a line that is not prose costs the dense region, in characters of prose.
LINE_COST = 40


def dense_region(lines: Sequence[Line], cost: int = LINE_COST) -> tuple[int, int]:
    """First and last line of the stretch of the page densest in prose: the stretch that
    maximises the characters of its prose lines minus ``cost`` for each other line (the
    maximum-sum segment, as in body-text extraction).  A photo gallery or a few short
    subheadings inside an article cost less than its paragraphs weigh, a menu of fifty
    items more.  ``(len(lines), -1)`` when the page has no prose line."""
    best, best_span = 0, (len(lines), -1)
    total, start = 0, 0
    for i, line in enumerate(lines):
        gain = len(line.text) if is_prose(line) else -cost
        if total <= 0:
            total, start = 0, i
        total += gain
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _near(prose: list[int], i: int) -> list[int]:
    k = bisect_left(prose, i)
    return prose[max(0, k - 1) : k + 1]
