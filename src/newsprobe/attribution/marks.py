"""Direct quotes in the canonical text: every quote style, nesting, and quotes that run over
several sentences or paragraphs.

German „…“ and »…« (and ‚…‘), English “…” and ‘…’, Swiss/French «…», and the straight
"…" and '…' of scraped text.  Straight marks are paired by position: an opening mark
stands after a space, an opening bracket or the start of a block and before a non-space;
a closing mark the other way round.  An apostrophe between letters ("geht's", "Putin's")
is never a quote.  A quote left open at the end of a paragraph continues when the next
paragraph opens with the same mark (the convention for multi-paragraph quotes); otherwise
it ends with its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
_DOUBLE = frozenset('„“”"»«')
_OPEN_CONTEXT = frozenset(" \t\n([{/–—-:;,")
_CLOSE_CONTEXT = frozenset(" \t\n)]}/–—-:;,.!?…")


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

    def contains(self, start: int, end: int) -> bool:
        return self.inner_start <= start and end <= self.inner_end


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return (before in _OPEN_CONTEXT or before in _DOUBLE or before in "‚‘'") and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return not before.isspace() and (after in _CLOSE_CONTEXT or after in _DOUBLE or after in "‘’'")


def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """All quotes in ``text``, outermost first within each position, in text order.

    ``paragraphs`` are the ``(start, end)`` offsets of the blocks; quotes never run past the
    end of a block unless the next block opens with the same mark.
    """
    if paragraphs is None:
        paragraphs = [(0, len(text))]
    quotes: list[Quote] = []
    stack: list[Quote] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if stack:
            # A quote left open: continues if this paragraph opens with its mark.
            top = stack[0]
            first = text[p_start] if p_start < p_end else ""
            if first == top.mark or (top.mark in '„"' and first in '„"»«“'):
                top.continuations.append(p_start)
                i = p_start + 1
            else:
                _close_open(stack, quotes, paragraphs[p_index - 1][1])
        while i < p_end:
            ch = text[i]
            if ch in _PAIRS or ch in "”’":
                _handle_mark(text, i, ch, stack, quotes)
            i += 1
        nxt = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
        if stack and (nxt is None or not _opens_with(text, nxt, stack[0].mark)):
            _close_open(stack, quotes, p_end)
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


def _opens_with(text: str, pos: int, mark: str) -> bool:
    first = text[pos] if pos < len(text) else ""
    return first == mark or (mark in '„"' and first in '„"»«“')


def _close_open(stack: list[Quote], quotes: list[Quote], end: int) -> None:
    """Quotes still open at ``end``: the outermost ends there, unclosed; inner ones are
    dropped (a stray mark inside a quote is more likely than a nested unclosed quote)."""
    if stack:
        outer = stack[0]
        outer.end = outer.inner_end = end
        outer.closed = False
        if outer.inner_end > outer.inner_start:
            quotes.append(outer)
    stack.clear()


def _handle_mark(text: str, i: int, ch: str, stack: list[Quote], quotes: list[Quote]) -> None:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'’" and _is_letter(before) and _is_letter(after):
        return  # apostrophe: geht's, don't
    if ch == "'" and _is_letter(before) and not stack:
        return  # "Putins' " / "the users' " outside any quote
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
            quotes.append(open_q)
            # Anything opened inside and not closed is dropped.
            del stack[depth:]
            return
    if ch in "”’":
        return  # a closing-only mark with nothing open: stray
    if ch in "\"'" and not _can_open(text, i):
        return
    if ch == "“" and stack and stack[-1].mark == "„":
        return
    if ch in "'‘‚" and not stack and ch == "'" and not (before.isspace() or before in '([„"'):
        return
    stack.append(
        Quote(start=i, end=i + 1, inner_start=i + 1, inner_end=i + 1, mark=ch, depth=len(stack))
    )
