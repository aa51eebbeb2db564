"""Plain-text layout: lines of scraped text typed as headline, teaser, caption, … or furniture.

The input is split into lines (hard-wrapped paragraphs are re-joined), each line is cut into
pieces (a kicker and its headline, a caption and its credit, UI residue), and every piece gets a
block kind or a removal kind.  Rules read the furniture lexicon in ``furniture.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsprobe.layout.genre import is_genre_label
from newsprobe.layout.head_line import headline_over_teaser, tidy_headline
from newsprobe.layout.lexicon import Furniture, furniture
from newsprobe.layout.line_decode import CREDIT_LINE as _CREDIT_LINE
from newsprobe.layout.line_decode import SENTENCE_END as _SENTENCE_END
from newsprobe.layout.line_decode import furniture_out
from newsprobe.layout.page_meta import (
    apart,
    byline_cluster,
    echo_date,
    find_page_meta,
    footer_date,
    headline_above,
    headline_by_lead,
    is_stamp,
    mark_meta_below,
)
from newsprobe.layout.top_stamps import mark_top_stamps
from newsprobe.model import BlockKind, RemovedKind

_BULLET = re.compile(r"^\s*([•·▪►■◦‣∙*]|[-–](?=\s))\s+")
_TERMINAL = re.compile(r"[.!?…:;]['\"“”»«’)]*$")
_QUOTES = "\"'„“”»«‚‘’"
#: The marker of a Markdown heading ("# Title", "## Section"), not a hashtag ("#Wahl").
_MD_HEADING = re.compile(r"#{1,6}\s+(?=\S)")
_LETTER = re.compile(r"[^\W\d_]")
_KICKER = re.compile(r"^(?P<kicker>[^:.!?]{2,60}?):\s+(?P<rest>\S.*)$")


@dataclass
class Piece:
    """A stretch ``start:end`` of the input with a block kind or a removal kind."""

    start: int
    end: int
    kind: BlockKind | None = None
    removed: RemovedKind | None = None
    reason: str = ""
    duplicate_of: int | None = None  # index of the Line whose caption this repeats


@dataclass
class Line:
    start: int  # offset of the first non-space character (bullet marker included)
    end: int
    text: str  # content, without bullet marker
    content_start: int  # offset of ``text``
    bullet: bool
    blank_before: bool
    pieces: list[Piece] = field(default_factory=list)
    residue: bool = False  # UI residue was cut from its end
    #: ``(text, its word count)``: the rules ask for the count of a line many times, and a line
    #: of scraped news is often a whole article (its text changes when residue is cut).
    _words: tuple[str, int] | None = field(default=None, repr=False, compare=False)

    @property
    def content_end(self) -> int:
        return self.content_start + len(self.text)

    @property
    def words(self) -> int:
        counted = self._words
        if counted is None or counted[0] is not self.text:
            counted = self._words = (self.text, len(self.text.split()))
        return counted[1]

    @property
    def typed(self) -> bool:
        return bool(self.pieces)

    def set(
        self, kind: BlockKind | None = None, removed: RemovedKind | None = None, reason: str = ""
    ) -> None:
        """Type the whole content (keeping an already cut residue piece at the end)."""
        keep = [p for p in self.pieces if p.removed is RemovedKind.UI_RESIDUE]
        start = self.start
        if kind is not None:  # a typed block: its content, without a Markdown heading's "#"
            m = _MD_HEADING.match(self.text)
            start = self.content_start + (m.end() if m else 0)
        self.pieces = [Piece(start, self.content_end, kind, removed, reason), *keep]


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with offsets; hard-wrapped paragraphs are merged into one line."""
    raw: list[tuple[int, int, bool]] = []
    pos = 0
    blank = False
    for chunk in text.split("\n"):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            raw.append((pos + lead, pos + lead + len(stripped), blank))
            blank = False
        else:
            blank = True
        pos += len(chunk) + 1
    raw = _merge_wrapped(text, raw)
    lines: list[Line] = []
    for start, end, blank_before in raw:
        segment = text[start:end]
        m = _BULLET.match(segment)
        offset = m.end() if m else 0
        lines.append(Line(start, end, segment[offset:], start + offset, bool(m), blank_before))
    return lines


def _merge_wrapped(text: str, raw: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Detect hard-wrapped text (most lines close to one width) and join paragraph lines."""
    lengths = sorted(e - s for s, e, _ in raw)
    if len(lengths) < 8:
        return raw
    width = lengths[int(len(lengths) * 0.9) - 1]
    if not 40 <= width <= 100:
        return raw
    near = sum(1 for n in lengths if n >= 0.7 * width)
    if near < 0.5 * len(lengths):
        return raw
    merged: list[tuple[int, int, bool]] = []
    for start, end, blank in raw:
        if merged and not blank and not _BULLET.match(text[start:end]):
            p_start, p_end, p_blank = merged[-1]
            if p_end - p_start >= 0.7 * width or text.count("\n", p_start, p_end):
                prev_line_len = p_end - (text.rfind("\n", p_start, p_end) + 1 or p_start)
                if prev_line_len >= 0.7 * width:
                    merged[-1] = (p_start, end, p_blank)
                    continue
        merged.append((start, end, blank))
    return merged


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(_QUOTES + " ")).casefold()


def _is_prose(line: Line) -> bool:
    return bool(_SENTENCE_END.search(line.text)) or len(line.text) >= 160


def _headline_like(line: Line) -> bool:
    if line.bullet or not 2 <= line.words <= 30:
        return False
    return not (line.text.endswith(".") and line.words > 14)


#: A photo credit that says what it is (``CREDIT_LINE``: "© Name", "Foto: Name"; not
#: "Quelle: …", which also ends a paragraph that cites a study) is one with a name or two.
MARKED_CREDIT_WORDS = 6
#: Where the people in a photo stand, or that it is a stock photo: the line is its caption
#: ("Anna Muster (l.) und …", "… auf die Wege zieht (Symbolbild).").
_PHOTO_MARK = re.compile(
    r"\((?:v\.\s?l\.(?:\s?n\.\s?r\.)?|l\.|r\.|m\.|li\.|re\.|"
    r"symbolbild|symbolfoto|archivbild|archivfoto)\)",
    re.I,
)
PHOTO_MARK_WORDS = 40


def _credit_split(line: Line, fur: Furniture) -> int | None:
    """Offset where a photo credit starts at the end of the line, if it has one."""
    m = fur.credit_suffix.search(line.text)
    if not m or (m.start("credit") == 0 and line.words > 14):
        return None
    credit = m.group("credit").lower()
    if any(n in credit for n in fur.credit_names) or "/" in credit or "|" in credit:
        return line.content_start + m.start("credit")
    if _CREDIT_LINE.match(credit.lstrip()) and len(credit.split()) <= MARKED_CREDIT_WORDS:
        return line.content_start + m.start("credit")
    return None


def _is_credit_only(line: Line, fur: Furniture) -> bool:
    low = line.text.lower()
    if line.words > 14:
        return False
    if re.match(r"^(bild|foto|fotos|photo|image|credit|copyright|©)\s*:", low):
        return True
    return any(n in low for n in fur.credit_names) and ("/" in low or "|" in low or "©" in low)


def classify(
    text: str, links: Sequence[tuple[int, int]] = (), model: bool = True
) -> tuple[list[Line], dict[str, object]]:
    """Type every line of ``text``; return the lines and what was learned about the article.

    ``links``: spans of link text (from unwrapped Markdown or lynx markup).  ``model``: let the
    line model (``layout/line_model``) remove page furniture and find the headline."""
    fur = furniture()
    lines = split_lines(text)
    found: dict[str, object] = {}
    pass_furniture(lines, fur, found)
    hint = _pass_model(lines, links) if model else None
    _pass_navigation(lines)
    whole = hint is not None or any(x.pieces[0].reason == _MODEL_REASON for x in lines if x.typed)
    if not whole:  # a short text: its stamp lines are no headline
        mark_top_stamps(lines, fur, found)
    head = _pass_headline(lines, hint)
    if hint is not None and head is not None:
        mark_meta_below(lines, fur, head)
    if whole:
        if head is not None and is_stamp(lines[head].text):  # a date stamp is no headline
            lines[head].set(BlockKind.DATELINE)
            head = None
        if head is None:  # the byline and date stand by the headline: find it first
            head = _headline_by_lead(lines, fur, None, None)
        meta_top = find_page_meta(lines, fur, head, found)
        far = False
        if meta_top is None and (cluster := byline_cluster(lines, fur)) is not None:
            # none by the headline found, a dated "Von …" byline elsewhere: the article's top
            meta_top, far = find_page_meta(lines, fur, None, found, top=cluster), True
        if meta_top is not None:
            far = far or apart(lines, head, meta_top)
            head = _headline_above_meta(lines, fur, head, meta_top, far)
        moved = _headline_by_lead(lines, fur, head, meta_top)
        if meta_top is None and moved is not None and moved != head:
            find_page_meta(lines, fur, moved, found)  # by the headline the lead named
        up = headline_over_teaser(lines, moved, lambda: _headline_fits(lines, fur))
        if moved is not None and up is not None:  # the headline found is the teaser
            lines[moved].set(BlockKind.TEASER)
            lines[up].set(BlockKind.HEADLINE)
            moved = up
        head = tidy_headline(lines, moved)
        footer_date(lines, found)
        echo_date(lines, head, found)
    _pass_captions(lines, fur, head)
    _pass_body(lines, head)
    return lines, found


def pass_furniture(lines: list[Line], fur: Furniture, found: dict[str, object]) -> None:
    n = len(lines)
    related_next = False
    for i, line in enumerate(lines):
        s = line.text
        for pattern in fur.ui_residue:
            m = pattern.search(s)
            if m and m.start() > 0:
                cut = line.content_start + m.start()
                line.pieces = [
                    Piece(
                        cut, line.content_end, removed=RemovedKind.UI_RESIDUE, reason="ui residue"
                    )
                ]
                line.text = s[: m.start()]
                line.residue = True
                s = line.text
                break
        if related_next and not line.bullet and len(s) <= 200:
            line.set(BlockKind.RELATED)
            related_next = False
            continue
        related_next = False
        for pattern in fur.publisher:
            m = pattern.search(s)
            if m:
                found.setdefault("publisher", m.group("name"))
        if fur.any(fur.empty_byline, s):
            line.set(removed=RemovedKind.EMPTY_BYLINE, reason="empty byline template")
            found["byline_empty"] = True
        elif fur.any(fur.boilerplate, s):
            line.set(removed=RemovedKind.BOILERPLATE, reason="furniture lexicon")
        elif not line.bullet and fur.any(fur.agency_code, s):
            line.set(removed=RemovedKind.AGENCY_CODE, reason="agency/author code")
            found.setdefault("codes", []).append(s)  # type: ignore[union-attr]
        elif not line.bullet and (i < 6 or i >= n - 6) and fur.any(fur.byline, s):
            line.set(BlockKind.BYLINE)
        elif not line.bullet and fur.any(fur.dateline, s):
            line.set(BlockKind.DATELINE)
        elif not line.bullet and fur.any(fur.related, s):
            line.set(BlockKind.RELATED)
            related_next = True
        elif not line.bullet and fur.any(fur.related_inline, s):
            line.set(BlockKind.RELATED)


def _nav_like(line: Line) -> bool:
    return (
        not line.typed
        and not line.bullet
        and line.words <= 3
        and len(line.text) <= 30
        and not _TERMINAL.search(line.text)
    )


def _pass_navigation(lines: list[Line]) -> None:
    """Runs of three or more menu-like lines at the top or bottom of the page."""

    def mark(indices: list[int]) -> None:
        if len(indices) >= 3:
            for j in indices:
                lines[j].set(removed=RemovedKind.NAVIGATION, reason="menu-like run of short lines")

    run: list[int] = []
    for i, line in enumerate(lines):
        if _nav_like(line):
            run.append(i)
            continue
        if line.typed and not run:
            continue
        if line.typed and line.pieces[0].removed is not None:
            continue
        mark(run)
        break
    run = []
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if _nav_like(line):
            run.append(i)
        elif not (line.typed and line.pieces[0].removed is not None):
            break
    mark(run)


#: The line model's headline: its most probable ``H`` line above the article, if at least
#: this probable.
HEADLINE_P = 0.05
_MODEL_REASON = "line model: page furniture"


def _pass_model(lines: list[Line], links: Sequence[tuple[int, int]]) -> int | None:
    """Remove the lines the line model calls page furniture (``line_decode``); return its
    headline line."""
    from newsprobe.layout import line_model

    model = line_model.load()
    if model is None or not lines:
        return None
    probs = model.marginals(lines, links)
    out = furniture_out(lines, probs)
    if out is None:
        return None
    for line, o in zip(lines, out, strict=True):
        if o:
            line.set(removed=RemovedKind.BOILERPLATE, reason=_MODEL_REASON)
    # the headline stands above the article: the most probable one before its first line
    first = next((i for i, o in enumerate(out) if not o and _is_prose(lines[i])), len(lines))
    fur = furniture()
    fit = [0.0 if ln.typed and ln.pieces[0].reason != _MODEL_REASON else f
           for ln, f in zip(lines, _headline_fits(lines, fur), strict=True)]  # fmt: skip
    best = _model_headline([{"H": p["H"] * f} for p, f in zip(probs, fit, strict=True)], first)
    if probs[best]["H"] < HEADLINE_P:
        return None
    line = lines[best]
    if line.typed and line.pieces[0].reason == _MODEL_REASON:
        line.pieces = []
    if line.typed:
        return None
    # what stands before the headline of a whole page is furniture (a kicker excepted)
    for i in range(best):
        other = lines[i]
        if not other.typed and not (i == best - 1 and other.words <= 4):
            other.set(removed=RemovedKind.BOILERPLATE, reason="line model: before the headline")
    return best


#: The headline stands just above the article (a byline, a date, a teaser or a picture
#: between): the model's headline is looked for among this many lines above its first line
#: before the rest of the page (where a tip box or a menu title can look like one).
HEADLINE_NEAR = 12


_NOT_HEADLINE = re.compile(
    r"^(?:[(+\[]|\d{1,2}\.\s|\d+\s+(?:kommentare?|comments?)\b)|"
    r"\b(?:foto(?:graf)?s?|bild|photo(?:graph)?s?|image|symbolbild|credits?|bildrechte|bildquelle|quelle|"
    r"copyright|source)\s*:|©|\s[-–|/]\s*+copyright\b|"  # "… teilgenommen. - Copyright X"
    r"\([^()]*/[^()]*\)\s*$",  # a photo credit in brackets at the end: "(NOAA/SPC)"
    re.IGNORECASE,
)


def _headline_fit(line: Line, fur: Furniture) -> float:
    """1, or less for a line shaped like something else that stands above an article: a
    photo caption with its credit, a byline or date stamp, a comment count, a numbered
    teaser, a bracketed label ("(Symbolbild) …", "+ Europe Today")."""
    text = line.text
    if line.bullet or _NOT_HEADLINE.search(text) or _credit_split(line, fur) is not None:
        return 0.1
    if fur.any(fur.byline, text) or fur.any(fur.dateline, text) or is_stamp(text):
        return 0.1
    if _SENTENCE_END.search(text) and text.endswith(".") and line.words > 8:
        return 0.5  # a sentence: a caption or a teaser rather than a headline
    return 1.0


#: A photo credit on a line of its own: "Foto: …", "Bildrechte: …", "© …", "Name/Agentur".
#: What a line that stands right above a photo credit has of a headline's fit: it is the
#: caption of that photo (a headline is followed by its byline, date or teaser).
ABOVE_CREDIT_FIT = 0.3


def _headline_fits(lines: Sequence[Line], fur: Furniture) -> list[float]:
    """:func:`_headline_fit` of every line, in the light of the line below: a line right above
    a photo credit is the photo's caption."""
    fits = [_headline_fit(ln, fur) for ln in lines]
    below: Line | None = None
    for i in range(len(lines) - 1, -1, -1):
        if below is not None and (_CREDIT_LINE.match(below.text) or _is_credit_only(below, fur)):
            fits[i] *= ABOVE_CREDIT_FIT
        if _LETTER.search(lines[i].text):
            below = lines[i]
    return fits


def _headline_above_meta(
    lines: list[Line], fur: Furniture, head: int | None, meta_top: int, far: bool = False
) -> int | None:
    """Move the headline of a whole page to the line right above its byline and date
    (:func:`newsprobe.layout.page_meta.headline_above`), if that is not where it is."""
    fits = _headline_fits(lines, fur)
    fits = [f if i == head or not ln.typed or ln.pieces[0].removed or _own_kicker(i, head, ln)
            else 0.0 for i, (ln, f) in enumerate(zip(lines, fits, strict=True))]  # fmt: skip
    new = headline_above(lines, head, meta_top, fits, far)
    if new is None:
        return head
    if head is not None:
        old = lines[head]
        if fur.any(fur.byline, old.text):
            old.set(BlockKind.BYLINE)
        else:
            old.set(removed=RemovedKind.BOILERPLATE, reason="line model: not the headline")
        if (
            head > 0
            and lines[head - 1].typed
            and lines[head - 1].pieces[0].kind is BlockKind.KICKER
        ):
            lines[head - 1].set(
                removed=RemovedKind.BOILERPLATE, reason="line model: not the headline"
            )
    lines[new].set(BlockKind.HEADLINE)
    prev = lines[new - 1] if new > 0 else None
    if (
        prev is not None
        and (not prev.typed or prev.pieces[0].removed)
        and prev.words <= 6
        and (prev.text.rstrip().endswith(":") or not _TERMINAL.search(prev.text))
        and not prev.bullet
        and prev.words >= 1
        and _headline_fit(prev, fur) >= 1.0
    ):
        prev.set(BlockKind.KICKER)
    return new


def _own_kicker(i: int, head: int | None, line: Line) -> bool:
    """Line ``i`` is the kicker line of the headline ``head``."""
    return head is not None and i == head - 1 and line.pieces[0].kind is BlockKind.KICKER


def _headline_by_lead(
    lines: list[Line], fur: Furniture, head: int | None, meta_top: int | None
) -> int | None:
    """Move the headline of a whole page to the line above its article (and byline and date)
    that shares words with the article's lead, when the one found shares none
    (:func:`newsprobe.layout.page_meta.headline_by_lead`)."""
    start = max(head if head is not None else -1, meta_top if meta_top is not None else -1)
    first = next((i for i in range(start + 1, len(lines)) if _is_prose(lines[i])
                  and not (lines[i].typed and lines[i].pieces[0].removed)), None)  # fmt: skip
    if first is None:
        return head
    fits = _headline_fits(lines, fur)
    new = headline_by_lead(lines, head, meta_top if meta_top is not None else first, fits)
    if new is None:
        return head
    if head is not None:
        lines[head].set(removed=RemovedKind.BOILERPLATE, reason="line model: not the headline")
    lines[new].set(BlockKind.HEADLINE)
    return new


def _model_headline(probs: Sequence[dict[str, float]], first: int) -> int:
    """The line the model most probably calls the headline, above line ``first``, near it
    when one there is probable enough."""
    end = first or len(probs)
    near = range(max(0, end - HEADLINE_NEAR), end)
    best = max(near, key=lambda i: probs[i]["H"])
    if probs[best]["H"] >= HEADLINE_P:
        return best
    return max(range(end), key=lambda i: probs[i]["H"])


def _pass_headline(lines: list[Line], hint: int | None = None) -> int | None:
    """Type the headline (and a kicker) and return its line index."""
    candidates = [i for i, line in enumerate(lines) if not line.typed]
    if not candidates:
        return None
    first = candidates[0]
    if hint is not None and hint in candidates and _headline_like(lines[hint]):
        first = hint
        candidates = candidates[candidates.index(hint) - (hint - 1 in candidates) :]
        if hint - 1 in candidates:
            prev = lines[hint - 1]
            if not _TERMINAL.search(prev.text) and prev.words <= 4:
                prev.set(BlockKind.KICKER)
                lines[hint].set(BlockKind.HEADLINE)
                return hint
            candidates = candidates[1:]
    line = lines[first]
    nxt = candidates[1] if len(candidates) > 1 else None
    # "Kommentar", or a section's word ("World") on its own line above the headline
    section = line.words == 1 and not _TERMINAL.search(line.text)
    # (not above a line that ends in a colon: that one introduces what follows, as a
    # statement's frame "Der Minister sagte am Montag:" does, and is no headline)
    label = is_genre_label(line.text) or (
        section
        and nxt is not None
        and not _is_prose(lines[nxt])
        and not lines[nxt].text.rstrip().endswith(":")
    )
    if nxt is not None and label and _headline_like(lines[nxt]):
        line.set(BlockKind.KICKER)
        lines[nxt].set(BlockKind.HEADLINE)
        return nxt
    if not _headline_like(line) or line.residue:
        return None
    if (
        nxt is not None
        and nxt == first + 1
        and line.words <= 4
        and not _TERMINAL.search(line.text)
        and _headline_like(lines[nxt])
        and not _is_prose(lines[nxt])
    ):
        line.set(BlockKind.KICKER)
        lines[nxt].set(BlockKind.HEADLINE)
        return nxt
    if not split_kicker(line):
        line.set(BlockKind.HEADLINE)
    return first


def split_kicker(line: Line) -> bool:
    """Type a "Kicker: Headline" line as two pieces; False if it has no colon kicker."""
    m = _KICKER.match(line.text)
    if not (m and len(m.group("kicker").split()) <= 5 and len(m.group("rest").split()) >= 2):
        return False
    k_end = line.content_start + m.end("kicker")
    h_start = line.content_start + m.start("rest")
    line.pieces = [
        Piece(line.content_start, k_end, BlockKind.KICKER),
        Piece(h_start, line.content_end, BlockKind.HEADLINE),
        *[p for p in line.pieces if p.removed is RemovedKind.UI_RESIDUE],
    ]
    return True


def _pass_captions(lines: list[Line], fur: Furniture, head: int | None) -> None:
    """Captions (with credits and repeated copies) and stand-alone credits."""
    captions: dict[str, int] = {}
    for i, line in enumerate(lines):
        if line.typed and not (line.residue and len(line.pieces) == 1):
            continue
        if line.bullet:
            continue
        cut = _credit_split(line, fur)
        caption_text = line.text if cut is None else line.text[: cut - line.content_start]
        key = _norm(caption_text)
        residue = [p for p in line.pieces if p.removed is RemovedKind.UI_RESIDUE]
        if key and key in captions:
            pieces = [
                Piece(
                    line.content_start,
                    line.content_start + len(caption_text.rstrip()),
                    removed=RemovedKind.DUPLICATE,
                    reason="repeats an earlier caption",
                    duplicate_of=captions[key],
                )
            ]
            if cut is not None:
                pieces.append(Piece(_skip_space(line, cut), line.content_end, BlockKind.CREDIT))
            line.pieces = pieces + residue
            continue
        repeated = (
            bool(key)
            and line.words <= 40
            and any(
                _norm(_caption_part(other, fur)) == key
                for other in lines[i + 1 :]
                if not other.bullet
            )
        )
        if cut is not None and (line.words <= 60):
            if caption_text.strip():
                line.pieces = [
                    Piece(
                        line.content_start,
                        line.content_start + len(caption_text.rstrip()),
                        BlockKind.CAPTION,
                    ),
                    Piece(_skip_space(line, cut), line.content_end, BlockKind.CREDIT),
                    *residue,
                ]
                captions[key] = i
            else:
                line.set(BlockKind.CREDIT)
        elif repeated or line.residue or _photo_marked(line):
            line.set(BlockKind.CAPTION)
            captions[key] = i
        elif _is_credit_only(line, fur):
            line.set(BlockKind.CREDIT)


def _photo_marked(line: Line) -> bool:
    return line.words <= PHOTO_MARK_WORDS and bool(_PHOTO_MARK.search(line.text))


def _skip_space(line: Line, cut: int) -> int:
    rel = cut - line.content_start
    return cut + len(line.text[rel:]) - len(line.text[rel:].lstrip())


def _caption_part(line: Line, fur: Furniture) -> str:
    cut = _credit_split(line, fur)
    return line.text if cut is None else line.text[: cut - line.content_start]


def _pass_body(lines: list[Line], head: int | None) -> None:
    """Teaser, highlights, subheadings, list items and paragraphs."""
    start = head + 1 if head is not None else 0
    top_zone = head is not None
    teaser_done = head is None
    for i in range(start, len(lines)):
        line = lines[i]
        if line.typed and not (line.residue and len(line.pieces) == 1):
            continue
        if line.bullet:
            line.set(BlockKind.HIGHLIGHT if top_zone else BlockKind.LIST_ITEM)
            continue
        if not teaser_done:
            teaser_done = True
            if _is_prose(line) and len(line.text) <= 700:
                line.set(BlockKind.TEASER)
                continue
        if _subheading_like(line, lines, i):
            top_zone = False
            line.set(BlockKind.SUBHEADING)
            continue
        top_zone = False
        line.set(BlockKind.PARAGRAPH)
    for line in lines[:start]:
        if not line.typed or (line.residue and len(line.pieces) == 1):
            line.set(BlockKind.PARAGRAPH)


def _subheading_like(line: Line, lines: list[Line], i: int) -> bool:
    core = line.text.strip(_QUOTES + " ")
    if not core or line.words > 14 or len(line.text) > 120:
        return False
    if re.search(r"[.,;:…]$", core):
        return False
    if core.endswith(("?", "!")) and line.words > 10:
        return False
    following = next((ln for ln in lines[i + 1 :] if ln.text.strip()), None)
    return following is not None and not following.bullet and len(following.text) > len(line.text)
