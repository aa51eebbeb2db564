"""Markdown report: a readable summary of an :class:`Analysis`.

Title, the sourcing verdict (when the headline check ran), a metadata table, the layout as a
list of blocks, the article text block by block (headline ``#``, subheadings ``##``,
highlights as bullets, captions in italics), the removed boilerplate in a collapsed section,
counts, timings and warnings; then the headline check with its evidence, the claims with their
status and cues, the entities, the attributions and the sources by type; then one generic table
per further span layer.

Article text and metadata are untrusted: Markdown-significant characters are backslash-escaped
so that they cannot start headings, lists, quotes, code, tables, links or raw HTML.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from newsprobe.model import Analysis, Block, BlockKind, ClaimStatus
from newsprobe.report.html import KNOWN_LAYERS, format_value, metadata_rows
from newsprobe.report.layers import (
    STATUS_LABELS,
    attribution_rows,
    claim_sources,
    cue_text,
    entity_rows,
    one_line,
    shares_line,
    source_groups,
    sources_line,
)

__all__ = [
    "LAYER_TABLE_LIMIT",
    "escape_cell",
    "escape_inline",
    "escape_lines",
    "render_markdown",
]

#: At most this many spans of a later layer are listed in its table.
LAYER_TABLE_LIMIT = 500
_REMOVED_PREVIEW = 400

# Backslash-escapable everywhere without changing the meaning of plain prose.
_INLINE_RE = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY_RE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ORDERED_RE = re.compile(r"^(\d{1,9})([.)])")
_BULLET_RE = re.compile(r"^\s*(?:[•·▪▸►‣◦∙*+–—-])\s+")


def escape_inline(text: str) -> str:
    """Escape characters that could start inline Markdown (emphasis, code, links, HTML…)."""
    return _ENTITY_RE.sub(r"\\&", _INLINE_RE.sub(r"\\\1", text))


def _escape_line(line: str, *, hashes: bool = False) -> str:
    line = escape_inline(line.strip())
    if hashes:  # headings: a trailing '#' would be eaten as a closing sequence
        line = line.replace("#", "\\#")
    elif line.startswith("#"):
        return "\\" + line
    if line[:1] in (">", "+", "-", "="):
        return "\\" + line
    return _ORDERED_RE.sub(r"\1\\\2", line)


def escape_lines(text: str) -> str:
    """Escape a (possibly multi-line) text for use as a paragraph; blank lines are dropped."""
    return "\n".join(_escape_line(line) for line in text.splitlines() if line.strip())


def _one_line(text: str) -> str:
    """Escape ``text`` for a single-line construct (heading, bullet, emphasis)."""
    return _escape_line(" ".join(text.split()), hashes=True)


def escape_cell(value: Any) -> str:
    """Escape a value for a table cell: one line, pipes escaped."""
    text = value if isinstance(value, str) else format_value(value)
    return escape_inline(" ".join(text.split()))


def _table(header: list[str], rows: list[list[str]], align: list[str] | None = None) -> list[str]:
    align = align or ["---"] * len(header)
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    out.extend("| " + " | ".join(row) + " |" for row in rows)
    return out


#: The columns of each layer's table, and those of them aligned right (numbers).
_COLUMNS: dict[str, tuple[list[str], set[str]]] = {
    "Claims": (["#", "Role", "Status", "Claim", "Cues", "Sources"], {"#"}),
    "Entities": (["Entity", "Type", "Id", "Mentions", "Mentioned as", "Description"], {"Mentions"}),
    "Attributions": (["#", "Kind", "Speaker", "Cue", "Message", "Source"], {"#"}),
    "Sources": (["Type", "Source", "Named", "Statements", "Id", "Why"], {"Statements"}),
}


def _section(title: str, count: int, rows: list[list[str]]) -> list[str]:
    """A layer's section: its title with the item count, and its table."""
    header, right = _COLUMNS[title]
    align = ["---:" if h in right else "---" for h in header]
    return [f"## {title} ({count})", "", *_table(header, rows, align)]


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _block_md(block: Block) -> str | None:
    """One block of the article as Markdown (``None`` if it has no visible text)."""
    text = block.text
    if not text.strip():
        return None
    kind = block.kind
    if kind is BlockKind.HEADLINE:
        return "# " + _one_line(text)
    if kind is BlockKind.SUBHEADING:
        return "## " + _one_line(text)
    if kind in (BlockKind.HIGHLIGHT, BlockKind.LIST_ITEM):
        return "- " + _one_line(_BULLET_RE.sub("", text, count=1))
    if kind in (BlockKind.CAPTION, BlockKind.CREDIT):
        return "*" + _one_line(text) + "*"
    if kind in (BlockKind.KICKER, BlockKind.TEASER):
        return "**" + _one_line(text) + "**"
    if kind is BlockKind.QUOTE_BLOCK:
        return "\n".join("> " + line for line in escape_lines(text).splitlines())
    return escape_lines(text)


def _article(analysis: Analysis) -> list[str]:
    text = analysis.text
    blocks = sorted(analysis.blocks, key=lambda b: (b.start, b.end))
    if not blocks:
        body = escape_lines(text)
        return [body] if body else ["*(no text)*"]
    out: list[str] = []
    previous: BlockKind | None = None
    pos = 0
    for block in [*blocks, None]:
        # Words outside any block are kept as a plain paragraph (bare punctuation is dropped).
        gap = text[pos : block.start if block is not None else len(text)]
        if any(c.isalnum() for c in gap):
            out += [*([""] if out else []), escape_lines(gap)]
            previous = None
        if block is None:
            break
        pos = max(pos, block.end)
        md = _block_md(block)
        if md is None:
            continue
        listish = block.kind in (BlockKind.HIGHLIGHT, BlockKind.LIST_ITEM)
        if out and not (listish and previous is block.kind):
            out.append("")  # blank line between blocks, not inside a run of bullets
        out.append(md)
        previous = block.kind
    return out


def _layout(analysis: Analysis) -> list[str]:
    if not analysis.blocks:
        return ["*No layout blocks.*"]
    out = []
    for block in analysis.blocks:
        notes = []
        if block.duplicate_of is not None:
            notes.append(f"duplicate of #{block.duplicate_of}")
        if block.parent is not None:
            notes.append(f"belongs to #{block.parent}")
        note = f" ({', '.join(notes)})" if notes else ""
        preview = _one_line(_shorten(block.text, 100))
        out.append(f"- **#{block.id}** `{block.kind.value}`{note} — {preview}")
    return out


def _removed(analysis: Analysis) -> list[str]:
    if not analysis.removed:
        return ["*Nothing was removed.*"]
    n = len(analysis.removed)
    out = [
        "<details>",
        f"<summary>{n} item{'s' if n != 1 else ''} kept out of the canonical text</summary>",
        "",
    ]
    standard = {"kind", "text", "at", "reason"}
    for item in analysis.removed:
        extra = [
            f"{name.replace('_', ' ')} {escape_cell(getattr(item, name))}"
            for name in type(item).model_fields
            if name not in standard and getattr(item, name) not in (None, "", [])
        ]
        notes = ", ".join(
            [f"at {item.at}", *([escape_cell(item.reason)] if item.reason else []), *extra]
        )
        text = _one_line(_shorten(item.text, _REMOVED_PREVIEW))
        out.append(f"- `{item.kind.value}` ({notes}): {text}")
    out += ["", "</details>"]
    return out


def _extra_layer(analysis: Analysis, layer: str) -> list[str]:
    spans = list(getattr(analysis, layer, None) or [])
    title = layer.replace("_", " ").capitalize()
    out = [f"## {escape_inline(title)} ({len(spans)})", ""]
    if not spans:
        return [*out, "*None.*"]
    columns: list[str] = []
    for span in spans:
        if isinstance(span, BaseModel):
            for name in type(span).model_fields:
                if name not in ("start", "end", "text") and name not in columns:
                    columns.append(name)
    header = ["#", "Text", *(escape_cell(c.replace("_", " ").capitalize()) for c in columns)]
    rows = [
        [
            str(i + 1),
            escape_cell(getattr(span, "text", "")),
            *(escape_cell(getattr(span, c, None)) for c in columns),
        ]
        for i, span in enumerate(spans[:LAYER_TABLE_LIMIT])
    ]
    out += _table(header, rows, ["---:", "---", *(["---"] * len(columns))])
    if len(spans) > LAYER_TABLE_LIMIT:
        out += ["", f"*Showing the first {LAYER_TABLE_LIMIT} of {len(spans)}.*"]
    return out


def _verdict(analysis: Analysis) -> list[str]:
    verdict = analysis.verdict
    assert verdict is not None
    out = ["## Verdict", "", escape_lines(verdict.summary) or "*No summary.*"]
    facts = []
    if verdict.claims:
        facts.append(f"- Body claims: {verdict.claims} · {escape_inline(shares_line(analysis))}")
    if verdict.named_sources + verdict.unnamed_sources:
        facts.append(f"- Sources: {escape_inline(sources_line(analysis))}")
    if facts:
        out += ["", *facts]
    if analysis.findings:
        out.append("")
        for finding in analysis.findings:
            role = finding.role.replace("_", " ")
            out.append(f"- **{finding.verdict.value}** ({role}): {_one_line(finding.text)}")
    return out


def _findings(analysis: Analysis) -> list[str]:
    out = [f"## Headline check ({len(analysis.findings)})", ""]
    for finding in analysis.findings:
        role = finding.role.replace("_", " ")
        out += [
            f"### {finding.verdict.value.capitalize()}: {role}",
            "",
            f"> {_one_line(finding.text)}",
            "",
            escape_lines(finding.reason),
        ]
        if finding.cues:
            cues = ", ".join(escape_inline(one_line(c.text)) for c in finding.cues)
            out += ["", f"Cues: {cues}"]
        if finding.evidence:
            out += ["", "Evidence:", ""]
            for e in finding.evidence:
                status = STATUS_LABELS[e.status or ClaimStatus.ASSERTED]
                sources = [
                    one_line(analysis.sources[i].name)
                    for i in e.sources
                    if 0 <= i < len(analysis.sources)
                ]
                via = f" — {escape_inline('; '.join(sources))}" if sources else ""
                out.append(f"- *{status}*, score {e.score:.2f}{via}: {_one_line(e.text)}")
        out.append("")
    return out[:-1]


def _claims(analysis: Analysis) -> list[str]:
    rows = [
        [
            str(c.id),
            escape_cell(c.role),
            f"**{c.status.value}**",
            escape_cell(c.text),
            escape_cell(cue_text(c)),
            escape_cell(claim_sources(analysis, c)),
        ]
        for c in analysis.claims[:LAYER_TABLE_LIMIT]
    ]
    out = _section("Claims", len(analysis.claims), rows)
    return out


def _entities(analysis: Analysis) -> list[str]:
    found = entity_rows(analysis)
    rows = [
        [
            escape_cell(r.name),
            r.type,
            escape_cell(r.kb),
            str(r.full_mentions),
            escape_cell(", ".join(r.aliases)),
            escape_cell(r.description),
        ]
        for r in found[:LAYER_TABLE_LIMIT]
    ]
    out = _section("Entities", len(found), rows)
    return out


def _attributions(analysis: Analysis) -> list[str]:
    rows = [
        [
            str(r.attribution.id),
            r.kind,
            escape_cell(r.speaker),
            escape_cell(r.cue),
            escape_cell(r.message),
            escape_cell(r.source),
        ]
        for r in attribution_rows(analysis)[:LAYER_TABLE_LIMIT]
    ]
    out = _section("Attributions", len(analysis.attributions), rows)
    return out


def _sources(analysis: Analysis) -> list[str]:
    rows = [
        [
            escape_cell(g.type.replace("_", " ")) + (" ⚠" if g.weak else ""),
            escape_cell(s.name),
            "yes" if s.named else "no",
            str(s.statements),
            escape_cell(s.kb_id or ""),
            escape_cell(s.reason),
        ]
        for g in source_groups(analysis)
        for s in g.sources
    ]
    out = _section("Sources", len(analysis.sources), rows)
    out += ["", "*⚠ anonymous and social-media sources: no claim should rest on them alone.*"]
    return out


def render_markdown(analysis: Analysis) -> str:
    """The analysis as a Markdown report."""
    meta = analysis.meta
    headline = analysis.headline
    title = meta.title or (headline.text if headline else "") or "Untitled article"
    out: list[str] = [f"# newsprobe report: {_one_line(title)}", ""]
    if analysis.verdict is not None:
        out += [*_verdict(analysis), ""]

    out += ["## Metadata", ""]
    out += _table(
        ["Field", "Value"], [[label, escape_cell(v)] for label, v in metadata_rows(analysis)]
    )

    out += ["", f"## Layout ({len(analysis.blocks)} blocks)", ""]
    out += _layout(analysis)

    out += ["", "## Article", ""]
    out += _article(analysis)

    out += ["", f"## Removed boilerplate ({len(analysis.removed)})", ""]
    out += _removed(analysis)

    out += [
        "",
        "## Counts",
        "",
        f"- Blocks: {len(analysis.blocks)}",
        f"- Sentences: {len(analysis.sentences)}",
        f"- Tokens: {len(analysis.tokens)}",
        f"- Removed items: {len(analysis.removed)}",
        f"- Characters: {len(analysis.text)}",
    ]

    out += ["", "## Timings", ""]
    if analysis.timings:
        rows = [[escape_cell(t.component), f"{t.seconds * 1000:.1f}"] for t in analysis.timings]
        rows.append(["**total**", f"{sum(t.seconds for t in analysis.timings) * 1000:.1f}"])
        out += _table(["Component", "ms"], rows, ["---", "---:"])
    else:
        out.append("*No timings recorded.*")

    out += ["", "## Warnings", ""]
    out += [f"- {_one_line(w)}" for w in analysis.warnings] or ["*No warnings.*"]

    sections = (
        (analysis.findings, _findings),
        (analysis.claims, _claims),
        (entity_rows(analysis), _entities),
        (analysis.attributions, _attributions),
        (analysis.sources, _sources),
    )
    for items, render in sections:
        if items:
            out += ["", *render(analysis)]
    for layer in analysis.SPAN_LAYERS:
        if layer not in KNOWN_LAYERS and getattr(analysis, layer):
            out += ["", *_extra_layer(analysis, layer)]
    return "\n".join(out).rstrip("\n") + "\n"
