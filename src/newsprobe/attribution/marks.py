"""Direct quotes in the canonical text: every quote style, nesting, and quotes that run over
several sentences or paragraphs.

German „…“ and »…« (and ‚…‘), English “…” and ‘…’, Swiss/French «…», and the straight
"…" and '…' of scraped text.  Straight marks are paired by position: an opening mark
stands after a space, an opening bracket or the start of a block and before a non-space;
a closing mark the other way round; a straight mark opens only where one closes it later
in the paragraph.  An apostrophe between letters ("geht's", "Putin's") or before an
elided word ("'s ist", "'n Tag") is never a quote, nor are ditto marks („„ in tables).

The text's own style settles the ambiguous marks: where German „ is used (and English ”
is not), “ only closes; guillemets point the way most of them do (»…« or «…»).

Quotes that are not closed where they should be:

* A quote left open at the end of a paragraph continues when the next paragraph opens
  with the same mark (the convention for multi-paragraph quotes); otherwise it ends with
  its paragraph — or, where a nested quote inside it closed at the end of a sentence, at
  that mark (one mark closing both).
* Where a quote is open and a new sentence opens with the same kind of mark, the open
  quote lost its closing mark (or its paragraph break): it ends before the new one.
* A closing mark with nothing open that ends a sentence, as the first mark of its
  paragraph, closes a quote that began before the paragraph did (a multi-paragraph quote
  whose later paragraphs carry no opening mark): the quote runs from the paragraph start.
* Single-mark quotes never run open to the end of a paragraph, and a paragraph with three
  or more double marks open at once is a table of ditto marks, not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "CLOSING_MARKS",
    "DOUBLE_MARKS",
    "GERMAN_CLOSING",
    "GERMAN_MARKS",
    "GERMAN_OPENING",
    "OPENING_MARKS",
    "QUOTE_MARKS",
    "SINGLE_MARKS",
    "Quote",
    "find_quotes",
    "short_quoted_name",
]

# -- the marks, for every module that reads quotation marks in text or tokens --------------
#: Double quotation marks: German „…“, English “…”, guillemets »…« / «…», straight "…".
DOUBLE_MARKS = frozenset('„“”"»«')
#: Single quotation marks: German ‚…‘, English ‘…’, straight '…' (also apostrophes).
SINGLE_MARKS = frozenset("‚‘'’")
#: Every quotation mark the quote finder reads.
QUOTE_MARKS = DOUBLE_MARKS | SINGLE_MARKS
#: The double marks of German text: „…“, »…« / «…» and straight "…", not English ”.
GERMAN_MARKS = frozenset('„“"»«')
#: The marks among :data:`GERMAN_MARKS` that only open a quote (straight " opens and closes).
GERMAN_OPENING = frozenset("„»")
#: The marks among :data:`GERMAN_MARKS` that only close a quote.
GERMAN_CLOSING = frozenset("“«")
#: Marks that may open a short quoted name, any style (not the single closing ’ or «).
OPENING_MARKS = frozenset('„»"“‚')
#: Marks that may close a short quoted name, any style.
CLOSING_MARKS = frozenset('“«"”‘')
#: The longest name in quotation marks: "die „Kampagne für ein Freies Tibet“".
_NAME_WORDS = 5

#: Opening mark -> closing marks it accepts (scraped text mixes styles).
_PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("“", "”", '"'),
    "“": ("”", '"'),  # English style; German closing “ is handled below
    "»": ("«",),
    "«": ("»",),
    "‚": ("‘", "’"),
    "‘": ("’",),
    '"': ('"', "“", "”"),
    "'": ("'", "’"),
}
_OPEN_CONTEXT = frozenset(" \t\n([{/–—-:;,")
_CLOSE_CONTEXT = frozenset(" \t\n)]}/–—-:;,.!?…")
#: Marks of one family: a new sentence opening with one of these while another of them is
#: open means the open quote lost its closing mark.
_FAMILY = {"„": "d", "“": "d", '"': "d", "»": "g", "«": "g"}
_SENTENCE_END = frozenset(".!?…")
_MARK = re.compile("[" + "".join(sorted(QUOTE_MARKS)) + "]")
#: Elided words after an apostrophe: "'s ist", "'n Abend", "'ne Frage", "'nen".
_ELISIONS = frozenset(["s", "n", "ne", "nen", "nem", "ner", "m", "em", "r", "t"])


@dataclass
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    mark: str
    depth: int = 0
    closed: bool = True
    #: Offsets of continuation marks ("„" opening the next paragraph of the same quote).
    continuations: list[int] = field(default_factory=list)
    #: False for a quote whose opening mark lies before its paragraph (only closed).
    opened: bool = True
    #: Closing marks of nested quotes that end a sentence (``."`` / ``".``), while open.
    sentence_closes: list[int] = field(default_factory=list, repr=False)

    def contains(self, start: int, end: int) -> bool:
        return self.inner_start <= start and end <= self.inner_end


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return (
        before in _OPEN_CONTEXT or before in DOUBLE_MARKS or before in "‚‘'"
    ) and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return not before.isspace() and (
        after in _CLOSE_CONTEXT or after in DOUBLE_MARKS or after in "‘’'"
    )


def _sentence_start(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a new sentence: sentence-final punctuation (possibly
    with a dash) and a space before it."""
    k = i - 1
    if k < 0 or not text[k].isspace():
        return False
    while k >= 0 and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] in "—–-":
        k -= 1
        while k >= 0 and text[k].isspace():
            k -= 1
    return k >= 0 and text[k] in _SENTENCE_END


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the closing mark at ``i`` ends a sentence: ``."`` or ``".``."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return before in _SENTENCE_END or after in _SENTENCE_END


def _guillemet_style(text: str) -> str:
    """The guillemet that opens: the one that stands before words more often than after."""
    votes = {"»": 0, "«": 0}
    n = len(text)
    for i, ch in enumerate(text):
        if ch not in votes:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if (before.isspace() or before in "([—–-") and after.isalnum():
            votes[ch] += 1
        elif before.isalnum() or before in _SENTENCE_END or before in ",;:":
            votes[ch] -= 1
    return "«" if votes["«"] > votes["»"] else "»"


class _Scanner:
    """One pass over the text, paragraph by paragraph, with a stack of open quotes."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.paragraphs = paragraphs
        #: German „…“: “ closes only.
        self.german = "„" in text and "”" not in text
        self.guillemet = _guillemet_style(text) if ("»" in text or "«" in text) else "»"
        self.quotes: list[Quote] = []
        self.stack: list[Quote] = []
        self.p_index = 0
        self.n_before = 0  # quotes found before the current paragraph

    def can_open(self, ch: str) -> bool:
        if ch == "“":
            return not self.german
        if ch in "»«":
            return ch == self.guillemet
        return ch in _PAIRS

    def run(self) -> list[Quote]:
        text, paragraphs, stack = self.text, self.paragraphs, self.stack
        for p_index, (p_start, p_end) in enumerate(paragraphs):
            self.p_index = p_index
            self.n_before = len(self.quotes)
            i = p_start
            if stack:
                # A quote left open: continues if this paragraph opens with its mark.
                top = stack[0]
                if _opens_with(text, p_start, top.mark) and p_start < p_end:
                    top.continuations.append(p_start)
                    i = p_start + 1
                else:
                    self.close_open(paragraphs[p_index - 1][1])
            for m in _MARK.finditer(text, i, p_end):
                self.mark(m.start(), m.group())
            nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
            if stack and (nxt is None or not _opens_with(text, nxt, stack[0].mark)):
                self.close_open(p_end)
        self.quotes.sort(key=lambda q: (q.start, -q.end))
        return self.quotes

    # -- one mark ----------------------------------------------------------------------
    def mark(self, i: int, ch: str) -> None:
        text, stack = self.text, self.stack
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "'’" and _is_letter(before) and _is_letter(after):
            return  # apostrophe: geht's, don't
        if ch == "'" and _is_letter(before) and not stack:
            return  # "Putins' " / "the users' " outside any quote
        if ch in "'’" and not _is_letter(before) and self._elision(i):
            return  # "'s ist", "'n Abend"
        if ch in DOUBLE_MARKS and (before == ch or after == ch):
            return  # ditto marks in a table: „„
        if (
            stack
            and self.can_open(ch)
            and ch in _FAMILY
            and _FAMILY.get(stack[0].mark) == _FAMILY[ch]
            and not after.isspace()
            and _sentence_start(text, i)
            and (ch != '"' or not _can_close(text, i))
        ):
            # A new sentence opens a quote while one is open: the open one lost its close.
            self.close_open(len(text[:i].rstrip()))
        # Closing the innermost open quote?
        for depth in range(len(stack) - 1, -1, -1):
            open_q = stack[depth]
            closers = _PAIRS[open_q.mark]
            german_close = open_q.mark == "„" and ch == "“"
            if (ch in closers or german_close) and (
                ch not in "\"'" or _can_close(text, i) or not _can_open(text, i)
            ):
                if ch in "'’" and open_q.mark not in "'‘‚":
                    break  # a single mark cannot close a double quote
                if depth != len(stack) - 1 and ch in "\"'":
                    break  # straight marks close only the innermost quote
                open_q.end = i + 1
                open_q.inner_end = i
                self.quotes.append(open_q)
                # Anything opened inside and not closed is dropped.
                del stack[depth:]
                if depth > 0 and ch in DOUBLE_MARKS and _ends_sentence(text, i):
                    stack[0].sentence_closes.append(i)
                return
        if ch in "”’" or (ch in _PAIRS and not self.can_open(ch)):
            if not stack and ch not in "’":
                self._orphan_close(i)
            return  # a closing-only mark with nothing open: stray
        if ch in "\"'" and not _can_open(text, i):
            return
        if ch == "“" and stack and stack[-1].mark == "„":
            return
        if ch in "'‘‚" and not stack and ch == "'" and not (before.isspace() or before in '([„"'):
            return
        if ch == '"' and not self._closes_later(i):
            return
        if after in ".,;:!?)]}" or after.isspace():
            return  # not before a word: a stray mark
        stack.append(
            Quote(start=i, end=i + 1, inner_start=i + 1, inner_end=i + 1, mark=ch, depth=len(stack))
        )

    def _elision(self, i: int) -> bool:
        text = self.text
        k = i + 1
        while k < len(text) and text[k].isalpha() and k - i <= 4:
            k += 1
        word = text[i + 1 : k]
        return word in _ELISIONS and (k == len(text) or not text[k].isalnum())

    def _closes_later(self, i: int) -> bool:
        """A straight double mark opens only where another one can close it later in the
        paragraph before any other double mark (or the next paragraph carries it on)."""
        text = self.text
        p_end = self.paragraphs[self.p_index][1]
        for k in range(i + 1, p_end):
            if text[k] in DOUBLE_MARKS:
                # The next double mark must be a straight one (not „ or »: this one is then
                # a stray closing mark).
                return text[k] == '"'
        nxt = self.p_index + 1
        return nxt < len(self.paragraphs) and text[self.paragraphs[nxt][0] :][:1] == '"'

    def _orphan_close(self, i: int) -> None:
        """A closing mark with nothing open, ending a sentence, as the first mark of its
        paragraph: the quote began before the paragraph (its opening mark is not there)."""
        text = self.text
        p_start = self.paragraphs[self.p_index][0]
        k = i - 1
        while k >= p_start and text[k].isspace():
            k -= 1
        if len(self.quotes) != self.n_before or k < p_start or text[k] not in _SENTENCE_END:
            return
        after = text[i + 1] if i + 1 < len(text) else " "
        if not (after.isspace() or after in _CLOSE_CONTEXT):
            return
        start = p_start
        while start < i and text[start].isspace():
            start += 1
        if start < i:
            self.quotes.append(
                Quote(
                    start=start,
                    end=i + 1,
                    inner_start=start,
                    inner_end=i,
                    mark=text[i],
                    opened=False,
                )
            )

    def close_open(self, end: int) -> None:
        """Quotes still open at ``end``: the outermost ends there, unclosed (or at the mark
        of a nested quote that closed at a sentence end); inner ones are dropped (a stray
        mark inside a quote is more likely than a nested unclosed quote)."""
        stack = self.stack
        if not stack:
            return
        outer = stack[0]
        family = _FAMILY.get(outer.mark)
        same = [q for q in stack if family is not None and _FAMILY.get(q.mark) == family]
        stack.clear()
        if outer.mark in SINGLE_MARKS or len(same) >= 3:
            return  # an open single mark, or ditto marks
        if len(same) == 2:
            # Two open marks of one kind: the first lost its close before the second.
            second = same[1]
            cut = len(self.text[: second.start].rstrip())
            if cut > outer.inner_start:
                outer.end = outer.inner_end = cut
                outer.closed = False
                self.quotes.append(outer)
            outer = second
            outer.depth = 0
        outer.end = outer.inner_end = end
        outer.closed = False
        if outer.sentence_closes:
            last = outer.sentence_closes[-1]
            rest = self.text[last + 1 : end].strip(" .!?…\n\t")
            if rest:
                # "„… das „absolute Ich“. Die Hymnen …": one mark closed both quotes.
                outer.end, outer.inner_end, outer.closed = last + 1, last, True
        if outer.inner_end > outer.inner_start:
            self.quotes.append(outer)


def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """All quotes in ``text``, outermost first within each position, in text order.

    ``paragraphs`` are the ``(start, end)`` offsets of the blocks; quotes never run past the
    end of a block unless the next block opens with the same mark.
    """
    if paragraphs is None:
        paragraphs = [(0, len(text))]
    return _Scanner(text, paragraphs).run()


def _opens_with(text: str, pos: int, mark: str) -> bool:
    first = text[pos] if pos < len(text) else ""
    return first == mark or (mark in '„"' and first in '„"»«“')


def short_quoted_name(inner: Sequence[str], *, capital: bool = True) -> bool:
    """Whether the words between two quotation marks are short enough to be a name (a title, a
    body, a handle: "die „Aktion Deutschland hilft“"): one to five words, the first
    capitalised where ``capital`` asks for it."""
    if not inner or len(inner) > _NAME_WORDS:
        return False
    return not capital or inner[0][:1].isupper()
