"""HTML report: one self-contained page showing an :class:`Analysis` and all its span layers.

The page is a single file with no network access at all (inline CSS and JS only, guarded by a
restrictive Content-Security-Policy).  The article's canonical text is rendered block by block
with every span layer nested inside as markup; each layer also gets a side panel.

Everything taken from the article (text, metadata, removed input, warnings…) is untrusted and
escaped: the template runs with autoescape on, and fragments built here go through
:func:`markupsafe.escape`.

The markup of the article view is built by :func:`nest_spans` from character offsets: given the
text and spans that properly nest (blocks ⊃ sentences ⊃ tokens), it emits well-formed, escaped
HTML.  Layers added later (``Analysis.SPAN_LAYERS``) are rendered generically: their spans are
highlighted inline where they nest with what is already there and stay inside one block; a span
that would cross another is listed in its panel only (clicking it flashes the smallest element
enclosing it).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from pydantic import BaseModel

from newsprobe.model import Analysis, Block, BlockKind, Span
from newsprobe.report.marks import Mark, layer_mark

__all__ = [
    "KNOWN_LAYERS",
    "LAYER_TABLE_LIMIT",
    "TOKEN_TABLE_LIMIT",
    "CrossingSpansError",
    "Mark",
    "format_value",
    "metadata_rows",
    "nest_spans",
    "render_html",
]

#: At most this many tokens are listed in the Tokens panel (all are still highlighted inline).
TOKEN_TABLE_LIMIT = 2000
#: At most this many spans of any other layer are listed in its panel.
LAYER_TABLE_LIMIT = 2000

#: Span layers with a renderer of their own; any other layer is rendered generically.
KNOWN_LAYERS = ("blocks", "sentences", "tokens", "mentions", "attributions", "claims", "findings")

_TAG_RE = re.compile(r"^[a-z][a-z0-9]*$")
_ATTR_RE = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_.:-]*$")
_CLASS_RE = re.compile(r"[^A-Za-z0-9_ -]")

# Block kinds and the element each is rendered as (anything else: <p>).
_BLOCK_TAGS: dict[BlockKind, str] = {
    BlockKind.HEADLINE: "h1",
    BlockKind.SUBHEADING: "h2",
    BlockKind.HIGHLIGHT: "li",
    BlockKind.LIST_ITEM: "li",
    BlockKind.CAPTION: "figure",
    BlockKind.QUOTE_BLOCK: "blockquote",
}
# Consecutive blocks of these kinds are wrapped in one list element.
_LIST_KINDS: dict[BlockKind, str] = {
    BlockKind.HIGHLIGHT: "np-list np-highlights",
    BlockKind.LIST_ITEM: "np-list np-items",
}
# Fields that, when a span of a generic layer has them, make its small inline label.
_LABEL_FIELDS = ("label", "kind", "type", "role", "category")
_EXTRA_STYLES = 6  # number of distinct underline styles for generic layers (see template)


class CrossingSpansError(ValueError):
    """Spans given to :func:`nest_spans` that partly overlap instead of nesting."""


SpanLike = Mark | tuple[Any, ...]


def _coerce(item: SpanLike) -> Mark:
    if isinstance(item, Mark):
        return item
    start, end, css_class, attrs, *rest = item
    return Mark(start, end, css_class or "", attrs or {}, rest[0] if rest else "span")


def _open_tag(mark: Mark) -> str:
    parts = [mark.tag]
    css = _CLASS_RE.sub("", mark.css_class).strip()
    if css:
        parts.append(f'class="{css}"')
    for name, value in mark.attrs.items():
        if value is None or value is False:
            continue
        if not _ATTR_RE.match(name) or name.lower().startswith("on"):
            raise ValueError(f"refusing attribute name {name!r}")
        value = "" if value is True else value
        parts.append(f'{name}="{escape(str(value))}"')
    return "<" + " ".join(parts) + ">"


def nest_spans(text: str, spans: Iterable[SpanLike]) -> Markup:
    """Escaped HTML of ``text`` with one element per span, nested by their offsets.

    ``spans`` are :class:`Mark` objects or tuples ``(start, end, css_class, attrs[, tag])``
    (``tag`` defaults to ``span``; ``attrs`` maps attribute names to values, ``None``/``False``
    leave the attribute out).  Spans must nest: two spans may be disjoint or one may contain the
    other, but they must not partly overlap (:class:`CrossingSpansError`).  A span with the same
    extent as one given earlier is placed inside it, so list outer layers first.  Zero-length
    spans become empty elements.  All text and attribute values are escaped.
    """
    marks = [_coerce(s) for s in spans]
    n = len(text)
    for m in marks:
        if not 0 <= m.start <= m.end <= n:
            raise ValueError(f"span {m.start}:{m.end} outside text of length {n}")
        if not _TAG_RE.match(m.tag):
            raise ValueError(f"refusing tag name {m.tag!r}")
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, -marks[i].end, i))
    out: list[str] = []
    stack: list[Mark] = []
    pos = 0

    def close() -> None:
        nonlocal pos
        top = stack.pop()
        out.append(escape(text[pos : top.end]))
        out.append(f"</{top.tag}>")
        pos = top.end

    for i in order:
        mark = marks[i]
        while stack and stack[-1].end <= mark.start:
            close()
        if stack and mark.end > stack[-1].end:
            top = stack[-1]
            raise CrossingSpansError(
                f"span {mark.start}:{mark.end} crosses span {top.start}:{top.end}"
            )
        out.append(escape(text[pos : mark.start]))
        pos = mark.start
        out.append(_open_tag(mark))
        stack.append(mark)
    while stack:
        close()
    out.append(escape(text[pos:]))
    return Markup("".join(out))


class _Frame:
    """Spans accepted for inline markup; tells whether another one would cross any of them."""

    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []  # sorted (start, end)
        self._maxlen = 0

    def add(self, start: int, end: int) -> None:
        insort(self._items, (start, end))
        self._maxlen = max(self._maxlen, end - start)

    def _near(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        items = self._items
        lo = bisect_left(items, (start - self._maxlen, -1))
        hi = bisect_left(items, (end + 1, -1))
        for k in range(lo, hi):
            yield items[k]

    def crosses(self, start: int, end: int) -> bool:
        return any(a < start < b < end or start < a < end < b for a, b in self._near(start, end))

    def swallows(self, start: int, end: int) -> bool:
        """Whether ``start:end`` would contain (or cross) a non-empty item of a different extent."""
        for a, b in self._near(start, end):
            if a < b and (a, b) != (start, end) and start <= a and b <= end:
                return True
        return self.crosses(start, end)


# -- value formatting ------------------------------------------------------------------------
def format_value(value: Any) -> str:
    """A short plain-text rendering of a field value (escaping happens later)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return json.dumps(value.model_dump(mode="json"), ensure_ascii=False)
    if isinstance(value, list | tuple | set):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _shorten(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "layer"


def _title(name: str) -> str:
    return name.replace("_", " ").strip().capitalize() or name


def metadata_rows(analysis: Analysis) -> list[tuple[str, str]]:
    """``(label, value)`` pairs describing the article's metadata, as plain (unescaped) text."""
    meta = analysis.meta
    language = meta.language or ""
    if language and meta.language_confidence is not None:
        language = f"{language} (confidence {meta.language_confidence:.2f})"
    return [
        ("Title", meta.title or ""),
        ("URL", meta.url or ""),
        ("Language", language),
        ("Publisher", meta.publisher or ""),
        ("Genre", f"{meta.genre} ({meta.genre_reason})" if meta.genre else ""),
        ("Agency", ", ".join(meta.agency)),
        ("Authors", ", ".join(meta.authors)),
        ("Published", meta.published.isoformat() if meta.published else ""),
        ("Published from", meta.published_from or ""),
        ("Read at", meta.read_at.isoformat() if meta.read_at else ""),
        ("Input kind", format_value(meta.input_kind)),
        ("Source path", meta.source_path or ""),
        ("Encoding", meta.encoding or ""),
        ("SHA-256", meta.sha256 or ""),
        ("Byline empty", format_value(meta.byline_empty)),
        ("Schema version", analysis.schema_version),
        ("Components", ", ".join(analysis.components)),
    ]


def _layer(analysis: Analysis, name: str) -> list[Any]:
    spans = getattr(analysis, name, None) or []
    return list(spans)


def _valid(span: Any, n: int) -> bool:
    start, end = getattr(span, "start", None), getattr(span, "end", None)
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= n


# -- article view ----------------------------------------------------------------------------
@dataclass
class _Plan:
    marks: list[Mark] = field(default_factory=list)
    inline: dict[str, set[int]] = field(default_factory=dict)  # layer -> indices shown inline


def _block_label(block: Block) -> str:
    label = block.kind.value.replace("_", " ")
    if block.duplicate_of is not None:
        label += f" · duplicate of #{block.duplicate_of}"
    return f"#{block.id} {label}"


def _span_label(span: Any, layer: str) -> str:
    for name in _LABEL_FIELDS:
        value = getattr(span, name, None)
        if value not in (None, ""):
            return format_value(value)
    return layer


def _plan_article(analysis: Analysis, extra: Sequence[str]) -> _Plan:
    text = analysis.text
    n = len(text)
    plan = _Plan()
    # Block-level elements (lists, blocks, gaps): other spans may neither cross nor contain them.
    structure = _Frame()
    # One frame per inline layer (short spans stay cheap to check against).
    frames: dict[str, _Frame] = {}
    marks = plan.marks

    # Blocks, in text order; each must not overlap an earlier one.
    blocks = [(i, b) for i, b in enumerate(analysis.blocks) if _valid(b, n)]
    blocks.sort(key=lambda ib: (ib[1].start, ib[1].end))
    kept: list[tuple[int, Block]] = []
    for i, block in blocks:
        if kept and block.start < kept[-1][1].end:
            continue  # overlaps an earlier block: listed in the Layout panel only
        kept.append((i, block))
    plan.inline["blocks"] = {i for i, _ in kept}

    # Wrap runs of consecutive list-like blocks (highlights, list items) in one <ul>.
    groups: list[Mark] = []
    run: list[Block] = []

    def flush() -> None:
        if run:
            css = _LIST_KINDS[run[0].kind]
            groups.append(Mark(run[0].start, run[-1].end, css, {}, "ul"))
            run.clear()

    for _, block in kept:
        if block.kind in _LIST_KINDS:
            if run and (run[0].kind != block.kind or text[run[-1].end : block.start].strip()):
                flush()
            run.append(block)
        else:
            flush()
    flush()
    for group in groups:
        marks.append(group)
        structure.add(group.start, group.end)

    # Text not covered by any block is shown too, so nothing hides: words as their own
    # paragraph, bare punctuation (a kicker's colon, say) as a small muted separator.
    gaps: list[Mark] = []
    if kept:
        pos = 0
        for _, block in [*kept, (-1, None)]:
            stop = block.start if block is not None else n
            chunk = text[pos:stop]
            if chunk.strip():
                start = pos + len(chunk) - len(chunk.lstrip())
                end = pos + len(chunk.rstrip())
                if any(c.isalnum() for c in chunk):
                    attrs = {"data-label": "outside any block"}
                    gaps.append(Mark(start, end, "np-block np-gap", attrs, "p"))
                else:
                    attrs = {"title": "text between blocks"}
                    gaps.append(Mark(start, end, "np-sep", attrs))
            if block is not None:
                pos = block.end
    elif text:
        gaps.append(
            Mark(0, n, "np-block np-noblocks", {"data-label": "text (no layout blocks)"}, "div")
        )

    for i, block in kept:
        classes = f"np-block np-kind-{block.kind.value}"
        if block.duplicate_of is not None:
            classes += " np-duplicate"
        marks.append(
            Mark(
                block.start,
                block.end,
                classes,
                {
                    "id": f"np-block-{i}",
                    "data-layer": "blocks",
                    "data-i": i,
                    "data-start": block.start,
                    "data-end": block.end,
                    "data-label": _block_label(block),
                },
                _BLOCK_TAGS.get(block.kind, "p"),
            )
        )
        structure.add(block.start, block.end)
    for gap in gaps:
        marks.append(gap)
        structure.add(gap.start, gap.end)

    def admit(layer: str, start: int, end: int) -> bool:
        if structure.swallows(start, end):
            return False
        if any(f.crosses(start, end) for f in frames.values()):
            return False
        frames.setdefault(layer, _Frame()).add(start, end)
        return True

    # Headline and highlights under check: outside sentences (listed before them, so that a
    # finding of the same extent as a sentence encloses it).
    from newsprobe.report.html_layers import finding_marks, layer_marks

    found = finding_marks(analysis, admit)
    marks.extend(found.outer)
    plan.inline.update(found.inline)

    # Sentences.
    plan.inline["sentences"] = set()
    for i, sent in enumerate(analysis.sentences):
        if _valid(sent, n) and admit("sentences", sent.start, sent.end):
            plan.inline["sentences"].add(i)
            css = f"np-sent np-sent-{'odd' if i % 2 == 0 else 'even'}"
            title = f"Sentence {i + 1}"
            marks.append(layer_mark(sent.start, sent.end, css, "sentences", i, title, n=i + 1))

    # Tokens: admitted before later layers, so those cannot break them up.
    token_marks: list[Mark] = []
    plan.inline["tokens"] = set()
    for i, tok in enumerate(analysis.tokens):
        if _valid(tok, n) and admit("tokens", tok.start, tok.end):
            plan.inline["tokens"].add(i)
            title = f"Token {i + 1} · {tok.kind}"
            token_marks.append(layer_mark(tok.start, tok.end, "np-tok", "tokens", i, title))

    # Claims, their cues, attributions and mentions: nested between sentences and tokens.
    layers = layer_marks(analysis, admit)
    marks.extend(layers.inner)
    plan.inline.update(layers.inline)

    # Further (unknown) layers: generically, between sentences and tokens.
    for k, layer in enumerate(extra):
        slug = _slug(layer)
        plan.inline[layer] = set()
        for i, span in enumerate(_layer(analysis, layer)):
            if not _valid(span, n) or not admit(layer, span.start, span.end):
                continue
            plan.inline[layer].add(i)
            label = _span_label(span, layer)
            css = f"np-x np-x{k % _EXTRA_STYLES} np-l-{slug}"
            title = f"{_title(layer)} {i + 1}: {label}"
            marks.append(layer_mark(span.start, span.end, css, layer, i, title, label))

    marks.extend(token_marks)  # after later layers: of equal extent, tokens go inside

    # Where boilerplate was cut: empty markers (their label comes from CSS, not the text).
    for i, item in enumerate(analysis.removed):
        at = min(max(item.at, 0), n)
        title = f"Removed ({item.kind.value}): {_shorten(item.text, 200)}"
        marks.append(layer_mark(at, at, "np-cut", "removed", i, title, f"cut: {item.kind.value}"))
    return plan


# -- panels ----------------------------------------------------------------------------------
def _panel_row(i: int, span: Span, inline: set[int] | None, **fields: Any) -> dict[str, Any]:
    """Row ``i`` of a layer's panel table: its offsets, ``fields``, and (``inline`` given)
    whether the item is marked in the article text too."""
    row = {"i": i, **fields, "start": span.start, "end": span.end}
    if inline is not None:
        row["inline"] = i in inline
    return row


def _extra_fields(span: BaseModel, skip: Iterable[str]) -> list[str]:
    skipped = set(skip)
    return [name for name in type(span).model_fields if name not in skipped]


def _generic_panel(analysis: Analysis, layer: str, index: int, inline: set[int]) -> dict[str, Any]:
    spans = _layer(analysis, layer)
    columns: list[str] = []
    for span in spans:
        if isinstance(span, BaseModel):
            for name in _extra_fields(span, ("start", "end", "text")):
                if name not in columns:
                    columns.append(name)
    rows = [
        {
            "i": i,
            "n": i + 1,
            "start": getattr(span, "start", 0),
            "end": getattr(span, "end", 0),
            "text": getattr(span, "text", ""),
            "cells": [format_value(getattr(span, c, None)) for c in columns],
            "inline": i in inline,
        }
        for i, span in enumerate(spans[:LAYER_TABLE_LIMIT])
    ]
    return {
        "name": layer,
        "title": _title(layer),
        "slug": _slug(layer),
        "style": index % _EXTRA_STYLES,
        "count": len(spans),
        "columns": [_title(c) for c in columns],
        "rows": rows,
        "limit": LAYER_TABLE_LIMIT,
        "panel_only": len(spans) - len(inline),
    }


def _context(analysis: Analysis) -> dict[str, Any]:
    known = [layer for layer in analysis.SPAN_LAYERS if layer in KNOWN_LAYERS]
    extra = [
        layer
        for layer in analysis.SPAN_LAYERS
        if layer not in KNOWN_LAYERS and getattr(analysis, layer)
    ]
    plan = _plan_article(analysis, extra)
    article = nest_spans(analysis.text, plan.marks)

    meta = analysis.meta
    headline = analysis.headline
    title = meta.title or (headline.text if headline else "") or "Untitled article"
    url = meta.url or ""
    url_href = url if re.match(r"^https?://", url, flags=re.IGNORECASE) else None

    blocks = [
        _panel_row(
            i,
            b,
            plan.inline["blocks"],
            id=b.id,
            kind=b.kind.value,
            text=_shorten(b.text),
            duplicate_of=b.duplicate_of,
            parent=b.parent,
        )
        for i, b in enumerate(analysis.blocks)
    ]
    standard = {"kind", "text", "at", "reason"}
    removed = []
    for i, r in enumerate(analysis.removed):
        more = [
            (_title(name), format_value(getattr(r, name)))
            for name in type(r).model_fields
            if name not in standard and getattr(r, name) not in (None, "", [])
        ]
        at = min(max(r.at, 0), len(analysis.text))
        removed.append(
            {
                "i": i,
                "kind": r.kind.value,
                "text": r.text,
                "at": at,
                "reason": r.reason,
                "more": more,
            }
        )
    sentences = [
        _panel_row(i, s, plan.inline["sentences"], n=i + 1, text=s.text, block=s.block)
        for i, s in enumerate(analysis.sentences)
    ]
    tokens = [
        _panel_row(
            i,
            t,
            None,
            n=i + 1,
            text=t.text,
            kind=t.kind,
            sentence="" if t.sentence is None else t.sentence + 1,
            space_after=t.space_after,
        )
        for i, t in enumerate(analysis.tokens[:TOKEN_TABLE_LIMIT])
    ]
    timings = [
        {"component": t.component, "ms": f"{t.seconds * 1000:.1f}"} for t in analysis.timings
    ]
    total_ms = f"{sum(t.seconds for t in analysis.timings) * 1000:.1f}"
    layers = [
        _generic_panel(analysis, layer, k, plan.inline[layer]) for k, layer in enumerate(extra)
    ]

    from newsprobe.report import html_layers as hl

    findings = hl.finding_panel(analysis, plan.inline.get("findings", set()))
    claims = hl.claim_panel(analysis, plan.inline.get("claims", set()))
    entities = hl.entity_panel(analysis)
    attributions = hl.attribution_panel(analysis, plan.inline.get("attributions", set()))
    sources = hl.source_panel(analysis)
    shown = {
        "findings": bool(findings),
        "claims": bool(claims),
        "entities": bool(analysis.mentions),
        "attributions": bool(attributions),
    }
    toggles = [
        {"key": "layout", "label": "Layout labels", "on": True},
        {"key": "removed", "label": "Cut markers", "on": True},
        {"key": "sentences", "label": "Sentences", "on": True},
        {"key": "tokens", "label": "Token borders", "on": False},
        *(
            {"key": key, "label": label, "on": True}
            for key, label in (
                ("findings", "Headline check"),
                ("claims", "Claims"),
                ("cues", "Cues"),
                ("attributions", "Attributions"),
                ("entities", "Entities"),
            )
            if shown.get(key, shown["claims"] if key == "cues" else False)
        ),
        *({"key": f"l-{p['slug']}", "label": p["title"], "on": True} for p in layers),
    ]
    off = " ".join(f"np-off-{t['key']}" for t in toggles if not t["on"])
    return {
        "title": title,
        "language": meta.language or "",
        "article": article,
        "article_classes": off,
        "toggles": toggles,
        "known": known,
        "meta_rows": metadata_rows(analysis),
        "url_href": url_href,
        "blocks": blocks,
        "removed": removed,
        "sentences": sentences,
        "sentence_panel_only": len(analysis.sentences) - len(plan.inline["sentences"]),
        "tokens": tokens,
        "token_count": len(analysis.tokens),
        "token_limit": TOKEN_TABLE_LIMIT,
        "timings": timings,
        "total_ms": total_ms,
        "warnings": list(analysis.warnings),
        "layers": layers,
        "verdict": hl.verdict_panel(analysis),
        "findings": findings,
        "claims": claims,
        "entities": entities,
        "attributions": attributions,
        "sources": sources,
        "counts": {
            "blocks": len(analysis.blocks),
            "sentences": len(analysis.sentences),
            "tokens": len(analysis.tokens),
            "removed": len(analysis.removed),
            "characters": len(analysis.text),
        },
    }


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader(__name__.rpartition(".")[0], "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(analysis: Analysis) -> str:
    """The analysis as one self-contained HTML page (no network access needed or allowed)."""
    template = _environment().get_template("report.html.j2")
    return template.render(**_context(analysis))
