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
from dataclasses import dataclass
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

    # positional arguments only: keyword ones would cost a dictionary per call
    def finditer(self, text: str, *args: Any) -> Iterator[Any]:
        if self._needle.search(text) is None:
            return iter(())
        return self._pattern.finditer(text, *args)

    def search(self, text: str, *args: Any) -> Any:
        if self._needle.search(text) is None:
            return None
        return self._pattern.search(text, *args)

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
        "_dotted",
        "_fold",
        "_gate",
        "_heads",
        "_latin",
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
        *,
        dotted: bool = False,
    ) -> None:
        self._pattern = pattern
        self._gate = gate
        self._heads = heads
        self._fold = bool(pattern.flags & regex.IGNORECASE)
        self._anchor = regex.compile("[" + regex.escape(chars, special_only=False) + "]")
        self._reach = reach
        # a pattern of _dot_lookahead: its gate, in Python (see _dotted_starts)
        self._dotted = dotted and chars == "."
        # heads of Latin-1 letters but the micro sign: lower-casing a Latin-1 text head is
        # then what the case-insensitive match compares (see _may_start)
        self._latin = heads is not None and all(
            c <= "\xff" and c != "\xb5" for head in heads for c in head
        )
        self.groupindex = pattern.groupindex
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def finditer(self, text: str, *args: Any) -> Iterator[Any]:
        if args:
            return self._pattern.finditer(text, *args)
        return self._scan(text)

    def _scan(self, text: str) -> Iterator[Any]:
        match = self._pattern.match
        gate = self._gate.finditer if self._gate is not None else None
        dotted = self._dotted
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
            if dotted:
                starts: Any = _dotted_starts(text, lo, c)
            elif gate is None:
                starts = range(lo, c + 1)
            else:
                starts = [g.start() for g in gate(text, lo, c + 1)]
            for p in starts:
                if p < pos or not self._may_start(text, p, c):
                    continue
                found = match(text, p)
                if found is not None:
                    yield found
                    pos = max(found.end(), p + 1)

    def _may_start(self, text: str, p: int, c: int) -> bool:
        """Whether a match can start at ``p`` with its first dot at ``c``: the text between
        is an abbreviation's head, or one letter (the ``(?:\\p{L}\\.){2,}`` alternative of
        the abbreviation pattern).  Case-insensitively, an ASCII head — or a Latin-1 one,
        where the heads are Latin-1 — is compared lower-cased; others are tried."""
        heads = self._heads
        if heads is None:
            return True
        if c == p:
            return "" in heads
        head = text[p:c]
        if c - p == 1 and head > "\xff":
            return True  # one character, which may be a letter of the newest Unicode
        if not self._fold:
            return head in heads or (c - p == 1 and head.isalpha())
        if head.isascii() or (self._latin and max(head) <= "\xff" and "\xb5" not in head):
            return head.lower() in heads or (c - p == 1 and head.isalpha())
        return True

    def search(self, text: str, *args: Any) -> Any:
        if args:
            return self._pattern.search(text, *args)
        return next(self._scan(text), None)

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern itself
        return getattr(self._pattern, name)


def _dotted_starts(text: str, lo: int, c: int) -> list[int]:
    """Where in ``lo..c`` a pattern of :func:`_dot_lookahead` can start, ``c`` being the first
    dot at or after ``lo``: its lookahead wants no whitespace before the dot, its lookbehind
    no letter (or word character) and no dot right before the start.  A superset of the
    regex gate's positions — only a space ends the run, only an ASCII letter or a dot before
    a position rules it out — found without a regex call (which cost ten microseconds a dot).
    """
    starts = []
    p = c
    while p >= lo:
        if p < c and text[p] == " ":
            break
        before = text[p - 1] if p else ""
        if not (before == "." or (before.isascii() and before.isalpha())):
            starts.append(p)
        p -= 1
    starts.reverse()
    return starts


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


class Gated:
    """A compiled pattern each of whose matches lies in a text that holds one of some literal
    strings (``substrings``), a character of some ranges of non-ASCII characters (``ranges``:
    ``(first, last)``), a place where a small pattern matches at an occurrence of a literal
    (``follows``: ``(literal, pattern)``, matched where the literal starts, the text before it
    in sight of its lookbehinds), or a match of a small ``needle`` pattern.  A text with none
    of these is not scanned.

    ``in`` and ``str.find`` run at memory speed, where the ``regex`` engine spends some ten
    nanoseconds a character even on a one-character class — and SoMaJo scans every paragraph
    with some sixty patterns, most of which never match news text.  Substrings are looked
    for only where their rarest character occurs in the text (:func:`_rarest`): one test per
    character for the 130 literal faces of the emoticon pattern."""

    __slots__ = (
        "_follows",
        "_keyed",
        "_needle",
        "_pattern",
        "_ranges",
        "_wide_keyed",
        "flags",
        "groupindex",
        "pattern",
    )

    def __init__(
        self,
        pattern: Any,
        substrings: tuple[str, ...] = (),
        follows: tuple[tuple[str, str], ...] = (),
        ranges: tuple[tuple[str, str], ...] = (),
        needle: Any = None,
    ) -> None:
        self._pattern = pattern
        keyed: dict[str, list[str]] = {}
        for literal in substrings:
            keyed.setdefault(_rarest(literal), []).append(literal)
        self._keyed = tuple((k, tuple(v)) for k, v in keyed.items() if k.isascii())
        self._wide_keyed = tuple((k, tuple(v)) for k, v in keyed.items() if not k.isascii())
        flags = pattern.flags & ~regex.VERBOSE
        self._follows = tuple((literal, regex.compile(p, flags)) for literal, p in follows)
        if any(first.isascii() for first, _ in ranges):
            raise ValueError("ranges of non-ASCII characters only (an ASCII text skips them)")
        self._ranges = _utf8_leads(ranges)
        self._needle = needle
        self.groupindex = pattern.groupindex
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def admits(self, text: str) -> bool:
        """Whether ``text`` holds what every match needs (else it has no match)."""
        for key, literals in self._keyed:
            if key in text:
                for literal in literals:
                    if literal in text:
                        return True
        if (self._wide_keyed or self._ranges) and not text.isascii():
            if self._wide_keyed:
                wide = non_ascii(text)
                for key, literals in self._wide_keyed:
                    if key in wide:
                        for literal in literals:
                            if literal in text:
                                return True
            if self._ranges:
                # a character of a range: its UTF-8 form begins with one of these bytes
                data = text.encode("utf-8", "surrogatepass")
                if any(lead in data for lead in self._ranges):
                    return True
        for literal, follow in self._follows:
            at = text.find(literal)
            while at >= 0:
                if follow.match(text, at) is not None:
                    return True
                at = text.find(literal, at + 1)
        return self._needle is not None and self._needle.search(text) is not None

    def finditer(self, text: str, *args: Any) -> Iterator[Any]:
        # a short token (late passes see hundreds) costs the engine less than the gate
        if args or len(text) < _GATE_LENGTH or self.admits(text):
            return self._pattern.finditer(text, *args)
        return iter(())

    def search(self, text: str, *args: Any) -> Any:
        if args or len(text) < _GATE_LENGTH or self.admits(text):
            return self._pattern.search(text, *args)
        return None

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern itself
        return getattr(self._pattern, name)


def _utf8_leads(ranges: tuple[tuple[str, str], ...]) -> tuple[bytes, ...]:
    """The UTF-8 forms of the characters of ``ranges`` without their last byte (an ASCII
    one whole): a text holds a character of a range only if its UTF-8 form holds one of these
    (a substring test, where decoding the text's characters would cost more)."""
    leads: dict[bytes, None] = {}
    for first, last in ranges:
        for code in range(ord(first), ord(last) + 1):
            if not 0xD800 <= code <= 0xDFFF:
                data = chr(code).encode("utf-8")
                leads[data[:-1] if len(data) > 1 else data] = None
    return tuple(leads)


#: Texts shorter than this are scanned without :meth:`Gated.admits`.
_GATE_LENGTH = 48

#: Printable ASCII characters from the most to the least frequent in German news (10kGNAD);
#: a character missing here counts as rarer than all of them.
_ASCII_BY_FREQUENCY = (
    " enirtsadhlugocmbfwk.z,pvSADMBPEF-GKW0RTVILHN1U2:ZyJjC)(O53x46978?/qQ\"Y;!X&#+@|'_\\*=>%$[]"
)


def _rarest(literal: str) -> str:
    """The character of ``literal`` least likely in news text: its non-ASCII one of the
    highest code point, else its ASCII one latest in :data:`_ASCII_BY_FREQUENCY`."""
    return max(literal, key=_rarity)


def _rarity(ch: str) -> int:
    if not ch.isascii():
        return 256 + ord(ch)
    rank = _ASCII_BY_FREQUENCY.find(ch)
    return 255 if rank < 0 else rank


_ASCII_BYTES = bytes(range(128))
_LAST_WIDE: tuple[str, frozenset[str]] = ("", frozenset())


def non_ascii(text: str) -> frozenset[str]:
    """The non-ASCII characters of ``text``: its UTF-8 form without the ASCII bytes is the
    sequence of its other characters (their bytes are all 0x80 and above).  Kept for the text
    last asked about, which the next few patterns of a pass ask about again."""
    global _LAST_WIDE
    last = _LAST_WIDE
    if last[0] is text:
        return last[1]
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    found = frozenset(data.decode("utf-8", "surrogatepass"))
    _LAST_WIDE = (text, found)
    return found


def ascii_cases(text: str) -> tuple[str, ...]:
    """``text`` in every mix of upper and lower case of its ASCII letters ("ww." -> "ww.",
    "wW.", "Ww.", "WW."): what a case-insensitive pattern matches for it, for letters that
    have no other case partner (``tests/language/test_somajo_speedups.py`` checks the letters
    used here against the ``regex`` engine)."""
    variants = [""]
    for ch in text:
        options = {ch.lower(), ch.upper()} if ch.isascii() and ch.isalpha() else {ch}
        variants = [v + o for v in variants for o in sorted(options)]
    return tuple(variants)


def literal_alternatives(source: str) -> list[str] | None:
    """The strings of a pattern that is an alternation of escaped literals (as SoMaJo builds
    its text-face lists with ``regex.escape``), or ``None`` if ``source`` is anything else."""
    literals, current, escaped = [], [], False
    for ch in source:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "|":
            literals.append("".join(current))
            current = []
        else:
            current.append(ch)
    literals.append("".join(current))
    if escaped or "|".join(regex.escape(lit) for lit in literals) != source:
        return None
    return literals


@dataclass(frozen=True)
class Gate:
    """What every match of a SoMaJo 2.5 pattern needs (see :class:`Gated`).

    ``digest``: of the pattern's flags and source — up to and including ``head`` where one is
    given: SoMaJo builds the rest from a set, so its order changes from process to process.
    With ``literals``, that rest is an alternation of escaped literals, each of which the
    gate admits as a substring; ``needle`` is a pattern searched in the text (compiled with
    the pattern's flags), ``<tail>`` in it standing for the source from ``head`` on."""

    digest: str
    substrings: tuple[str, ...] = ()
    follows: tuple[tuple[str, str], ...] = ()
    ranges: tuple[tuple[str, str], ...] = ()
    head: str | None = None
    literals: bool = False
    needle: str | None = None


#: Eyes, an optional nose and the first character of a mouth: the emoticons SoMaJo builds
#: from parts (":-)", ";(", "8P"); "8" only after no digit, as in the pattern.
_FACE = r"[-'oO]?[)(*DPp]"

#: Gates of SoMaJo 2.5 patterns: what each of their matches contains, read off the pattern.
_GATES: dict[str, Gate] = {
    # faces from parts, "XD", "D:", "oO", ":name:" and 135 literal faces
    "emoticon": Gate(
        "23cc80a449bc",
        substrings=("XD", "xD", "D:", "D':", "oO"),
        follows=(
            (":", ":" + _FACE),
            (";", ";" + _FACE),
            ("8", r"(?<!\d)8" + _FACE),
            (":", r"(?<!\b\d{1,2}):\w+:"),
        ),
        head=r"(?:(?<!\b\d{1,2}):\w+:(?!\d{2}\b))|",
        literals=True,
    ),
    # alternations of literal faces (the digest covers the flags only)
    "textfaces_space": Gate("b49dd66a212c", head="", literals=True),
    "textfaces_emoji": Gate("b49dd66a212c", head="", literals=True),
    # a number (all of whose forms end in a digit), perhaps a space, a unit
    "measurement": Gate("807348426d2a", head="[ ]?(?P<unit>", needle=r"\d<tail>"),
    # two numbers and a dash: every number form begins and ends with a digit, or begins
    # with a sign and/or a decimal point or comma before its first digit
    "number_range": Gate("3424c33d147e", needle=r"\d[-–][−+-]?[.,]?\d"),
    # "WS", "SS", "SoSe", "WiSe" (any case) before two digits
    "semester": Gate("036fb2618be3", needle=r"(?<=[se])\d\d"),
    # a protocol or "www." (case-insensitive)
    "simple_url": Gate("b66fa588275d", substrings=("://", *ascii_cases("www."))),
    "simple_url_with_brackets": Gate("2379f25a597d", substrings=("://", *ascii_cases("www."))),
    "letter_apostrophe_word": Gate("f1a2b754fd4c", substrings=("'", "’")),
    "gender_marker": Gate("b64f6e8d34e2", follows=(("*", r"\*in"), (":", ":in"), ("/", "/in"))),
    "email": Gate("4a5679842ba8", substrings=("@", " [at] ")),
    # "->", "<-" or an arrow character
    "arrow": Gate("b1f66dd6eef1", substrings=(">", "<"), ranges=(("\u2190", "\u21ff"),)),
    "ellipsis": Gate("e649fd7b6b5a", substrings=("..", "…")),
    "simple_plus_ampersand_candidates": Gate("570c88ac9260", substrings=("&", "+")),
    "space_emoticon": Gate("ab5ab18a1a2a", substrings=(": (", ": )", "; (", "; )")),
    "double_latex_quote": Gate("d49ba5ffee5b", substrings=("``", "''")),
    "all_parens": Gate("a13aafb5e08c", substrings=("(", ")", "[", "]", "{", "}")),
    "quest_exclam": Gate("1f3571f59634", substrings=("!", "?")),
}


def gate_digest(pattern: Any, gate: Gate) -> str | None:
    """The digest :class:`Gate` pins for ``pattern`` (``None``: its ``head`` is missing)."""
    source = pattern.pattern
    if gate.head is None:
        return digest(pattern)
    at = source.find(gate.head)
    if at < 0:
        return None
    head = source[: at + len(gate.head)]
    return hashlib.sha1(f"{head}{pattern.flags}".encode()).hexdigest()[:12]


def _gated(pattern: Any, gate: Gate) -> Any:
    """``pattern`` behind its gate, or unchanged where it is not the pattern the gate was
    read off (digest) or its literal faces cannot be read."""
    if gate_digest(pattern, gate) != gate.digest:
        return pattern
    source = pattern.pattern
    at = source.find(gate.head) if gate.head is not None else 0
    substrings = gate.substrings
    if gate.literals:
        assert gate.head is not None
        literals = literal_alternatives(source[at + len(gate.head) :])
        if literals is None or not all(literals):
            return pattern
        substrings = substrings + tuple(literals)
    needle = None
    if gate.needle is not None:
        needle = regex.compile(gate.needle.replace("<tail>", source[at:]), pattern.flags)
    return Gated(pattern, substrings, gate.follows, gate.ranges, needle)


class FirstChar:
    """A pattern anchored at the start of the text (``^``, no MULTILINE) whose matches begin
    with one of the characters ``first``: a text starting otherwise is not searched.  The
    sentence splitter asks one such pattern about every token."""

    __slots__ = ("_first", "_pattern", "flags", "groupindex", "pattern")

    def __init__(self, pattern: Any, first: str) -> None:
        self._pattern = pattern
        self._first = frozenset(first)
        self.groupindex = pattern.groupindex
        self.pattern = pattern.pattern
        self.flags = pattern.flags

    def search(self, text: str, *args: Any) -> Any:
        if args:
            return self._pattern.search(text, *args)
        return None if text[:1] not in self._first else self._pattern.search(text)

    def __getattr__(self, name: str) -> Any:  # anything else: the pattern itself
        return getattr(self._pattern, name)


#: The sentence splitter's ``^(?:\.+|…+\.*|[!?]+)$`` (SoMaJo 2.5, digest): a token that
#: ends a sentence starts with one of these.
_SENTENCE_END = ("ffa1ed772683", ".…!?")


def speed_up_splitter(splitter: Any) -> None:
    """Replace the slow test of SoMaJo's ``SentenceSplitter`` by an equivalent faster one."""
    pattern = getattr(splitter, "sentence_ending_punct", None)
    if pattern is not None and not isinstance(pattern, FirstChar):
        expected, first = _SENTENCE_END
        if digest(pattern) == expected:
            splitter.sentence_ending_punct = FirstChar(pattern, first)


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
        dotted=True,
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


def _item_gate(pattern: Any, items: list[str], chars: str) -> Any:
    """``pattern`` (an alternation of the literal ``items``, case-insensitive or not) behind a
    gate that looks for an item at each occurrence of its first character of ``chars``: the
    item's rest matched there, its beginning behind (with the pattern's flags, so in the case
    semantics of the pattern) — a few ``str.find`` and small matches where the anchored scan
    tried the whole alternation at every position near a dot or a digit."""
    follows: dict[str, list[str]] = {}
    for item in items:
        k = min(i for i, ch in enumerate(item) if ch in chars)
        behind = f"(?<={regex.escape(item[:k])})" if k else ""
        follows.setdefault(item[k], []).append(behind + regex.escape(item[k:]))
    if len(follows) > 12:  # no cheaper than the scan
        return pattern
    return Gated(pattern, follows=tuple((ch, "|".join(alts)) for ch, alts in follows.items()))


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
    "url_without_protocol": (
        "510d6a3a88ac",
        r"\.(?:de|com|tv|me|net|us|org|at|cc|ly|be|ch"
        r"|info|live|eu|edu|gov|jpg|png|gif|log|txt|xlsx?|docx?|pptx?|pdf)",
    ),
    "ordinal": ("08fd31c9b62a", r"\d\."),
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
                else _item_gate(Anchored(pattern, needles, _reach(items, needles)), items, needles),
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
    for name, gate in _GATES.items():
        pattern = getattr(tokenizer, name, None)
        if pattern is not None and not isinstance(pattern, Gated):
            setattr(tokenizer, name, _gated(pattern, gate))
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
