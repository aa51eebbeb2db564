"""The ``layout`` component: typed blocks, boilerplate removed (and recorded), canonical text.

It is the only component that rewrites ``Analysis.text``: it runs first, before any span layer
exists, and turns the reader's normalised input into the canonical text of the article.
"""

from __future__ import annotations

import re

from newsprobe.layout import genre, relative_date
from newsprobe.layout.lexicon import furniture
from newsprobe.layout.lines import Line, Piece, classify, pass_furniture, split_kicker
from newsprobe.layout.metadata import apply_found, dateline_agency, find_agencies, parse_byline
from newsprobe.model import Analysis, Block, BlockKind, Removed, RemovedKind, Status
from newsprobe.options import Options

_HINT_KINDS = {k.value: k for k in BlockKind}
_QUOTES = re.compile(r"[\"'„“”»«‚‘’\s]+")
_BODY = {
    BlockKind.PARAGRAPH,
    BlockKind.TEASER,
    BlockKind.QUOTE_BLOCK,
    BlockKind.LIST_ITEM,
    BlockKind.SUBHEADING,
}
#: An HTML page with less body text than this is reported as ``no_article_found``.
MIN_HTML_BODY_WORDS = 25


class LayoutComponent:
    name = "layout"
    requires: tuple[str, ...] = ()

    def __call__(self, analysis: Analysis, options: Options) -> None:
        if analysis.blocks or analysis.sentences or analysis.tokens:
            raise RuntimeError("layout must run before any other layer is added")
        crawl = relative_date.crawl_stand_in(analysis, options.reference)
        if analysis.status is Status.NO_ARTICLE_FOUND:
            relative_date.resolve(analysis, crawl)
            return
        if analysis._hints:
            self._from_hints(analysis)
            body_words = sum(len(b.text.split()) for b in analysis.blocks if b.kind in _BODY)
            if body_words < MIN_HTML_BODY_WORDS:
                analysis.status = Status.NO_ARTICLE_FOUND
                analysis.warnings.append(
                    f"no article found: the page has only {body_words} words of body text"
                )
        else:
            self._from_lines(analysis)
        if not analysis.blocks and analysis.status is Status.OK:
            analysis.status = Status.NO_ARTICLE_FOUND
            analysis.warnings.append("no article found: the input is all page furniture")
        for block in analysis.blocks_of(BlockKind.BYLINE, BlockKind.DATELINE):
            parse_byline(block.text, analysis.meta)
        relative_date.resolve(analysis, crawl)  # an absolute date on the page wins
        first = next((b for b in analysis.blocks if b.kind in _BODY), None)
        if first is not None:
            dateline_agency(first.text, analysis.meta)
        body = [b.text for b in analysis.blocks if b.kind in _BODY]
        find_agencies(body[:2], body[-2:], analysis.meta)
        headline = analysis.headline
        if analysis.meta.title is None and headline is not None:
            kicker = next(
                (b for b in analysis.blocks_of(BlockKind.KICKER) if b.parent == headline.id), None
            )
            analysis.meta.title = _title(analysis.text, kicker, headline)
        if headline is None and analysis.status is Status.OK:
            analysis.warnings.append("no headline found")
        genre.apply(analysis)

    # -- HTML and other structured input: the reader already typed the units ----------------
    def _from_hints(self, analysis: Analysis) -> None:
        """Units typed by the reader; body units still pass the furniture lexicon."""
        lines: list[Line] = []
        found: dict[str, object] = {}
        body: list[Line] = []
        hints = analysis._hints
        for start, end, kind in hints:
            line = Line(start, end, analysis.text[start:end], start, False, True)
            lines.append(line)
            if kind in ("paragraph", "list_item"):
                body.append(line)
            line.hint = _HINT_KINDS[kind]  # type: ignore[attr-defined]
        analysis._hints = []
        pass_furniture(body, furniture(), found)
        seen: list[tuple[int, str]] = []
        has_kicker = any(kind == "kicker" for _, _, kind in hints)
        for index, line in enumerate(lines):
            key = _QUOTES.sub("", line.text).strip().casefold()
            if not line.typed and line.hint is BlockKind.QUOTE_BLOCK:  # type: ignore[attr-defined]
                earlier = next((i for i, k in seen if key and key in k), None)
                if earlier is not None:  # a pull quote repeating the body
                    line.pieces = [
                        Piece(
                            line.start,
                            line.end,
                            removed=RemovedKind.DUPLICATE,
                            reason="pull quote repeats the text",
                            duplicate_of=earlier,
                        )
                    ]
            hint = line.hint  # type: ignore[attr-defined]
            if not line.typed and hint is BlockKind.HEADLINE and not has_kicker:
                split_kicker(line)
            if not line.typed:
                line.set(hint)
            seen.append((index, key))
        self._assemble(analysis, lines, found)
        end = len(analysis.text)
        for kind, text, before in analysis._scratch.pop("reader_removed", []):
            analysis.removed.append(
                Removed(
                    kind=RemovedKind(kind), text=text, at=0 if before else end, reason="page region"
                )
            )

    # -- plain text: the line model --------------------------------------------------------
    def _from_lines(self, analysis: Analysis) -> None:
        lines, found = classify(analysis.text, analysis._scratch.pop("links", ()))
        if "relative" in found:
            analysis._scratch[relative_date.SCRATCH] = found["relative"]
        self._assemble(analysis, lines, found)

    def _assemble(self, analysis: Analysis, lines: list[Line], found: dict[str, object]) -> None:
        """Build the canonical text from typed lines; record what was removed."""
        source = analysis.text
        out: list[str] = []
        pos = 0
        pending: list[tuple[RemovedKind, str, str, int | None]] = []
        line_block: dict[int, int] = {}  # line index -> first block id (for duplicate_of)
        blocks: list[tuple[int, int, BlockKind, int | None]] = []  # canonical start/end
        prev_end: int | None = None
        for index, line in enumerate(lines):
            kept = [p for p in line.pieces if p.kind is not None]
            dup_line = next(
                (p.duplicate_of for p in line.pieces if p.duplicate_of is not None), None
            )
            dup = line_block.get(dup_line) if dup_line is not None else None
            removed = [
                (
                    p.start,
                    (
                        p.removed,
                        source[p.start : p.end].strip(),
                        p.reason,
                        dup if p.duplicate_of is not None else None,
                    ),
                )
                for p in line.pieces
                if p.removed is not None
            ]
            if not kept:
                pending.extend(item for _, item in removed)
                continue
            seg_start, seg_end = kept[0].start, kept[-1].end
            pending.extend(item for start, item in removed if start < seg_end)
            trailing = [item for start, item in removed if start >= seg_end]
            if line.bullet and kept[0].start == line.content_start:
                seg_start = line.start  # keep the bullet marker in the canonical text
            if out:
                gap = source[prev_end : line.start] if prev_end is not None else "\n\n"
                sep = "\n\n" if gap.count("\n") >= 2 else "\n"
                out.append(sep)
                pos += len(sep)
            for kind, removed_text, reason, of in pending:
                analysis.removed.append(
                    Removed(kind=kind, text=removed_text, at=pos, reason=reason, duplicate_of=of)
                )
            pending = []
            segment = source[seg_start:seg_end]
            out.append(segment)
            for piece in kept:
                assert piece.kind is not None
                b_start = pos + piece.start - seg_start
                blocks.append((b_start, b_start + piece.end - piece.start, piece.kind, dup))
            line_block.setdefault(index, len(blocks) - len(kept))
            pos += len(segment)
            prev_end = line.end
            # residue after the kept text is recorded where that text ends
            for kind, removed_text, reason, of in trailing:
                analysis.removed.append(
                    Removed(kind=kind, text=removed_text, at=pos, reason=reason, duplicate_of=of)
                )
            pending = []
        for kind, removed_text, reason, of in pending:
            analysis.removed.append(
                Removed(kind=kind, text=removed_text, at=pos, reason=reason, duplicate_of=of)
            )
        text = "".join(out)
        analysis.text = text
        for start, end, kind, dup in blocks:
            analysis.blocks.append(
                Block.of(text, start, end, id=len(analysis.blocks), kind=kind, parent=dup)
            )
        self._link(analysis)
        apply_found(found, analysis.meta)

    @staticmethod
    def _link(analysis: Analysis) -> None:
        """Kickers point at their headline, credits at the caption they belong to."""
        blocks = analysis.blocks
        for i, block in enumerate(blocks):
            if (
                block.kind is BlockKind.KICKER
                and i + 1 < len(blocks)
                and blocks[i + 1].kind is BlockKind.HEADLINE
            ):
                block.parent = blocks[i + 1].id
            elif (
                block.kind is BlockKind.CREDIT
                and block.parent is None
                and i > 0
                and blocks[i - 1].kind is BlockKind.CAPTION
            ):
                block.parent = blocks[i - 1].id


#: A colon with a space before it between a kicker and its headline (German and English set
#: none; a renderer that gave the kicker an element of its own does).
_SPACED_COLON = re.compile(r"(?<=\w)[ \t]+:[ \t]+(?=\S)")


def _title(text: str, kicker: Block | None, headline: Block) -> str:
    """The article's title: its headline, with the kicker when they share a line ("Kicker:
    Headline").  A renderer that gave the kicker an element of its own leaves a space before
    the colon ("Kicker : Headline"); the title is written as the page shows it, without."""
    if kicker is None or kicker.end > headline.start or "\n" in text[kicker.end : headline.start]:
        # kicker and headline on one line, rendered from elements of their own: "Kicker : Head"
        return _SPACED_COLON.sub(": ", text[headline.start : headline.end], count=1)
    joined = text[kicker.start : headline.end]
    head = text[kicker.start : kicker.end].rstrip()
    # "Kicker: Head", or "Kicker Head" run together on one line (no colon rendered)
    if text[kicker.end : headline.start].strip() in (":", "") and head and not head.endswith(":"):
        return f"{head}: {text[headline.start : headline.end]}"
    return joined
