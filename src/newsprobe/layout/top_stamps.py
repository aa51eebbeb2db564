"""Date stamps and names beside them at the top of a short text.

A short text (an article copied without its page, a feed item) often starts with its
headline and then a stamp line the furniture lexicon has no label for: "12. März 2024 um
14:05 Uhr", "12.03.2024 | 14:05 Uhr", "vor 2 Stunden", "Heute, 12:37 Uhr", "Kyle Wiggers
7 hours", or the author's name (or an agency) alone above or below the date ("Anna Beck" /
"12.03.2024", "dpa" / "12.03.2024").
Left untyped, such a line becomes the headline (and the real headline its kicker) and the
date is never read.  :func:`mark_top_stamps` types these lines before the headline is chosen
(``DATELINE``, or ``BYLINE`` where names stand on or beside the stamp) and records the
authors, and a relative stamp's line for :mod:`newsprobe.layout.relative_date`, in ``found``.
Whole pages are read by :mod:`newsprobe.layout.page_meta` instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsprobe.layout.lexicon import Furniture
from newsprobe.layout.metadata import agency_byline, parse_date, split_names
from newsprobe.layout.page_meta import Line, byline_names, is_stamp
from newsprobe.layout.relative_date import relative_stamp
from newsprobe.model import BlockKind

#: Stamps are looked for among this many lines (with a letter or digit) from the top.
TOP_LINES = 10
#: A line of names alone beside a stamp has at most this many words.
NAME_WORDS = 6
_CONTENT = re.compile(r"\w")


def mark_top_stamps(lines: Sequence[Line], fur: Furniture, found: dict[str, object]) -> None:
    """Type the date stamp lines among the first ``TOP_LINES`` lines of ``lines``, and the
    names on them or on the line beside them; record what they say in ``found``."""
    seen = 0
    first: int | None = None  # the first line with content: the headline, when nothing else
    for i, line in enumerate(lines):
        if not _CONTENT.search(line.text):
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        first = i if first is None else first
        dated = line.typed and line.pieces[0].kind is BlockKind.DATELINE  # by the lexicon
        if line.bullet or not (dated or (not line.typed and is_stamp(line.text))):
            continue
        names = byline_names(line.text, fur)
        if not dated or names:
            line.set(BlockKind.BYLINE if names else BlockKind.DATELINE)
        for j in (i - 1, i + 1):  # names alone on the line above or below
            if j < 0 or j >= len(lines) or (j == first and j < i):
                continue  # the text's first line above the stamp: its headline
            near = lines[j]
            if near.typed or near.bullet or near.words > NAME_WORDS:
                continue
            if (named := agency_byline(near.text)) is not None:  # "dpa" beside the stamp
                near.set(BlockKind.BYLINE)
                found.setdefault("codes", []).append(named[0])  # type: ignore[union-attr]
            elif more := split_names(near.text, fur.agencies):
                near.set(BlockKind.BYLINE)
                names += [n for n in more if n not in names]
        if names:
            authors = found.setdefault("authors", [])
            authors += [n for n in names if n not in authors]  # type: ignore[operator,attr-defined]
        if parse_date(line.text) is None and relative_stamp(line.text):
            found.setdefault("relative", line.text.strip())
