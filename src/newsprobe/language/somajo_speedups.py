"""Faster, equivalent versions of SoMaJo's slowest regular expressions.

SoMaJo runs some sixty regex passes over every paragraph; a few of them are large
alternations (1,100 abbreviations, 650 tokens with ``+``/``&``) that the ``regex`` engine
tries at every position of the text.  Nothing here changes what a pattern matches:

* :func:`_abbreviation_lookahead` puts a zero-width lookahead in front of the abbreviation
  alternation that only lets positions through where a ``.`` follows within the longest
  prefix any abbreviation has before its first dot (every alternative holds a dot, and no
  character in front of the first one is whitespace) — a necessary condition of every match,
  so ``finditer`` yields the same matches, four times faster.
* :class:`Guarded` wraps a pattern each of whose matches must contain one of a few
  characters: a text holding none of them cannot match, so the scan is skipped.

Both are checked against the lists SoMaJo ships when the tokenizer is built; where a list
breaks an assumption the pattern stays as it was.  ``tests/language/test_somajo_speedups.py``
compares them with the original patterns.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import regex

_ABBREVIATION_HEAD = r"(?<![\p{L}.])(?:"
_SINGLE_HEAD = r"(?<![\w.])(?:"


class Guarded:
    """A compiled pattern whose every match contains a character of ``needles``.

    Offers what SoMaJo's tokenizer uses of a pattern (``finditer``, ``groupindex``,
    ``pattern``, ``search``); texts without any needle are not scanned."""

    __slots__ = ("_needle", "_pattern", "flags", "groupindex", "pattern")

    def __init__(self, pattern: Any, needles: str = "", *, needle: str | None = None) -> None:
        self._pattern = pattern
        if needle is None:
            needle = "[" + regex.escape(needles, special_only=False) + "]"
        self._needle = regex.compile(needle, pattern.flags)
        self.groupindex = pattern.groupindex
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if self._needle.search(text) is None:
            return iter(())
        return self._pattern.finditer(text, *args, **kwargs)

    def search(self, text: str, *args: Any, **kwargs: Any) -> Any:
        if self._needle.search(text) is None:
            return None
        return self._pattern.search(text, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern itself
        return getattr(self._pattern, name)


def _dot_lookahead(pattern: Any, abbreviations: list[str], head: str) -> Any:
    """``pattern`` (an alternation of ``abbreviations`` after ``head``) with a lookahead for
    the dot every match contains, or ``pattern`` unchanged if the list or the pattern is not
    what this relies on."""
    if not pattern.pattern.startswith(head) or not abbreviations:
        return pattern
    if any("." not in a for a in abbreviations):
        return pattern
    heads = [a[: a.index(".")] for a in abbreviations]
    # letters match letters only (in any case), the others only themselves: no whitespace
    if any(not (c.isalpha() or c in "-'0123456789") for h in heads for c in h):
        return pattern
    # the other alternative, (?:\p{L}\.){2,}, has its first dot at offset 1
    longest = max(1, *(len(h) for h in heads))
    source = head[:-3] + rf"(?=[^.\s]{{0,{longest}}}\.)(?:" + pattern.pattern[len(head):]
    return regex.compile(source, pattern.flags)


def _needs_one_of(items: list[str]) -> str | None:
    """A few characters one of which every item holds (a greedy hitting set of the items'
    characters that have no case variants, i.e. no letters), or ``None`` if an item is
    letters only."""
    sets = [{c for c in item if not c.isalpha() and not c.isspace()} for item in items]
    if not sets or not all(sets):
        return None
    chosen: list[str] = []
    while sets:
        counts: dict[str, int] = {}
        for own in sets:
            for c in own:
                counts[c] = counts.get(c, 0) + 1
        best = max(sorted(counts), key=counts.__getitem__)
        chosen.append(best)
        sets = [own for own in sets if best not in own]
    return "".join(chosen)


#: Patterns (SoMaJo 2.5) with what every match contains, as a regex compiled with the
#: pattern's own flags; keyed by attribute, checked by a digest of the pattern source, so
#: that a changed pattern in another SoMaJo version is left alone.
_GUARDS: dict[str, tuple[str, str]] = {
    "nr_abbreviations": ("b875cd5927c8", r"nr\."),
    "three_part_date_year_first": ("2a570c20f922", r"\d[/-]\d"),
    "three_part_date_dmy": ("79553fcf207b", r"\d[./-]\d"),
    "three_part_date_mdy": ("3b653ab734da", r"\d[./-]\d"),
    "two_part_date": ("f0dcd49dcc56", r"\d[./-]\d"),
    "email": ("4a5679842ba8", r"[@\[]"),
    "url_without_protocol": ("510d6a3a88ac", r"\.(?:de|com|tv|me|net|us|org|at|cc|ly|be|ch"
                             r"|info|live|eu|edu|gov|jpg|png|gif|log|txt|xlsx?|docx?|pptx?|pdf)"),
    "ordinal": ("08fd31c9b62a", r"\d\."),
    "gender_marker": ("b64f6e8d34e2", r"[*:/]in"),
    "arrow": ("b1f66dd6eef1", r"[<>\u2190-\u21ff]"),
    # ISBN-10/13 without separators hold 9 digits in a row; with separators, a digit, a
    # separator, digits, the same separator and a digit
    "isbn": ("a21082f633a9", r"[0-9]{9}|[0-9][ -][0-9]+[ -][0-9]"),
}


def digest(pattern: Any) -> str:
    return hashlib.sha1(f"{pattern.pattern}{pattern.flags}".encode()).hexdigest()[:12]


def speed_up(tokenizer: Any) -> None:
    """Replace slow patterns of a SoMaJo ``Tokenizer`` by equivalent faster ones."""
    from somajo import utils

    if getattr(tokenizer, "_newsprobe_fast", False):
        return
    lang = tokenizer.language[:2]
    abbreviations = utils.read_abbreviation_file(f"abbreviations_{lang}.txt", to_lower=True)
    tokenizer.abbreviation = _dot_lookahead(tokenizer.abbreviation, abbreviations,
                                            _ABBREVIATION_HEAD)
    singles = utils.read_abbreviation_file(f"single_token_abbreviations_{lang}.txt")
    tokenizer.single_token_abbreviation = _dot_lookahead(
        tokenizer.single_token_abbreviation, singles, _SINGLE_HEAD)
    lists = {
        "token_with_plus_ampersand": [
            t for t in utils.read_abbreviation_file("tokens_with_plus_or_ampersand.txt")
            if not regex.search(r"^\w+[&+]\w+$", t)],
        "single_tokens": utils.read_abbreviation_file(f"single_tokens_{lang}.txt"),
    }
    for name, items in lists.items():
        needles = _needs_one_of(items)
        if needles:
            setattr(tokenizer, name, Guarded(getattr(tokenizer, name), needles))
    for name, (expected, needle) in _GUARDS.items():
        pattern = getattr(tokenizer, name, None)
        if pattern is not None and digest(pattern) == expected:
            setattr(tokenizer, name, Guarded(pattern, needle=needle))
    tokenizer._newsprobe_fast = True
