"""Byline and date of a whole page: candidates around the headline, scored by their shapes.

A whole page (a browser copy, an inscriptis or lynx dump) has its byline and date near the
headline, but in shapes the byline lexicon does not know: the names alone ("Jasper Riemann"
on a line, "Adam Vidler and AP"), names and date on one line ("Stefan Trunzik , 26.04.2024
10:00 Uhr", "Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024"), a role after the name
("Von Sina Zehrfeld Landespolitische Korrespondentin"), a date with a label the lexicon lacks
("Publiziert: 01.07.2023, 11:16", "Published Jun 05, 2026 • 3 minute read") — and the line
model often removes such lines as furniture.  The same page also carries dates elsewhere:
teaser lists of other articles, comments, "Aktualisiert" stamps, captions.

:func:`find_page_meta` looks at the lines around the article's top (the headline, or the first
article line when no headline was found), gives each line a byline and a date score from its
shape (:func:`byline_score`, :func:`date_score`) discounted by its distance from that top,
types the best byline and the best date line (``BYLINE``, ``DATELINE``: kept in the canonical
text, left out of the article text) and records what they say in ``found`` (``authors``,
``published``; ``relative``: a relative date stamp's line when no date was found, see
:mod:`newsprobe.layout.relative_date`) for :func:`newsprobe.layout.metadata.apply_found`.
It runs on whole pages only (where the line model found page furniture), so clean articles
are typed as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from newsprobe.layout.lexicon import Furniture
from newsprobe.layout.line_model.features import Line as LineShape
from newsprobe.layout.metadata import (
    BYLINE_PREFIX,
    DATE,
    agency_byline,
    parse_authors,
    parse_date,
    split_names,
)
from newsprobe.layout.relative_date import relative_stamp
from newsprobe.model import BlockKind


def _when(text: str) -> re.Match[str] | None:
    """The date in ``text``, or a relative date stamp when it holds no date ("vor 14
    Minuten", "Kyle Wiggers 7 hours", "Heute, 12:37 Uhr": the lexicon's one grammar, see
    :func:`newsprobe.layout.relative_date.relative_stamp`) — no day can be read from it
    without the reading day, but it is a stamp all the same: its line is no headline, and
    names beside it are a byline."""
    return DATE.search(text) or relative_stamp(text)


class Line(LineShape, Protocol):
    """What this pass reads and types of a line of :mod:`newsprobe.layout.lines` (which
    imports this module, so the line is described, not imported)."""

    @property
    def typed(self) -> bool: ...

    def set(self, kind: BlockKind | None = ..., removed: Any = ..., reason: str = ...) -> None: ...


#: Lines looked at above and below the top of the article.
ABOVE = 6
BELOW = 14
#: A byline or date line is short.
MAX_WORDS = 22
_SENTENCE = re.compile(r"[.!?…]['\"“”»«’)]*$")
#: A candidate's score is its shape score times this per line of distance from the top.
DECAY = 0.93
#: The least (distance-discounted) score that types a line.
MIN_SCORE = 0.3
#: The byline score of names alone beside a date ("Jasper Riemann", "Schwabinger Tor" — a
#: place, a section): below a "Von …"/"By …" byline a few lines further down, which names the
#: authors for sure.
NAMES_ONLY = 0.6

#: What may stand around a date on a date line: labels, reading times, separators, places.
_DATE_LABEL = re.compile(
    r"\b(?:stand|zuletzt|aktualisiert|akt|veröffentlicht|publiziert|erstellt|erschienen|artikel|am|um|"
    r"uhr|published|updated|last|posted|on|at|lesezeit|lesedauer|min|minuten|minute|minutes|"
    r"read|reading|time|ist|cet|cest|mez|mesz|est|edt|pst|pdt|gmt|utc|ist|bst|aedt|aest|"
    r"mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"ago|vor|tag|tagen|day|days|hours?|stunden?)\b\.?",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[\s,;:|/•·–—\-()\[\]]+")
#: A time of day or a reading time left beside a date.
_TIME_LEFT = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?|\d+")
#: Labels that say a line is an update, not the publication.
_UPDATE = re.compile(r"\b(?:aktualisiert|akt\.|updated|last updated|stand)\b", re.IGNORECASE)
#: Words a photo caption or a teaser list uses around its date.
_NOT_STAMP = re.compile(
    r"\b(?:archivbild|archivfoto|bilder|video|foto|photo|image|ausgabe|seite|berichtet|"
    r"kommentare?|comments?)\b",
    re.IGNORECASE,
)


#: The date score of a short line that starts with a date, whatever follows: a blog's strip
#: of date, author, section and comment count.  Below a stamp (1.0) and below ``STAMP``: it
#: dates the article, it does not make a line a stamp.
DATE_FIRST = 0.6
STRIP_WORDS = 6


def date_score(text: str) -> float:
    """How much ``text`` looks like the date stamp of an article (0: not at all)."""
    m = _when(text)
    if not m or len(text.split()) > MAX_WORDS:
        return 0.0
    rest = text[: m.start()] + " " + text[m.end() :]
    rest = _DATE_LABEL.sub(" ", rest)
    rest = _TIME_LEFT.sub(" ", rest)
    left = [w for w in _SEPARATORS.split(rest) if w]
    score = 1.0 if not left else max(0.0, 0.85 - 0.15 * len(left))
    names = " ".join(left)
    if left and len(left) <= 5 and (split_names(names) or parse_authors(names)):
        score = max(score, 0.8)  # names beside the date: a byline with its date
    if _NOT_STAMP.search(text):
        score *= 0.3
    if _UPDATE.search(text) and not re.search(r"veröffentlicht|published|erstellt", text, re.I):
        score *= 0.8  # an update stamp: the publication date wins when it is there too
    if m.start() <= 1 and len(left) <= STRIP_WORDS and not _SENTENCE.search(text.rstrip()):
        # a metadata strip led by the date ("17. Februar 2020 Anna Beck Kommentare 4")
        score = max(score, DATE_FIRST)
    return score


def byline_names(text: str, fur: Furniture) -> list[str]:
    """The author names of a byline-shaped ``text``: a "Von …"/"By …" byline, names alone,
    or names beside a date ("Stefan Trunzik , 26.04.2024 10:00 Uhr")."""
    if not short(text):
        return []
    if (part := _prefixed_part(text)) is not None:
        return parse_authors(part)
    m = _when(text)
    parts = [text[: m.start()], text[m.end() :]] if m else [text]
    for part in parts:
        part = _DATE_LABEL.sub(" ", part) if m else part
        names = split_names(part.strip(" ,;:|/•·–—-"), fur.agencies)
        if names:
            return names
    return []


#: Where a line of page metadata is cut into parts ("News | Published: 5 hours ago | Written
#: by Anna Beck").
_META_PARTS = re.compile(r"\s[|·•]\s")


def short(text: str) -> bool:
    """A line short enough for a byline or date: at most ``MAX_WORDS`` words, or a strip of
    short metadata parts ("News | Published: 5 hours ago | Written by Anna Beck")."""
    if len(text.split()) <= MAX_WORDS:
        return True
    parts = _META_PARTS.split(text)
    return len(parts) >= 3 and all(len(p.split()) <= MAX_WORDS // 2 for p in parts)


def _prefixed_part(text: str) -> str | None:
    """``text`` when it is a "Von …"/"By …" byline, or its part that is one in a strip of
    metadata parts or after a date stamp; None when none is."""
    if BYLINE_PREFIX.match(text):
        return text
    parts = _META_PARTS.split(text)
    part = next((p for p in parts[1:] if BYLINE_PREFIX.match(p.strip())), None)
    return part if part is not None else _after_date(text)


#: A byline's prefix within a line, after a date stamp.
_MID_PREFIX = re.compile(r"(?<!\S)(?:von|by)(?!\S)", re.IGNORECASE)


def _after_date(text: str) -> str | None:
    """The "von …"/"by …" byline that follows a date stamp on ``text`` with only times, zones
    and date labels between ("11/19/2019 by Lars Brandle", "Monday November 18, 2019 7:45 am
    PST by Joe Rossignol", "1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.", "21.01.2022
    11:46 von" with the names on the next line); None when there is none."""
    m = _when(text)
    if m is None:
        return None
    rest = text[m.end() :]
    p = _MID_PREFIX.search(rest)
    if p is None:
        return None
    between = _TIME_LEFT.sub(" ", _DATE_LABEL.sub(" ", rest[: p.start()]))
    if any(_SEPARATORS.split(between)):
        return None
    return rest[p.start() :].strip()


def byline_score(text: str, fur: Furniture, dated: bool) -> float:
    """How much ``text`` looks like the byline of an article (0: not at all).  ``dated``:
    a date stamp stands on the line or next to it — names alone ("Jody Robbins") are a byline
    only there (a title-case menu item or teaser is not)."""
    names = byline_names(text, fur)
    if not names:
        return 0.0
    if _prefixed_part(text) is not None:
        return 1.0
    return NAMES_ONLY if dated or _when(text) else 0.0


_LETTER = re.compile(r"[^\W\d_]")


def _steps(lines: Sequence[Line], top: int) -> dict[int, int]:
    """Each line's distance from line ``top`` counted in lines that hold a letter: image
    placeholders ("*"), separators and empty markup between a headline, its date and the
    article's first paragraph do not push them apart (negative above ``top``)."""
    out = {top: 0}
    for step, rng in ((1, range(top + 1, len(lines))), (-1, range(top - 1, -1, -1))):
        d = 0
        for i in rng:
            if _LETTER.search(lines[i].text):
                d += 1
            out[i] = step * max(d, 1)
            if d > max(ABOVE, BELOW):
                break
    return out


def _anchor(lines: Sequence[Line], head: int | None) -> int | None:
    if head is not None:
        return head
    return next((i for i, ln in enumerate(lines) if not ln.typed and (len(ln.text) >= 160)), None)


def _free(line: Line) -> bool:
    """A line this pass may type: untyped, or removed by the line model alone."""
    return not line.typed or line.pieces[0].reason.startswith("line model")


def mark_meta_below(lines: Sequence[Line], fur: Furniture, head: int) -> None:
    """Type the byline and date lines the furniture lexicon knows just below the headline of
    a whole page (the lines the line model removed among them too)."""
    for line in lines[head + 1 : head + 10]:
        if line.typed and not line.pieces[0].reason.startswith("line model"):
            continue
        if line.bullet or line.words > 20:
            continue
        if fur.any(fur.byline, line.text):
            line.set(BlockKind.BYLINE)
        elif fur.any(fur.dateline, line.text):
            line.set(BlockKind.DATELINE)


def byline_cluster(lines: Sequence[Line], fur: Furniture) -> int | None:
    """The first line of the page that is a "Von …"/"By …" byline naming authors with a date
    stamp on it or within two lines ("Von" / "Felix Schwarz" / "15.04.2025, 17:59"): where
    the article's top is when the headline found stands elsewhere (a menu item, a caption),
    so that no byline or date was found around it.  Looked for above the article's first
    sentence only: an author box below the article names its author, not its top."""
    for i, line in enumerate(lines):
        if _prose(line):
            return None
        if line.words > MAX_WORDS or not BYLINE_PREFIX.match(line.text):
            continue
        if not (_free(line) or _bare_prefix(line)):
            continue
        if not parse_authors(_with_names_below(lines, i)):
            continue
        near = range(max(0, i - 2), min(len(lines), i + 4))
        if any(date_score(t := lines[j].text) >= 0.5 and (parse_date(t) or relative_stamp(t))
               for j in near):  # fmt: skip
            return i
    return None


def _prose(line: Line) -> bool:
    """A sentence the page keeps: the article (or its teaser) has begun."""
    kept = not (line.typed and line.pieces[0].removed)
    return kept and line.words >= LEAD_WORDS + 4 and bool(_SENTENCE.search(line.text.rstrip()))


def find_page_meta(
    lines: Sequence[Line],
    fur: Furniture,
    head: int | None,
    found: dict[str, object],
    top: int | None = None,
) -> int | None:
    """Type the byline and date lines around the top of a whole page's article (line ``top``;
    by default the headline, or the first article line); record the authors and the
    publication date they give in ``found``; return the first of those lines (None when none
    was found)."""
    top = _anchor(lines, head) if top is None else top
    if top is None:
        return None
    steps = _steps(lines, top)
    window = [
        i
        for i, d in sorted(steps.items())
        if -ABOVE <= d <= BELOW
        and (i != head or BYLINE_PREFIX.match(lines[i].text))
        and short(lines[i].text)
    ]
    best_by: tuple[float, int] | None = None
    best_date: tuple[float, int, datetime] | None = None
    best_rel: tuple[float, int] | None = None  # a relative stamp ("vor 2 Stunden")
    stamps = {i: date_score(lines[i].text) for i in window}
    for i in window:
        line = lines[i]
        typed_meta = line.typed and line.pieces[0].kind in (BlockKind.BYLINE, BlockKind.DATELINE)
        if not (_free(line) or typed_meta or _bare_prefix(line)):
            continue
        weight = DECAY ** abs(steps[i]) * (1.0 if i > top else 0.8)
        dated = any(stamps.get(j, 0.0) >= 0.5 for j in range(i - 2, i + 3) if j != i)
        b = byline_score(_with_names_below(lines, i), fur, dated) * weight
        if b >= MIN_SCORE and (best_by is None or b > best_by[0]):
            best_by = (b, i)
        d = stamps[i] * weight
        if d >= MIN_SCORE and (best_date is None or d > best_date[0]):
            when = parse_date(line.text)
            if when is not None:
                best_date = (d, i, when)
            elif (best_rel is None or d > best_rel[0]) and relative_stamp(line.text):
                best_rel = (d, i)
    _agency_bylines(lines, window, steps, stamps, found)
    if best_by is not None:
        i = best_by[1]
        bare = _bare_prefix(lines[i])
        names = byline_names(_with_names_below(lines, i), fur)
        # names alone on the next lines, one a line ("Jasper Riemann" / "Barbara Schneider"),
        # also below a bare "Von" / "By"
        alone = bare or (not BYLINE_PREFIX.match(lines[i].text) and not _when(lines[i].text))
        j = i + 1
        while alone and j <= i + 3 and j < len(lines) and _free(lines[j]) and lines[j].words <= 6:
            more = split_names(lines[j].text, fur.agencies)
            if not more:
                break
            names += [n for n in more if n not in names]
            _type(lines[j], BlockKind.BYLINE)
            j += 1
        found["authors"] = names
        _type(lines[i], BlockKind.BYLINE)
    if best_date is not None:
        _, i, when = best_date
        found["published"] = when
        if not (lines[i].typed and lines[i].pieces[0].kind is BlockKind.BYLINE):
            _type(lines[i], BlockKind.DATELINE)
    elif best_rel is not None and "relative" not in found:
        # no date without the reading day: the layout counts back from it when it has one
        found["relative"] = lines[best_rel[1]].text.strip()
    firsts = [b[1] for b in (best_by, best_date) if b is not None]
    return min(firsts) if firsts else None


#: A date stamp below the article is looked for among this many lines (with letters) after
#: its last paragraph.
FOOT_REACH = 4
#: … and before the first line of more words that is no stamp (a teaser's title).
FOOT_WORDS = 3


def footer_date(lines: Sequence[Line], found: dict[str, object]) -> None:
    """A page that prints no date by its headline may print it below the article ("20:34
    17.04.2020" above the tags, "20. Juni 2019 Anna Beck über Stars"): when none was found,
    type the first date stamp among the ``FOOT_REACH`` lines after the article's last
    paragraph and record its date in ``found`` (a teaser list further down is not read: the
    search ends at a line of more than ``FOOT_WORDS`` words)."""
    if "published" in found or "relative" in found:
        return
    last = next((i for i in range(len(lines) - 1, -1, -1) if _prose(lines[i])), None)
    if last is None:
        return
    seen = 0
    for line in lines[last + 1 :]:
        if not _LETTER.search(line.text) and not re.search(r"\d", line.text):
            continue
        seen += 1
        if seen > FOOT_REACH or _prose(line):
            return
        if date_score(line.text) < DATE_FIRST:
            if line.words > FOOT_WORDS:
                return  # a teaser's title: what follows is a list of other articles
            continue
        if not _free(line):
            continue
        when = parse_date(line.text)
        if when is not None:
            found["published"] = when
            _type(line, BlockKind.DATELINE)
            return


def echo_date(lines: Sequence[Line], head: int | None, found: dict[str, object]) -> None:
    """A page that prints no date by its headline (or a relative stamp only) may list its own
    article among others with its date ("Latest News" / the headline / "20 February, 2024"):
    when no date was found, the date stamp on the line next to a copy of the headline (a list
    mark before it allowed) is the article's date."""
    if head is None or "published" in found:
        return
    key = _LIST_MARK.sub("", lines[head].text.strip()).casefold()
    if len(key.split()) < ECHO_WORDS:
        return
    for j, line in enumerate(lines):
        if j == head or _LIST_MARK.sub("", line.text.strip()).casefold() != key:
            continue
        for k in (j + 1, j - 1):
            if 0 <= k < len(lines) and is_stamp(text := lines[k].text):
                when = parse_date(text)
                if when is not None:
                    found["published"] = when
                    return


#: An agency byline is looked for this many lines (with letters) from the article's top.
AGENCY_REACH = 4


def _agency_bylines(
    lines: Sequence[Line],
    window: Sequence[int],
    steps: dict[int, int],
    stamps: dict[int, float],
    found: dict[str, object],
) -> None:
    """Type the lines near the article's top that name an agency as its author ("Von dpa
    30.04.2024, 18:58", "Quelle: dpa Sport", or "dpa" alone beside a date stamp: alone and
    away from a date it is as likely a photo's credit) and record the agency in ``found``."""
    for i in window:
        line = lines[i]
        if abs(steps[i]) > AGENCY_REACH or not (_free(line) or line.pieces[0].kind is not None):
            continue
        named = agency_byline(line.text)
        if named is None:
            continue
        dated = any(stamps.get(j, 0.0) >= 0.5 for j in (i - 2, i - 1, i + 1, i + 2))
        if not (named[1] or dated):
            continue
        found.setdefault("codes", []).append(named[0])  # type: ignore[union-attr]
        _type(line, BlockKind.BYLINE)


#: The least date score of a line that is a date stamp and nothing else.
STAMP = 0.7
#: The headline is looked for among this many lines above the byline and date.
HEAD_REACH = 5


def headline_above(
    lines: Sequence[Line],
    head: int | None,
    meta_top: int,
    fits: Sequence[float],
    far: bool = False,
) -> int | None:
    """The line just above the byline and date that reads as a headline, when the headline
    found so far is no headline: none was found, or the line found is shaped like something
    else (a caption, a comment count, the byline itself).  Teaser sentences, labels ("Author of the
    article:") and lines shaped like something else (``fits`` below 1: captions, credits,
    comment counts) between are passed over.  ``far``: the byline and date were found away
    from the headline (:func:`byline_cluster`), which is then no headline either."""
    if (
        not far
        and head is not None
        and fits[head] >= 1.0
        and not BYLINE_PREFIX.match(lines[head].text)
    ):
        return None  # a headline-shaped line was found: the line model's choice stands
    for j in range(meta_top - 1, max(-1, meta_top - 1 - HEAD_REACH), -1):
        line = lines[j]
        if j == head and fits[j] >= 1.0:
            return None  # the headline found is the one right above the byline
        if head_shaped(line, fits[j]):
            return j
    return None


#: A headline stands at most this many lines (with letters) above its byline and date …
HEAD_APART = 8
#: … and a short one (a menu item, a section's or the site's name: at most ``SHORT_HEAD``
#: words) at most this many.
SHORT_APART = 5
SHORT_HEAD = 6


def apart(lines: Sequence[Line], head: int | None, meta_top: int) -> bool:
    """The headline found (line ``head``) stands too far above the byline and date found
    below it (more than ``HEAD_APART`` lines with letters between; ``SHORT_APART`` for a short
    line): a menu item, a section's or the site's name at the page's top, the byline and date
    by the article's own headline further down."""
    if head is None or head >= meta_top:
        return False
    between = sum(1 for ln in lines[head + 1 : meta_top] if _LETTER.search(ln.text))
    return between > (SHORT_APART if lines[head].words <= SHORT_HEAD else HEAD_APART)


def is_stamp(text: str) -> bool:
    """A line that is a date stamp ("28. Juni 2025 - 16.03 Uhr", "Wed, Oct 16, 2024 page1"),
    never a headline."""
    return date_score(text) >= STAMP


def head_shaped(line: Line, fit: float) -> bool:
    """A line this pass may make the headline: free (or typed the kicker of a headline that
    is none: a photo's caption with the article's headline above it), shaped like one
    (``fit``), neither a label, a list item, a teaser sentence, the names of a byline nor a
    date stamp."""
    kicker = [p.kind for p in line.pieces] == [BlockKind.KICKER]
    if line.typed and not (_free(line) or kicker):
        return False
    text = line.text.rstrip()
    if line.bullet or text.endswith(":") or fit < 1.0 or not 3 <= line.words <= 30:
        return False
    return not ((_SENTENCE.search(text) and line.words > 14) or split_names(text) or _when(text))


#: The article's lead: its first lines of at least this many words (their content words).
LEAD_LINES = 3
LEAD_WORDS = 8
#: How far above the article's first paragraph (in lines with letters) a headline is sought.
LEAD_REACH = 10


def headline_by_lead(
    lines: Sequence[Line], head: int | None, first: int, fits: Sequence[float]
) -> int | None:
    """A headline shares words with the article's lead; a menu item, a share bar or a section
    label standing where a headline would does not.  When the headline found so far shares no
    content word with the first ``LEAD_LINES`` article lines from line ``first`` on, the
    nearest headline-shaped line above ``first`` that shares at least two (one when it has
    at most three) is the headline; None: keep the one found."""
    from newsprobe.layout.line_model.cohesion import content_keys

    lead: set[str] = set()
    taken = 0
    for line in lines[first:]:
        if line.words >= LEAD_WORDS and not (line.typed and line.pieces[0].removed):
            lead |= content_keys(line.text)
            taken += 1
            if taken == LEAD_LINES:
                break
    if not lead:
        return None

    def shares(i: int) -> bool:
        keys = content_keys(lines[i].text)
        return len(keys & lead) >= (1 if len(keys) <= 3 else 2)

    if head is not None and content_keys(lines[head].text) & lead:
        return None
    seen = 0
    for j in range(first - 1, -1, -1):
        line = lines[j]
        if _LETTER.search(line.text):
            seen += 1
        if seen > LEAD_REACH:
            break
        if j == head or (line.typed and not _free(line)):
            continue
        text = line.text.rstrip()
        if line.bullet or text.endswith(":") or fits[j] < 1.0 or not 3 <= line.words <= 30:
            continue
        if (_SENTENCE.search(text) and line.words > 14) or split_names(text) or _when(text):
            continue
        if shares(j):
            return j
    return None


def _bare_prefix(line: Line) -> bool:
    """A line that is a byline's prefix alone ("Von", "By:"), or that ends in one after a
    date stamp ("21.01.2022 11:46 von"): the names follow on their own lines (a renderer gave
    the author links lines of their own)."""
    text = line.text.strip()
    after = _after_date(text) if _MID_PREFIX.search(text) else None
    m = BYLINE_PREFIX.match(text if after is None else after)
    return bool(m) and m.end() >= len(text if after is None else after)


def _with_names_below(lines: Sequence[Line], i: int) -> str:
    """The text of line ``i`` as a byline: a bare prefix joined with the line below it."""
    if _bare_prefix(lines[i]) and i + 1 < len(lines) and lines[i + 1].words <= 6:
        return f"{lines[i].text.strip()} {lines[i + 1].text.strip()}"
    return lines[i].text


def _type(line: Line, kind: BlockKind) -> None:
    if not line.typed or line.pieces[0].kind is None:
        line.set(kind)


#: How far (in lines) from the headline its echo is looked for: a breadcrumb's last item, the
#: page's second copy of the headline.
ECHO_REACH = 40
#: The most words of a kicker rendered onto the headline's line.
ECHO_KICKER = 5
#: The headline's first words a breadcrumb item (a shortened headline) repeats.
ECHO_WORDS = 4
_LIST_MARK = re.compile(r"^(?:\d{1,2}\.|[*+•>-])\s+")
_WORD_EDGE = "\"'„“”‚‘’»«:,.–—-()"


def _keys(words: Sequence[str]) -> list[str]:
    return [w.strip(_WORD_EDGE).casefold() for w in words]


def echo_kicker(lines: Sequence[Line], head: int | None) -> int | None:
    """Split a headline line that reads "Kicker Headline", run together by a renderer that
    gave the kicker an element of its own, into a kicker and the headline, where the page
    shows where the kicker ends elsewhere: a line near it (a breadcrumb's last item, a second
    copy of the headline) reads the same with a colon after the kicker ("Bei Protesten 2022:
    Bericht: …") or starts with the headline's words after the kicker ("Kühltürme von AKW
    Gundremmingen gesprengt").  Returns ``head``."""
    if head is None or len(lines[head].pieces) != 1:
        return head
    line = lines[head]
    if line.pieces[0].kind is not BlockKind.HEADLINE or ": " in line.text:
        return head
    words = line.text.split()
    keys = _keys(words)
    cut = None
    for j in range(max(0, head - ECHO_REACH), min(len(lines), head + ECHO_REACH)):
        other = _LIST_MARK.sub("", lines[j].text.strip())
        if j == head or len(other.split()) < ECHO_WORDS:
            continue
        kicker = other.split(": ", 1)[0].split()
        if ": " in other and _keys(other.split()) == keys and len(kicker) <= ECHO_KICKER:
            cut = len(kicker)  # the same words, with the kicker's colon
        elif _keys(other.split()) != keys:
            # the whole rest of the headline, or a breadcrumb item that starts with 4 of its words
            tail = _keys(other.split())
            n = ECHO_WORDS if _LIST_MARK.match(lines[j].text.strip()) else len(tail)
            cut = next((k for k in range(1, ECHO_KICKER + 1)
                        if keys[k : k + n] == tail[:n] and (n < len(tail) or k + n == len(keys))),
                       None)  # fmt: skip
        # the headline after a run-together kicker starts as the page prints a headline: not
        # in lower case ("Die Schweiz ist ein großer …" is one headline, its copy below
        # "Ein großer …" a shorter one)
        if (
            cut is not None
            and len(words) - cut >= 3
            and not words[cut][:1].islower()
            and _LETTER.search(" ".join(words[:cut]))
        ):
            break
        cut = None
    if cut is None:
        return head
    spans = [m.span() for m in re.finditer(r"\S+", line.text)]
    split_head_line(line, spans[cut - 1][1], spans[cut][0], kind=BlockKind.KICKER)
    return head


def split_head_line(line: Line, at: int, rest: int, **first: Any) -> None:
    """Cut the headline line's pieces in two at offsets ``at`` (where its first part
    ends) and ``rest`` (where the headline starts) in ``line.text``: the first part gets the
    piece fields ``first`` (a kicker, or removed navigation), the rest is the headline."""
    # (a lines.Piece, built by replace: lines imports this module) over the whole line
    whole = replace(line.pieces[0], end=line.pieces[-1].end)
    plain: dict[str, Any] = {"kind": None, "removed": None, "reason": "", "duplicate_of": None}
    line.pieces = [
        replace(whole, end=line.content_start + at, **{**plain, **first}),
        replace(whole, start=line.content_start + rest, **{**plain, "kind": BlockKind.HEADLINE}),
    ]
