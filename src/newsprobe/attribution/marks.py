"""Direct quotes in the canonical text: every quote style, nesting, and quotes that run over
several sentences or paragraphs.

German „…“ and »…« (and ‚…‘), English “…” and ‘…’, Swiss/French «…», and the straight
"…" and '…' of scraped text.  Straight marks are paired by position: an opening mark
stands after a space, an opening bracket or the start of a block and before a non-space;
a closing mark the other way round.  An apostrophe between letters ("geht's", "Putin's")
is never a quote.  A quote left open at the end of a paragraph continues when the next
paragraph opens with the same mark (the convention for multi-paragraph quotes); otherwise
it ends with its paragraph.

The text's own style settles the ambiguous marks: where German „ is used (and English ”
is not), “ only closes; guillemets point the way the first one does (»…« or «…»).  Where
a quote is open and a new sentence opens with the same kind of mark, the open quote lost
its closing mark (or its paragraph break): it ends before the new one.  A closing mark
with nothing open that ends a sentence closes a quote that began before the paragraph
did (a multi-paragraph quote whose later paragraphs carry no opening mark), so the quote
runs from the start of the paragraph.
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
#: Marks that belong to one family for re-opening: a new sentence opening with one of
#: these while another of them is open means the open quote lost its closing mark.
_FAMILY = {"„": "d", "“": "d", '"': "d", "»": "g", "«": "g"}
_SENTENCE_END = frozenset(".!?…")
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
    #: False for a quote whose opening mark lies before its paragraph (only closed).
    opened: bool = True

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
    style = _Style(text)
    quotes: list[Quote] = []
    stack: list[Quote] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        style.paragraph = (p_start, len(quotes))
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
                _handle_mark(text, i, ch, stack, quotes, style)
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


class _Style:
    """How the text uses the ambiguous marks, and where the current paragraph starts."""

    def __init__(self, text: str) -> None:
        #: German „…“: “ closes only.
        self.german = "„" in text and "”" not in text
        first = next((ch for ch in text if ch in "»«"), "»")
        #: The guillemet that opens (the other one closes).
        self.guillemet = first
        self.paragraph = (0, 0)  # (start offset, number of quotes before the paragraph)

    def can_open(self, ch: str) -> bool:
        if ch == "“":
            return not self.german
        if ch in "»«":
            return ch == self.guillemet
        return ch in _PAIRS


def _sentence_start(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a new sentence: sentence-final punctuation (possibly
    with a closing mark or a dash) and a space before it."""
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


def _handle_mark(
    text: str, i: int, ch: str, stack: list[Quote], quotes: list[Quote], style: _Style
) -> None:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "'’" and _is_letter(before) and _is_letter(after):
        return  # apostrophe: geht's, don't
    if ch == "'" and _is_letter(before) and not stack:
        return  # "Putins' " / "the users' " outside any quote
    if (
        stack
        and style.can_open(ch)
        and ch in _FAMILY
        and _FAMILY.get(stack[0].mark) == _FAMILY[ch]
        and not after.isspace()
        and _sentence_start(text, i)
        and (ch != '"' or not _can_close(text, i))
    ):
        # A new sentence opens a quote while one is open: the open one lost its close.
        _close_open(stack, quotes, len(text[:i].rstrip()))
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
    if ch in "”’" or (ch in _PAIRS and not style.can_open(ch)):
        if not stack and ch not in "’":
            _orphan_close(text, i, quotes, style)
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


def _orphan_close(text: str, i: int, quotes: list[Quote], style: _Style) -> None:
    """A closing mark with nothing open, ending a sentence, as the first mark of its
    paragraph: the quote began before the paragraph (its opening mark is not there)."""
    p_start, n_before = style.paragraph
    k = i - 1
    while k >= p_start and text[k].isspace():
        k -= 1
    if len(quotes) != n_before or k < p_start or text[k] not in _SENTENCE_END:
        return
    after = text[i + 1] if i + 1 < len(text) else " "
    if not (after.isspace() or after in _CLOSE_CONTEXT):
        return
    start = p_start
    while start < i and text[start].isspace():
        start += 1
    if start < i:
        quotes.append(
            Quote(start=start, end=i + 1, inner_start=start, inner_end=i, mark=text[i], opened=False)
        )
