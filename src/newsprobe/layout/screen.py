"""Screening the furniture patterns: a search that cannot match is not run.

The layout rules search some fifty lexicon patterns in every line, and a line of scraped news
is often a whole article of a few thousand characters, which a pattern starting with ``\\s*``
or ``\\b`` is tried at every position of — 1.8 ms of an article's analysis.  Most of them hold
a literal ("vergrößern", "newsletter", "redaktion von") that the line does not contain.

:func:`required_literals` reads off a pattern's parse tree (the ``re`` module's own parser)
strings one of which every match contains; :class:`Screened` runs the search only where the
line holds one of them.  For a case-insensitive pattern the line is lower-cased once (shared
by all patterns) and compared with the lower-cased literals — which is what ``re`` compares
for every character but the few with extra case partners (dotless i, long s, micro sign,
Greek and Cyrillic variants, dotted capital I); a line holding one of those is searched as
before.  The match itself always comes from the pattern: screening only skips searches.
"""

from __future__ import annotations

import re
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

#: Characters whose case-insensitive matching ``str.lower`` does not reproduce: the
#: non-ASCII ones with extra case partners in ``re`` (ı for i, ſ for s, µ μ, ς σ, Greek and
#: Cyrillic variants), the dotted capital I (which ``str.lower`` turns into two characters)
#: and the capital sigma (which it lowers by context).  ASCII letters pair with these only.
_UNSURE = frozenset(
    ch
    for ch in [chr(c) for c in _casefix._EXTRA_CASES]
    + [chr(c) for cases in _casefix._EXTRA_CASES.values() for c in cases]
    + ["\u0130", "\u03a3"]
    if not ch.isascii()
)
_REPEATS = tuple(
    getattr(sre, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(sre, name)
)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains — lower-cased where the
    pattern ignores case — or ``None`` where none can be read off (or the pattern is anchored
    at the start, which ``re`` tries at the first position only)."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unreadable pattern is simply not screened
        return None
    items = list(tree)
    if items and items[0] == (sre.AT, sre.AT_BEGINNING) and not tree.state.flags & re.MULTILINE:
        return None  # tried at the start of the line only: searching costs nothing to skip
    found = _sequence(items)
    if found is None:
        return None
    if tree.state.flags & re.IGNORECASE:
        if any(ch in _UNSURE for literal in found for ch in literal):
            return None
        found = tuple(literal.lower() for literal in found)
    return found


def _sequence(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The best requirement of a sequence: each element's requirement holds for the whole
    (runs of literal characters are one string)."""
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(("".join(run),))
            run = []
        found = _element(op, av)
        if found is not None:
            candidates.append(found)
    if run:
        candidates.append(("".join(run),))
    return max(candidates, key=_strength) if candidates else None


def _element(op: Any, av: Any) -> tuple[str, ...] | None:
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _sequence(list(body))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is sre.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return tuple(dict.fromkeys(literal for b in branches if b for literal in b))
    if op in _REPEATS:
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    return None  # classes, anchors, lookarounds, back references: no requirement


def _strength(literals: tuple[str, ...]) -> tuple[int, int]:
    """Longer shortest literal first, then fewer literals."""
    return min(len(literal) for literal in literals), -len(literals)


class Screened:
    """A compiled pattern searched only in lines that hold one of its required literals.

    ``tail``: ``(marks, reach)`` for a pattern every match of which ends the line at most
    ``reach`` characters after one of the characters ``marks`` and the whitespace after it —
    searched only where the last occurrence of a mark is that close to the end (an earlier
    one that is, is followed by a later one, which is closer)."""

    __slots__ = ("_fold", "_literals", "_pattern", "_tail", "pattern")

    def __init__(self, pattern: re.Pattern[str], tail: tuple[str, int] | None = None) -> None:
        self._pattern = pattern
        self.pattern = pattern.pattern
        self._literals = required_literals(pattern)
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._tail = tail

    @property
    def literals(self) -> tuple[str, ...] | None:
        return self._literals

    def search(self, line: str) -> re.Match[str] | None:
        if self._tail is not None:
            marks, reach = self._tail
            for mark in marks:
                at = line.rfind(mark)
                if at >= 0 and len(line[at + 1 :].lstrip()) <= reach:
                    break
            else:
                return None
        literals = self._literals
        if literals is not None:
            if self._fold:
                low = _lowered(line)
                if low is not None and not any(literal in low for literal in literals):
                    return None
            elif not any(literal in line for literal in literals):
                return None
        return self._pattern.search(line)

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern itself
        return getattr(self._pattern, name)


_ASCII_BYTES = bytes(range(128))
_LAST: tuple[str, str | None] = ("", "")


def _lowered(line: str) -> str | None:
    """``line.lower()``, or ``None`` where a character of :data:`_UNSURE` makes the lower-cased
    line no sure stand-in for case-insensitive matching.  Kept for the line last asked about:
    the patterns of a pass ask about one line after another."""
    global _LAST
    last = _LAST
    if last[0] is line:
        return last[1]
    low: str | None = line.lower()
    if not line.isascii():
        # the line's non-ASCII characters: its UTF-8 form without the ASCII bytes
        wide = line.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
        if not _UNSURE.isdisjoint(wide.decode("utf-8", "surrogatepass")):
            low = None
    _LAST = (line, low)
    return low
