"""The terminal report (rich): metadata, the article by layout blocks, removed furniture."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprobe.model import Analysis, BlockKind

STYLE = {
    BlockKind.HEADLINE: "bold white",
    BlockKind.KICKER: "bold magenta",
    BlockKind.TEASER: "bold",
    BlockKind.HIGHLIGHT: "cyan",
    BlockKind.SUBHEADING: "bold underline",
    BlockKind.PARAGRAPH: "",
    BlockKind.QUOTE_BLOCK: "italic",
    BlockKind.LIST_ITEM: "",
    BlockKind.CAPTION: "italic yellow",
    BlockKind.CREDIT: "dim yellow",
    BlockKind.BYLINE: "green",
    BlockKind.DATELINE: "green",
    BlockKind.RELATED: "dim blue",
}


def _meta_table(analysis: Analysis) -> Table:
    meta = analysis.meta
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold dim", no_wrap=True)
    table.add_column()
    lang = meta.language or "?"
    if meta.language_confidence is not None:
        lang += f" ({meta.language_confidence:.2f})"
    rows = [
        ("title", meta.title),
        ("url", meta.url),
        ("language", lang),
        ("publisher", meta.publisher),
        ("agency", ", ".join(meta.agency)),
        ("authors", ", ".join(meta.authors) or ("(byline empty)" if meta.byline_empty else "")),
        ("published", meta.published.isoformat(sep=" ") if meta.published else None),
        ("input", f"{meta.input_kind.value}, {meta.encoding or '?'}"
                  + (f", {meta.source_path}" if meta.source_path else "")),
    ]
    for key, value in rows:
        if value:
            table.add_row(key, Text(str(value)))
    return table


def _article(analysis: Analysis) -> Table:
    sentences_per_block: dict[int, int] = {}
    for sentence in analysis.sentences:
        if sentence.block is not None:
            sentences_per_block[sentence.block] = sentences_per_block.get(sentence.block, 0) + 1
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("block", style="dim", no_wrap=True)
    table.add_column("text", ratio=1)
    table.add_column("sent.", justify="right", style="dim", no_wrap=True)
    for block in analysis.blocks:
        label = block.kind.value
        if block.parent is not None:
            label += f" →{block.parent}"
        prefix = "• " if block.kind in (BlockKind.HIGHLIGHT, BlockKind.LIST_ITEM) else ""
        table.add_row(str(block.id), label, Text(prefix + block.text, style=STYLE[block.kind]),
                      str(sentences_per_block.get(block.id, "")))
    return table


def _removed(analysis: Analysis) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("kind", style="red", no_wrap=True)
    table.add_column("at", justify="right", style="dim")
    table.add_column("removed text", ratio=1, style="dim")
    for item in analysis.removed:
        kind = item.kind.value + (f" of {item.duplicate_of}" if item.duplicate_of is not None
                                  else "")
        table.add_row(kind, str(item.at), Text(item.text))
    return table


def _summary(analysis: Analysis) -> Text:
    kinds: dict[str, int] = {}
    for block in analysis.blocks:
        kinds[block.kind.value] = kinds.get(block.kind.value, 0) + 1
    parts = [f"{len(analysis.text):,} characters", f"{len(analysis.blocks)} blocks",
             f"{len(analysis.sentences)} sentences", f"{len(analysis.tokens):,} tokens",
             f"{len(analysis.removed)} removed"]
    extra = [layer for layer in analysis.SPAN_LAYERS if layer not in ("blocks", "sentences",
                                                                      "tokens")
             and getattr(analysis, layer)]
    parts += [f"{len(getattr(analysis, layer))} {layer}" for layer in extra]
    return Text(" · ".join(parts), style="dim")


def _timings(analysis: Analysis) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    table.add_column("component")
    table.add_column("ms", justify="right")
    total = 0.0
    for t in analysis.timings:
        table.add_row(t.component, f"{t.seconds * 1000:.1f}")
        total += t.seconds
    table.add_row(Text("total", style="bold"), Text(f"{total * 1000:.1f}", style="bold"))
    return table


def render_text(analysis: Analysis, *, color: bool = False, timings: bool = False,
                width: int = 110) -> str:
    """The report as terminal text (ANSI colour when ``color``)."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width,
                      highlight=False, soft_wrap=False)
    title = analysis.meta.title or "(no headline found)"
    console.print(Panel(Group(_meta_table(analysis), _summary(analysis)),
                        title=f"[bold]newsprobe[/] · {escape(title)}", title_align="left"))
    if analysis.status.value != "ok":
        console.print(Text(f"status: {analysis.status.value}", style="bold red"))
    if analysis.blocks:
        console.print(Text("Article", style="bold"))
        console.print(_article(analysis))
    if analysis.removed:
        console.print(Text("\nKept out of the article (boilerplate, residue, duplicates)",
                           style="bold"))
        console.print(_removed(analysis))
    if timings:
        console.print(Text("\nTimings", style="bold"))
        console.print(_timings(analysis))
    for warning in analysis.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    return buffer.getvalue()
