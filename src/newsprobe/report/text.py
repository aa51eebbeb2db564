"""The terminal report (rich): the verdict first, then metadata, the article by layout blocks,
the headline check with its evidence, claims, entities, attributions, sources, removed
furniture."""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsprobe.model import Analysis, BlockKind, ClaimStatus, FindingVerdict
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


VERDICT_STYLE = {
    FindingVerdict.SUPPORTED: "bold green",
    FindingVerdict.OVERSTATED: "bold red",
    FindingVerdict.UNSUPPORTED: "bold yellow",
    FindingVerdict.NOT_A_CLAIM: "dim",
}
STATUS_STYLE = {
    ClaimStatus.ASSERTED: "",
    ClaimStatus.ATTRIBUTED: "cyan",
    ClaimStatus.HEDGED: "yellow",
    ClaimStatus.OPINION: "magenta",
    ClaimStatus.QUESTION: "blue",
}


def _verdict(analysis: Analysis) -> Panel:
    verdict = analysis.verdict
    assert verdict is not None
    parts: list[Text | Table] = [Text(verdict.summary)]
    if verdict.claims:
        parts.append(Text(f"body claims: {verdict.claims} · {shares_line(analysis)}", style="dim"))
    if verdict.named_sources + verdict.unnamed_sources:
        parts.append(Text(sources_line(analysis), style="dim"))
    if analysis.findings:
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True)
        table.add_column(ratio=1)
        for finding in analysis.findings:
            label = Text(finding.verdict.value.upper(), style=VERDICT_STYLE[finding.verdict])
            table.add_row(
                label, Text(f"{finding.role.replace('_', ' ')}: {one_line(finding.text)}")
            )
        parts.append(table)
    return Panel(Group(*parts), title="[bold]Verdict[/]", title_align="left")


def _findings(analysis: Analysis) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
    table.add_column("what", no_wrap=True, style="dim")
    table.add_column("text", ratio=1)
    for finding in analysis.findings:
        head = Text()
        head.append(finding.verdict.value.upper(), style=VERDICT_STYLE[finding.verdict])
        head.append(f"  {finding.role.replace('_', ' ')}: ")
        head.append(one_line(finding.text), style="bold")
        table.add_row(f"#{finding.id}", head)
        table.add_row("", Text(finding.reason))
        for evidence in finding.evidence:
            status = evidence.status or ClaimStatus.ASSERTED
            line = Text("  ↳ ")
            line.append(f"[{STATUS_LABELS[status]}] ", style=STATUS_STYLE[status])
            line.append(one_line(evidence.text, 160))
            sources = [
                one_line(analysis.sources[i].name)
                for i in evidence.sources
                if 0 <= i < len(analysis.sources)
            ]
            if sources:
                line.append(f"  ({'; '.join(sources)})", style="dim")
            line.append(f"  {evidence.score:.2f}", style="dim")
            table.add_row("", line)
    return table


def _claims(analysis: Analysis) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("role", style="dim", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("claim", ratio=1)
    table.add_column("cues / sources", ratio=1, style="dim")
    for claim in analysis.claims:
        extra = "; ".join(filter(None, (cue_text(claim), claim_sources(analysis, claim))))
        table.add_row(
            str(claim.id),
            claim.role,
            Text(claim.status.value, style=STATUS_STYLE[claim.status]),
            Text(one_line(claim.text, 200)),
            Text(extra),
        )
    return table


def _entities(analysis: Analysis) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("entity", ratio=1)
    table.add_column("type", no_wrap=True)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("mentions", justify="right", no_wrap=True)
    table.add_column("as", ratio=1, style="dim")
    for row in entity_rows(analysis):
        name = Text(row.name, style="bold")
        if row.description:
            name.append(f" — {row.description}", style="dim")
        table.add_row(name, row.type, row.kb, str(row.full_mentions), Text(", ".join(row.aliases)))
    return table


def _attributions(analysis: Analysis) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("speaker", ratio=1)
    table.add_column("cue", style="bold")
    table.add_column("message", ratio=2)
    for row in attribution_rows(analysis):
        speaker = Text(row.speaker)
        if row.source:
            speaker.append(f"\n→ {row.source}", style="dim")
        table.add_row(
            str(row.attribution.id),
            row.kind,
            speaker,
            Text(row.cue),
            Text(one_line(row.message, 200), style="italic"),
        )
    return table


def _sources(analysis: Analysis) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("type", no_wrap=True)
    table.add_column("source", ratio=1)
    table.add_column("named", no_wrap=True)
    table.add_column("statements", justify="right", no_wrap=True)
    table.add_column("why", ratio=1, style="dim")
    for group in source_groups(analysis):
        style = "red" if group.weak else ""
        for source in group.sources:
            table.add_row(
                Text(group.type.replace("_", " "), style=style),
                Text(one_line(source.name)),
                "yes" if source.named else "no",
                str(source.statements),
                Text(one_line(source.reason)),
            )
    return table


def _published(when: str, source: str | None) -> str:
    """The publication date, with where it came from when the page does not print it."""
    return f"{when} ({source})" if source else when


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
        ("genre", f"{meta.genre} ({meta.genre_reason})" if meta.genre else None),
        ("agency", ", ".join(meta.agency)),
        ("authors", ", ".join(meta.authors) or ("(byline empty)" if meta.byline_empty else "")),
        (
            "published",
            _published(meta.published.isoformat(sep=" "), meta.published_from)
            if meta.published
            else None,
        ),
        (
            "input",
            f"{meta.input_kind.value}, {meta.encoding or '?'}"
            + (f", {meta.source_path}" if meta.source_path else ""),
        ),
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
        table.add_row(
            str(block.id),
            label,
            Text(prefix + block.text, style=STYLE[block.kind]),
            str(sentences_per_block.get(block.id, "")),
        )
    return table


#: The "kept out" table shows this many rows, each cut to this many characters: a text of
#: 200,000 one-character lines would otherwise print a report of megabytes.
MAX_REMOVED_ROWS = 50
MAX_REMOVED_CHARS = 300


def _removed(analysis: Analysis) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=True)
    table.add_column("kind", style="red", no_wrap=True)
    table.add_column("at", justify="right", style="dim")
    table.add_column("removed text", ratio=1, style="dim")
    for item in analysis.removed[:MAX_REMOVED_ROWS]:
        kind = item.kind.value + (
            f" of {item.duplicate_of}" if item.duplicate_of is not None else ""
        )
        text = item.text
        if len(text) > MAX_REMOVED_CHARS:
            text = text[:MAX_REMOVED_CHARS] + f"… ({len(item.text):,} characters)"
        table.add_row(kind, str(item.at), Text(text))
    more = len(analysis.removed) - MAX_REMOVED_ROWS
    if more > 0:
        table.add_row("…", "", Text(f"and {more:,} more (all of them: --format json)"))
    return table


def _summary(analysis: Analysis) -> Text:
    kinds: dict[str, int] = {}
    for block in analysis.blocks:
        kinds[block.kind.value] = kinds.get(block.kind.value, 0) + 1
    parts = [
        f"{len(analysis.text):,} characters",
        f"{len(analysis.blocks)} blocks",
        f"{len(analysis.sentences)} sentences",
        f"{len(analysis.tokens):,} tokens",
        f"{len(analysis.removed)} removed",
    ]
    extra = [
        layer
        for layer in analysis.SPAN_LAYERS
        if layer not in ("blocks", "sentences", "tokens") and getattr(analysis, layer)
    ]
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


def render_text(
    analysis: Analysis, *, color: bool = False, timings: bool = False, width: int = 110
) -> str:
    """The report as terminal text (ANSI colour when ``color``)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        width=width,
        highlight=False,
        soft_wrap=False,
    )
    title = analysis.meta.title or "(no headline found)"
    if analysis.verdict is not None:
        console.print(_verdict(analysis))
    console.print(
        Panel(
            Group(_meta_table(analysis), _summary(analysis)),
            title=f"[bold]newsprobe[/] · {escape(title)}",
            title_align="left",
        )
    )
    if analysis.status.value != "ok":
        console.print(Text(f"status: {analysis.status.value}", style="bold red"))
    if analysis.blocks:
        console.print(Text("Article", style="bold"))
        console.print(_article(analysis))
    sections = (
        ("Headline check", analysis.findings, _findings),
        ("Claims", analysis.claims, _claims),
        ("Entities", entity_rows(analysis), _entities),
        ("Attributions (who said what)", analysis.attributions, _attributions),
        ("Sources by type", analysis.sources, _sources),
    )
    for heading, items, render in sections:
        if items:
            console.print(Text(f"\n{heading} ({len(items)})", style="bold"))
            console.print(render(analysis))
    if analysis.removed:
        console.print(
            Text("\nKept out of the article (boilerplate, residue, duplicates)", style="bold")
        )
        console.print(_removed(analysis))
    if timings:
        console.print(Text("\nTimings", style="bold"))
        console.print(_timings(analysis))
    for warning in analysis.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    return buffer.getvalue()
