"""The Markdown report: structure, tables and escaping of untrusted article text."""

from __future__ import annotations

import re
from typing import ClassVar

import lxml.html
import pytest
from pydantic import Field

from newsprobe.model import (
    Analysis,
    Block,
    BlockKind,
    Metadata,
    Removed,
    RemovedKind,
    Sentence,
    Span,
    Timing,
    Token,
)
from newsprobe.report.markdown import escape_cell, escape_lines, render_markdown
from support import article_of_blocks

markdown_it = pytest.importorskip("markdown_it")

EVIL = "<script>alert(1)</script>"


def build(parts: list[tuple[str, BlockKind]], **meta) -> Analysis:
    analysis = article_of_blocks(parts, Metadata(**meta))
    text = analysis.text
    for block in analysis.blocks:
        for m in re.finditer(r"\S[^.!?]*[.!?]?", block.text):
            start = block.start + m.start()
            analysis.sentences.append(
                Sentence.of(text, start, start + len(m.group().rstrip()), block=block.id)
            )
    for m in re.finditer(r"\w+|[^\w\s]", text):
        analysis.tokens.append(Token.of(text, m.start(), m.end()))
    analysis.check_spans()
    return analysis


def sample() -> Analysis:
    analysis = build(
        [
            ("Gesundheit", BlockKind.KICKER),
            ("Klinik schließt Geburtsstation", BlockKind.HEADLINE),
            ("Seit März kommen keine Kinder mehr zur Welt.", BlockKind.TEASER),
            ("  • Keine Geburten seit 3. März", BlockKind.HIGHLIGHT),
            ("- Bis zu 45 Kilometer Fahrt", BlockKind.HIGHLIGHT),
            ("Der Eingang ist verschlossen.", BlockKind.CAPTION),
            ("Klinik spricht von Pause", BlockKind.SUBHEADING),
            ("Ein Sprecher sagte, man habe geprüft.", BlockKind.PARAGRAPH),
            ("„Wir sind entsetzt“, sagte sie.", BlockKind.QUOTE_BLOCK),
            ("Der Eingang ist verschlossen.", BlockKind.CAPTION),
        ],
        title="Klinik schließt Geburtsstation",
        language="de",
        language_confidence=0.97,
        authors=["Lena Vogt", "Max | Pipe"],
        sha256="ab" * 32,
    )
    analysis.blocks[-1].duplicate_of = 5
    analysis.removed = [
        Removed(kind=RemovedKind.BOILERPLATE, text="Folgen Sie uns", at=3, reason="footer")
    ]
    analysis.timings = [
        Timing(component="layout", seconds=0.0123),
        Timing(component="tokens", seconds=0.5),
    ]
    analysis.warnings = ["no dateline found"]
    return analysis


def parse(md: str):
    return markdown_it.MarkdownIt("commonmark").enable("table").parse(md)


def to_html(md: str) -> str:
    return markdown_it.MarkdownIt("commonmark").enable("table").render(md)


def headings(md: str) -> list[tuple[str, str]]:
    """``(tag, text)`` of every heading, as a Markdown renderer shows them."""
    tree = lxml.html.fragment_fromstring(to_html(md), create_parent="div")
    return [(h.tag, h.text_content()) for h in tree.xpath("./h1 | ./h2 | ./h3")]


def tables(md: str) -> list[list[list[str]]]:
    """Each table as rows of cell texts (as a Markdown renderer shows them)."""
    tree = lxml.html.fragment_fromstring(to_html(md), create_parent="div")
    return [
        [[cell.text_content() for cell in tr.xpath("./th|./td")] for tr in table.xpath(".//tr")]
        for table in tree.xpath(".//table")
    ]


def section(md: str, title: str) -> str:
    """The text of the ``## title`` section, up to the next report section."""
    start = md.index(f"\n## {title}")
    nxt = re.search(
        r"\n## (Removed boilerplate|Counts|Timings|Warnings|Layout|Article)", md[start + 4 :]
    )
    return md[start : start + 4 + nxt.start()] if nxt else md[start:]


def test_title_headline_and_subheadings():
    md = render_markdown(sample())
    assert md.startswith("# newsprobe report: Klinik schließt Geburtsstation\n")
    assert "\n# Klinik schließt Geburtsstation\n" in md
    assert "\n## Klinik spricht von Pause\n" in md
    found = headings(md)
    assert ("h1", "Klinik schließt Geburtsstation") in found
    assert ("h2", "Klinik spricht von Pause") in found
    assert [h for h in found if h[0] == "h2"][:3] == [
        ("h2", "Metadata"),
        ("h2", "Layout (10 blocks)"),
        ("h2", "Article"),
    ]


def test_article_blocks_render_by_kind():
    md = render_markdown(sample())
    article = section(md, "Article")
    assert "**Gesundheit**" in article
    assert "- Keine Geburten seit 3. März\n- Bis zu 45 Kilometer Fahrt" in article
    assert "\n*Der Eingang ist verschlossen.*\n" in article
    assert "\n> „Wir sind entsetzt“, sagte sie.\n" in article
    html = to_html(article)
    tree = lxml.html.fragment_fromstring(html, create_parent="div")
    assert [li.text_content() for li in tree.xpath(".//ul/li")] == [
        "Keine Geburten seit 3. März",
        "Bis zu 45 Kilometer Fahrt",
    ]
    assert [em.text_content() for em in tree.xpath(".//em")] == [
        "Der Eingang ist verschlossen.",
        "Der Eingang ist verschlossen.",
    ]
    assert tree.xpath(".//blockquote")


def test_layout_list_shows_every_block_with_kind():
    analysis = sample()
    layout = section(render_markdown(analysis), "Layout")
    lines = [line for line in layout.splitlines() if line.startswith("- ")]
    assert len(lines) == len(analysis.blocks)
    for line, block in zip(lines, analysis.blocks, strict=True):
        assert line.startswith(f"- **#{block.id}** `{block.kind.value}`")
    assert "(duplicate of #5)" in lines[-1]


def test_metadata_and_timing_tables_have_consistent_columns():
    md = render_markdown(sample())
    meta, timings = tables(md)
    assert all(len(row) == 2 for row in meta)
    values = dict(meta[1:])
    assert values["Language"] == "de (confidence 0.97)"
    assert values["Authors"] == "Lena Vogt, Max | Pipe"
    assert values["SHA-256"] == "ab" * 32
    assert timings == [
        ["Component", "ms"],
        ["layout", "12.3"],
        ["tokens", "500.0"],
        ["total", "512.3"],
    ]


def test_counts_removed_and_warnings():
    analysis = sample()
    md = render_markdown(analysis)
    assert len(analysis.sentences) == 11
    assert "- Sentences: 11\n" in md
    assert f"- Tokens: {len(analysis.tokens)}\n" in md
    assert "- Blocks: 10\n" in md
    removed = section(md, "Removed boilerplate")
    assert "<details>" in removed and "</details>" in removed
    assert "- `boilerplate` (at 3, footer): Folgen Sie uns" in removed
    assert "- no dateline found" in section(md, "Warnings")


def test_markdown_significant_text_is_escaped():
    lines = [
        "# nicht als Überschrift",
        "1. Bundesliga spielt",
        "- kein Punkt",
        "> kein Zitat",
        "| keine | Tabelle |",
        "```",
        "**nicht fett** und [kein](link) und `code`",
        "===",
        EVIL,
        "&amp; bleibt",
    ]
    analysis = build(
        [
            ("Titel # mit Raute #", BlockKind.HEADLINE),
            *((line, BlockKind.PARAGRAPH) for line in lines),
        ],
        title=f"Titel {EVIL} | x",
        url=f"https://e.invalid/{EVIL}",
        authors=[EVIL],
    )
    analysis.removed = [Removed(kind=RemovedKind.BOILERPLATE, text=EVIL, at=0, reason=EVIL)]
    analysis.warnings = [EVIL]
    analysis.timings = [Timing(component=f"{EVIL}|x", seconds=0.001)]
    md = render_markdown(analysis)
    assert "<script>alert" not in md
    tokens = parse(md)
    raw_html = [t.content.strip() for t in tokens if t.type == "html_block"]
    raw_html += [
        c.content for t in tokens if t.children for c in t.children if c.type == "html_inline"
    ]
    assert all(h.startswith(("<details>", "<summary>", "</details>")) for h in raw_html), raw_html
    article_tokens = parse(section(md, "Article"))
    kinds = {t.type for t in article_tokens}
    kinds |= {c.type for t in article_tokens if t.children for c in t.children}
    assert not kinds & {"fence", "code_block", "code_inline", "html_block", "html_inline"}
    assert not kinds & {"strong_open", "em_open", "link_open", "table_open", "hr"}
    assert "ordered_list_open" not in kinds
    assert "blockquote_open" not in kinds
    assert [h for h in headings(md) if h[0] == "h1"] == [
        ("h1", f"newsprobe report: Titel {EVIL} | x"),
        ("h1", "Titel # mit Raute #"),
    ]
    # Every paragraph of the article reads back exactly as the text it came from.
    article = section(md, "Article")
    tree = lxml.html.fragment_fromstring(to_html(article), create_parent="div")
    assert [p.text_content() for p in tree.xpath("./p")] == lines
    assert not tree.xpath(".//strong | .//a | .//code | .//table | .//ul | .//hr")
    for table in tables(md):
        width = len(table[0])
        assert all(len(row) == width for row in table)
    assert ["URL", f"https://e.invalid/{EVIL}"] in tables(md)[0]


def test_escape_helpers():
    assert escape_lines("  # x\n\n2024) war\nok") == "\\# x\n2024\\) war\nok"
    assert escape_cell("a | b\nc") == "a \\| b c"
    assert escape_cell(None) == ""
    assert escape_cell(True) == "yes"


def test_text_without_blocks_is_still_rendered():
    analysis = Analysis(text="Erste Zeile.\n# zweite")
    md = render_markdown(analysis)
    assert "Erste Zeile.\n\\# zweite" in md
    assert "*No layout blocks.*" in md
    assert render_markdown(Analysis(text="")).startswith("# newsprobe report: Untitled article")


class Quote(Span):
    speaker: str | None = None


class WithQuotes(Analysis):
    SPAN_LAYERS: ClassVar[tuple[str, ...]] = (*Analysis.SPAN_LAYERS, "quotes")
    quotes: list[Quote] = Field(default_factory=list)


def test_later_layers_get_a_table():
    base = sample()
    analysis = WithQuotes.model_validate(base.model_dump())
    text = analysis.text
    start = text.index("„Wir")
    analysis.quotes = [
        Quote.of(text, start, text.index("“") + 1, speaker="Sprecherin | X"),
        Quote.of(text, 0, 3),
    ]
    analysis.check_spans()
    md = render_markdown(analysis)
    assert "\n## Quotes (2)\n" in md
    table = tables(md)[-1]
    assert table == [
        ["#", "Text", "Speaker"],
        ["1", "„Wir sind entsetzt“", "Sprecherin | X"],
        ["2", text[:3], ""],
    ]


def test_words_outside_blocks_are_kept():
    text = "Kicker: Headline\n\nstray # words\n\nBody."
    analysis = Analysis(text=text)
    analysis.blocks = [
        Block.of(text, 0, 6, id=0, kind=BlockKind.KICKER),
        Block.of(text, 8, 16, id=1, kind=BlockKind.HEADLINE),
        Block.of(text, 33, 38, id=2, kind=BlockKind.PARAGRAPH),
    ]
    article = section(render_markdown(analysis), "Article")
    assert "**Kicker**\n\n# Headline\n\nstray # words\n\nBody." in article
