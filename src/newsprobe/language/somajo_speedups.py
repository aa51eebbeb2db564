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
* :class:`Anchored` goes further for the abbreviation lists and the ``+``/``&`` and other
  single tokens: their matches hold an anchor character (the dot; ``+``, ``&`` …) within a
  few characters of their start, so the pattern is tried only at those positions — and, for
  the abbreviations, only where the text before the dot is an abbreviation's beginning.
* Dates, ordinals and ISBNs start with a digit: a digit lookahead in front lets the engine skip
  the rest (:func:`_digit_first`).
* :class:`SkipPrintable` returns a printable text unchanged from the clean-up substitutions
  (whitespace runs, control and format characters), which cannot change it.
* :func:`_split_all_matches` is SoMaJo's pass loop with its per-token helper inlined (sixty
  passes over every token of a paragraph), installed only over SoMaJo's own code as
  checked by a digest of its source.

The list-based ones are checked against the lists SoMaJo ships when the tokenizer is built;
where a list breaks an assumption the pattern stays as it was; the others apply to the SoMaJo
2.5 patterns and code only (digests).  ``tests/language/test_somajo_speedups.py``
compares them with the original patterns.
"""

from __future__ import annotations

import hashlib
import types
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


class Anchored:
    """A compiled pattern each of whose matches holds one of the characters ``chars`` at most
    ``reach`` characters after its start: tried only at the positions up to ``reach`` before
    each such character (and after the one before it), not at every position of the text.

    With ``c`` the first anchor character at or after a match's start ``p``, ``c - reach <=
    p <= c`` — so trying those positions in order, and going on after each match's end as
    ``finditer`` does, yields exactly ``finditer``'s matches.  (Lookbehinds see the text before
    the position tried: ``match(text, pos)`` does not cut it off.)  ``gate``, a small pattern
    that matches (empty) wherever ``pattern`` can start, sorts out positions more cheaply than
    a large pattern's own ``match`` call."""

    __slots__ = (
        "_anchor",
        "_fold",
        "_gate",
        "_heads",
        "_pattern",
        "_reach",
        "flags",
        "groupindex",
        "pattern",
    )

    def __init__(
        self,
        pattern: Any,
        chars: str,
        reach: int,
        gate: Any = None,
        heads: frozenset[str] | None = None,
    ) -> None:
        self._pattern = pattern
        self._gate = gate
        self._heads = heads
        self._fold = bool(pattern.flags & regex.IGNORECASE)
        self._anchor = regex.compile("[" + regex.escape(chars, special_only=False) + "]")
        self._reach = reach
        self.groupindex = pattern.groupindex
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def finditer(self, text: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if args or kwargs:
            return self._pattern.finditer(text, *args, **kwargs)
        return self._scan(text)

    def _scan(self, text: str) -> Iterator[Any]:
        match = self._pattern.match
        gate = self._gate.finditer if self._gate is not None else None
        heads, fold = self._heads, self._fold
        reach = self._reach
        pos, previous = 0, -1
        for anchor in self._anchor.finditer(text):
            c = anchor.start()
            lo = max(pos, previous + 1, c - reach)
            previous = c
            if lo > c:
                continue
            # the gate's (empty) matches in lo..c: its lookbehind sees the text before lo,
            # and what its lookahead needs ends at the anchor c
            starts = (
                range(lo, c + 1) if gate is None else [g.start() for g in gate(text, lo, c + 1)]
            )
            for p in starts:
                if p < pos:
                    continue
                if heads is not None and c - p > 1:
                    head = text[p:c]
                    if not fold:
                        if head not in heads:
                            continue
                    elif head.isascii() and head.lower() not in heads:
                        continue
                found = match(text, p)
                if found is not None:
                    yield found
                    pos = max(found.end(), p + 1)

    def search(self, text: str, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs:
            return self._pattern.search(text, *args, **kwargs)
        return next(self._scan(text), None)

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern itself
        return getattr(self._pattern, name)


class SkipPrintable:
    """A clean-up substitution (``sub``) that leaves a printable text unchanged: the pattern
    matches only characters ``str.isprintable`` rejects — control and format characters,
    whitespace other than the space — or, with ``runs``, runs of whitespace that
    ``sub(" ", …)`` turns into one space, which is the text itself when all of them are single
    spaces.  Such a text is returned as it is, without the scan (and, for the whitespace runs,
    without the replacement at every space)."""

    __slots__ = ("_pattern", "_runs", "flags", "groupindex", "pattern")

    def __init__(self, pattern: Any, *, runs: bool = False) -> None:
        self._pattern = pattern
        self._runs = runs
        self.groupindex = pattern.groupindex
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        if (
            not args
            and not kwargs
            and string.isprintable()
            and (not self._runs or (repl == " " and "  " not in string))
        ):
            return string
        return self._pattern.sub(repl, string, *args, **kwargs)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern itself
        return getattr(self._pattern, name)


#: SoMaJo 2.5's clean-up patterns (checked by digest) that match no printable character but
#: the space: ``\s+`` (runs), control characters, and soft hyphen, joiners, marks and BOM.
_CLEAN_UPS: dict[str, tuple[str, bool]] = {
    "spaces": ("29d59c30e997", True),
    "controls": ("ac1ae4c02c0d", False),
    "other_nasties": ("0ca35c9576c2", False),
}


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
    gate = head[:-3] + rf"(?=[^.\s]{{0,{longest}}}\.)"
    source = gate + "(?:" + pattern.pattern[len(head) :]
    # the lookahead puts a dot at most ``longest`` characters after the start of every match
    return Anchored(
        regex.compile(source, pattern.flags),
        ".",
        longest,
        regex.compile(gate, pattern.flags),
        _head_set(heads, pattern.flags),
    )


def _head_set(heads: list[str], flags: int) -> frozenset[str] | None:
    """What the text before the first dot of a match can be, other than one letter: an
    abbreviation's part before its first dot — lower-cased for a case-insensitive pattern,
    which :class:`Anchored` then compares with ASCII text only; ``None`` (no filter) where a
    non-ASCII character of a head matches an ASCII one in another case (the Kelvin sign)."""
    if not flags & regex.IGNORECASE:
        return frozenset(heads)
    if flags & regex.FULLCASE:  # "ss" matches "ß": lengths and lower-casing differ
        return None
    for c in {c for h in heads for c in h if not c.isascii()}:
        if any(regex.fullmatch(regex.escape(c), chr(a), flags) for a in range(128)):
            return None
    return frozenset(h.lower() for h in heads)


def _reach(items: list[str], chars: str) -> int:
    """The largest offset of the first of ``chars`` in an item (each holds one)."""
    return max(min(i for i, c in enumerate(item) if c in chars) for item in items)


def _digit_first(pattern: Any) -> Any:
    """``pattern`` behind a lookahead for the digit every match starts with (the ``regex``
    engine then skips the positions where none stands, ten times faster on news text)."""
    close = "\n)" if pattern.flags & regex.VERBOSE else ")"
    return regex.compile(r"(?=\d)(?:" + pattern.pattern + close, pattern.flags)


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
    "url_without_protocol": (
        "510d6a3a88ac",
        r"\.(?:de|com|tv|me|net|us|org|at|cc|ly|be|ch"
        r"|info|live|eu|edu|gov|jpg|png|gif|log|txt|xlsx?|docx?|pptx?|pdf)",
    ),
    "ordinal": ("08fd31c9b62a", r"\d\."),
    "gender_marker": ("b64f6e8d34e2", r"[*:/]in"),
    "arrow": ("b1f66dd6eef1", r"[<>\u2190-\u21ff]"),
    # ISBN-10/13 without separators hold 9 digits in a row; with separators, a digit, a
    # separator, digits, the same separator and a digit
    "isbn": ("a21082f633a9", r"[0-9]{9}|[0-9][ -][0-9]+[ -][0-9]"),
}

#: Patterns of :data:`_GUARDS` every match of which starts with a digit (after zero-width
#: assertions): the dates (day, month or year first), ordinals ("3.") and ISBNs.
_DIGIT_FIRST = frozenset(
    {
        "three_part_date_year_first",
        "three_part_date_dmy",
        "three_part_date_mdy",
        "two_part_date",
        "ordinal",
        "isbn",
    }
)


def digest(pattern: Any) -> str:
    return hashlib.sha1(f"{pattern.pattern}{pattern.flags}".encode()).hexdigest()[:12]


def _split_all_matches(
    self: Any,
    regex: Any,
    token_dll: Any,
    token_class: str = "regular",
    *,
    repl: str | None = None,
    split_named_subgroups: bool = True,
    delete_whitespace: bool = False,
) -> None:
    """SoMaJo's ``Tokenizer._split_all_matches`` with ``_split_matches`` inlined, and no call
    to ``_split_on_boundaries`` for a token without matches (which it leaves as it is)."""
    split_groups = split_named_subgroups and len(regex.groupindex) > 0
    group_numbers = sorted(regex.groupindex.values())
    finditer = regex.finditer
    for t in token_dll:
        value = t.value
        if value.markup or value._locked:
            continue
        boundaries: list[tuple[int, int, str | None]] = []
        for m in finditer(value.text):
            if split_groups:
                for g in group_numbers:
                    if m.span(g) != (-1, -1):
                        boundaries.append((m.start(g), m.end(g), None))
            elif repl is None:
                boundaries.append((m.start(), m.end(), None))
            else:
                boundaries.append((m.start(), m.end(), m.expand(repl)))
        if boundaries:
            self._split_on_boundaries(
                t, boundaries, token_class, delete_whitespace=delete_whitespace
            )


def _same_code(method: Any, digest_expected: str) -> bool:
    import inspect

    source = inspect.getsource(method)
    return hashlib.sha1(source.encode()).hexdigest()[:12] == digest_expected


#: Digests of the SoMaJo 2.5 methods :func:`_split_all_matches` stands for.
_SPLIT_ALL_MATCHES = "b1a6d683d717"
_SPLIT_MATCHES = "60cd334886ec"


def speed_up(tokenizer: Any) -> None:
    """Replace slow patterns of a SoMaJo ``Tokenizer`` by equivalent faster ones."""
    from somajo import utils

    if getattr(tokenizer, "_newsprobe_fast", False):
        return
    lang = tokenizer.language[:2]
    abbreviations = utils.read_abbreviation_file(f"abbreviations_{lang}.txt", to_lower=True)
    tokenizer.abbreviation = _dot_lookahead(
        tokenizer.abbreviation, abbreviations, _ABBREVIATION_HEAD
    )
    singles = utils.read_abbreviation_file(f"single_token_abbreviations_{lang}.txt")
    tokenizer.single_token_abbreviation = _dot_lookahead(
        tokenizer.single_token_abbreviation, singles, _SINGLE_HEAD
    )
    lists = {
        "token_with_plus_ampersand": [
            t
            for t in utils.read_abbreviation_file("tokens_with_plus_or_ampersand.txt")
            if not regex.search(r"^\w+[&+]\w+$", t)
        ],
        "single_tokens": utils.read_abbreviation_file(f"single_tokens_{lang}.txt"),
    }
    for name, items in lists.items():
        needles = _needs_one_of(items)
        if needles:
            pattern = getattr(tokenizer, name)
            # full case folding could match an item with a text of another length
            setattr(
                tokenizer,
                name,
                Guarded(pattern, needles)
                if pattern.flags & regex.FULLCASE
                else Anchored(pattern, needles, _reach(items, needles)),
            )
    for name, (expected, needle) in _GUARDS.items():
        pattern = getattr(tokenizer, name, None)
        if pattern is not None and digest(pattern) == expected:
            # a digit-first pattern skips the text faster than its guard's scan would
            setattr(
                tokenizer,
                name,
                _digit_first(pattern) if name in _DIGIT_FIRST else Guarded(pattern, needle=needle),
            )
    for name, (expected, runs) in _CLEAN_UPS.items():
        pattern = getattr(tokenizer, name, None)
        if pattern is not None and digest(pattern) == expected:
            setattr(tokenizer, name, SkipPrintable(pattern, runs=runs))
    cls = type(tokenizer)
    try:
        same = _same_code(cls._split_all_matches, _SPLIT_ALL_MATCHES) and _same_code(
            cls._split_matches, _SPLIT_MATCHES
        )
    except (OSError, TypeError):  # no source to compare: leave SoMaJo's own
        same = False
    if same:
        tokenizer._split_all_matches = types.MethodType(_split_all_matches, tokenizer)
    tokenizer._newsprobe_fast = True
