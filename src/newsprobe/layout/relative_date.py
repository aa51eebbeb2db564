"""A publication date from a relative date stamp and the time the page was read.

A page read as text says "vor 14 Minuten", "Published 4 months ago", "Heute, 12:37 Uhr",
"gestern um 9:15", "Tom Weller 7 hours": counted back from when the page was fetched or read
(``Metadata.read_at``: ``--read-at``, ``analyze_text(reference=…)``, a WARC record's
``WARC-Date``, a JSON/CSV ``fetched``/``crawled`` field) such a stamp gives a date:

* seconds, minutes, hours ("vor 2 Stunden", "5 min ago", "7 hours"): the reading time minus the
  offset, to the minute ("vor wenigen Minuten": the reading time itself);
* days ("vor 3 Tagen", "2 days ago"): that day, to the day (midnight, as a date without time);
* "heute/today HH:MM": the reading day at that time; "gestern/yesterday HH:MM": the day before;
* weeks, months, years ("vor 2 Wochen", "4 months ago"): no date — "4 months ago" is anything
  from four to five months back, too coarse for a publication date.

Without a reading time no date is derived.  The stamp is read on the reading time's clock (its
time zone, when it has one): a page that prints local time read at a UTC time near midnight
may be a day off for "heute"/"gestern".
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from newsprobe.layout.lexicon import furniture
from newsprobe.model import CRAWL_DATE, CRAWL_WARNING, Analysis, BlockKind

_UNITS = {
    "sek": timedelta(seconds=1),
    "sec": timedelta(seconds=1),
    "min": timedelta(minutes=1),
    "std": timedelta(hours=1),
    "stunde": timedelta(hours=1),
    "hour": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "tag": timedelta(days=1),
    "day": timedelta(days=1),
}
#: Units of one letter ("3h ago", "5m ago", "2d ago"): read whole, never as a prefix.
_LETTER_UNITS = {"h": timedelta(hours=1), "m": timedelta(minutes=1), "d": timedelta(days=1)}


def relative_stamp(text: str) -> re.Match[str] | None:
    """The leftmost relative date stamp in ``text`` by the lexicon's one grammar
    (``[relative_stamp]`` in ``furniture.toml``), or None."""
    return furniture().relative.search(text)


def _count(word: str) -> int | None:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    if word in ("wenigen", "a few", "ein paar"):
        return None  # "vor wenigen Minuten": just now, no count
    return furniture().relative.numbers.get(word, 1)  # "zwei"; "einer", "einem", "a", "one"


def _step(unit: str) -> timedelta | None:
    """The length of one ``unit``; None for weeks, months, years (too coarse)."""
    unit = unit.lower().rstrip(".")
    if unit in _LETTER_UNITS:
        return _LETTER_UNITS[unit]
    return next((step for u, step in _UNITS.items() if unit.startswith(u)), None)


def from_relative(text: str, reference: datetime) -> datetime | None:
    """The publication date the relative stamp in ``text`` gives, read at ``reference``;
    None when ``text`` holds none or one too coarse (weeks, months, years)."""
    m = relative_stamp(text)
    if not m:
        return None
    if m.groupdict().get("day"):
        hour, minute = int(m["h"]), int(m["m"])
        if m["ampm"]:
            hour = hour % 12 + (12 if m["ampm"].lower() == "pm" else 0)
        if hour > 23 or minute > 59:
            return None
        day = reference if m["day"].lower() in ("heute", "today") else reference - timedelta(1)
        return day.replace(hour=hour, minute=minute, second=0, microsecond=0)
    step = _step(m["unit"])
    if step is None:
        return None  # weeks, months, years: too coarse
    n = _count(m["n"])
    if n is None:
        if step >= timedelta(hours=1):
            return None  # "vor wenigen Stunden/Tagen": no count
        n = 0
    when = reference - n * step
    if step >= timedelta(days=1):
        return when.replace(hour=0, minute=0, second=0, microsecond=0)
    return when.replace(second=0, microsecond=0)


#: Where the layout leaves a relative stamp's line for :func:`resolve` (``Analysis._scratch``).
SCRATCH = "relative_stamp"


def crawl_stand_in(analysis: Analysis, reference: datetime | None) -> datetime | None:
    """Set ``meta.read_at`` to ``reference`` (``--read-at``: it overrides the input's own fetch
    time); take off a crawl date standing in for the publication date (the page's own date, found
    by the layout, replaces it) and return it."""
    meta = analysis.meta
    if reference is not None:
        meta.read_at = reference
    if meta.published_from != CRAWL_DATE:
        return None
    crawl, meta.published, meta.published_from = meta.published, None, None
    return crawl


def _typed_stamp(analysis: Analysis, reference: datetime) -> str | None:
    """A relative stamp in a byline or dateline block: where an HTML page (and a clean text,
    which the whole-page pass does not read) has it ("Von Jana Lindner vor 3 Stunden")."""
    for block in analysis.blocks_of(BlockKind.BYLINE, BlockKind.DATELINE):
        text = analysis.text[block.start : block.end].strip()
        if from_relative(text, reference) is not None:
            return text
    return None


def resolve(analysis: Analysis, crawl: datetime | None) -> None:
    """After the layout: no date on the page, a relative stamp and a reading time give
    ``meta.published`` (``published_from`` and a warning say so); else a crawl date taken off by
    :func:`crawl_stand_in` stands in again."""
    meta = analysis.meta
    stamp = analysis._scratch.pop(SCRATCH, None)
    if meta.published is None and meta.read_at is not None:
        if not isinstance(stamp, str):
            stamp = _typed_stamp(analysis, meta.read_at)
        when = from_relative(stamp, meta.read_at) if stamp else None
        if when is not None:
            meta.published, meta.published_from = when, f"relative stamp: {stamp}"
            analysis.warnings.append(
                f"publication date counted back from the relative stamp {stamp!r} and the "
                f"reading time {meta.read_at.isoformat()}"
            )
    if meta.published is None and crawl is not None:
        meta.published, meta.published_from = crawl, CRAWL_DATE
    elif crawl is not None and CRAWL_WARNING in analysis.warnings:
        analysis.warnings.remove(CRAWL_WARNING)  # the page's own date replaced the crawl date
