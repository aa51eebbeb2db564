"""The HTML report: nested span markup, the self-contained page, escaping of untrusted input."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import ClassVar

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field

from newsprobe.model import (
    Analysis,
    Block,
    BlockKind,
    InputKind,
    Metadata,
    Removed,
    RemovedKind,
    Sentence,
    Span,
    Timing,
    Token,
)
from newsprobe.report.html import (
    TOKEN_TABLE_LIMIT,
    CrossingSpansError,
    Mark,
    nest_spans,
    render_html,
)
from support import article_of_blocks

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
EVIL = "<script>alert(1)</script>"
EVIL_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
ATTR = '" onerror=alert(1) x="'
VOID = {"meta", "input", "br", "img", "hr", "link", "wbr"}


# -- helpers ---------------------------------------------------------------------------------
class Strict(HTMLParser):
    """Checks tag balance and records each element's text and data-start/data-end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None], str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"unexpected </{tag}>")
            return
        name, attrs, parts = self.stack.pop()
        content = "".join(parts)
        self.elements.append((name, attrs, content))
        if self.stack:
            self.stack[-1][2].append(content)

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][2].append(data)
        else:
            self.text.append(data)

    def close(self):
        super().close()
        if self.stack:
            self.errors.append(f"unclosed {[t for t, _, _ in self.stack]}")


def parse_fragment(markup: str) -> Strict:
    parser = Strict()
    parser.feed(markup)
    parser.close()
    return parser


def build(parts: list[tuple[str, BlockKind]], **meta) -> Analysis:
    """An analysis of blocks joined by blank lines, with regex sentences and tokens."""
    analysis = article_of_blocks(parts, Metadata(**meta))
    text = analysis.text
    for block in analysis.blocks:
        for m in re.finditer(r"\S[^.!?]*[.!?]?", block.text):
            start = block.start + m.start()
            end = block.start + len(m.group().rstrip()) + m.start()
            analysis.sentences.append(Sentence.of(text, start, end, block=block.id))
    for n, sent in enumerate(analysis.sentences):
        for m in re.finditer(r"\w+|[^\w\s]", sent.text):
            analysis.tokens.append(
                Token.of(text, sent.start + m.start(), sent.start + m.end(), sentence=n)
            )
    analysis.check_spans()
    return analysis


def sample() -> Analysis:
    analysis = build(
        [
            ("Gesundheit", BlockKind.KICKER),
            ("Klinik schließt Geburtsstation", BlockKind.HEADLINE),
            (
                "Seit März kommen keine Kinder mehr zur Welt. Die Pause sei vorübergehend.",
                BlockKind.TEASER,
            ),
            ("  • Keine Geburten seit 3. März", BlockKind.HIGHLIGHT),
            ("  • Bis zu 45 Kilometer Fahrt", BlockKind.HIGHLIGHT),
            ("Der Eingang ist verschlossen.", BlockKind.CAPTION),
            ("Bild: dpa", BlockKind.CREDIT),
            ("Klinik spricht von Pause", BlockKind.SUBHEADING),
            (
                "Ein Sprecher sagte, man habe geprüft. Drei von acht Hebammen fehlten.",
                BlockKind.PARAGRAPH,
            ),
            ("„Wir sind entsetzt“, sagte sie.", BlockKind.QUOTE_BLOCK),
            ("Der Eingang ist verschlossen.", BlockKind.CAPTION),
        ],
        title="Klinik schließt Geburtsstation",
        url="https://example.invalid/klinik",
        language="de",
        language_confidence=0.97,
        publisher="Auentaler Kurier",
        agency=["dpa"],
        authors=["Lena Vogt"],
        published=datetime(2025, 3, 14, 9, 41, tzinfo=UTC),
        input_kind=InputKind.TEXT,
        encoding="utf-8",
        sha256="ab" * 32,
        byline_empty=True,
    )
    analysis.blocks[-1].duplicate_of = 5
    analysis.blocks[6].parent = 5
    analysis.removed = [
        Removed(
            kind=RemovedKind.UI_RESIDUE,
            text="(Foto) Suche",
            at=analysis.blocks[5].end,
            reason="ui residue pattern",
        ),
        Removed(
            kind=RemovedKind.BOILERPLATE,
            text="Folgen Sie uns auf X",
            at=len(analysis.text),
            reason="footer: social",
        ),
    ]
    analysis.timings = [
        Timing(component="layout", seconds=0.0123),
        Timing(component="tokens", seconds=0.5),
    ]
    analysis.warnings = ["no dateline found"]
    analysis.components = ["layout", "sentences", "tokens"]
    return analysis


def article_of(page: str):
    tree = lxml.html.document_fromstring(page)
    (main,) = tree.xpath("//main[@id='np-article']")
    return tree, main


# -- nest_spans ------------------------------------------------------------------------------
def test_nest_spans_nests_blocks_sentences_tokens_and_keeps_text():
    text = "Hi <b>&you</b>. Next!"
    spans = [
        (0, len(text), "blk", {"data-start": 0, "data-end": len(text)}, "p"),
        (0, 15, "sent", {"data-start": 0, "data-end": 15}),
        (16, 21, "sent", {"data-start": 16, "data-end": 21}),
        *[
            (m.start(), m.end(), "tok", {"data-start": m.start(), "data-end": m.end()})
            for m in re.finditer(r"\w+|[^\w\s]", text)
        ],
    ]
    markup = str(nest_spans(text, spans))
    assert "<b>" not in markup and "</b>" not in markup
    assert ">&lt;</span>" in markup and ">&amp;</span>" in markup
    parsed = parse_fragment(markup)
    assert parsed.errors == []
    (outer,) = [e for e in parsed.elements if e[0] == "p"]
    assert outer[2] == text
    for _, attrs, content in parsed.elements:
        assert content == text[int(attrs["data-start"]) : int(attrs["data-end"])]
    assert markup.startswith('<p class="blk"')
    tokens = [c for _, attrs, c in parsed.elements if attrs.get("class") == "tok"]
    assert tokens == re.findall(r"\w+|[^\w\s]", text)
    assert len(tokens) == 13


def test_nest_spans_identical_extent_keeps_given_order():
    markup = str(nest_spans("word", [(0, 4, "outer", {}), (0, 4, "inner", {})]))
    assert markup == '<span class="outer"><span class="inner">word</span></span>'
    markup = str(nest_spans("word", [Mark(0, 4, "inner"), Mark(0, 4, "outer")]))
    assert markup.startswith('<span class="inner">')


def test_nest_spans_zero_length_and_uncovered_text():
    markup = str(nest_spans("a<b", [(1, 1, "cut", {}), (2, 3, "t", {})]))
    assert markup == 'a<span class="cut"></span>&lt;<span class="t">b</span>'


def test_nest_spans_rejects_crossing_spans():
    with pytest.raises(CrossingSpansError):
        nest_spans("abcdef", [(0, 4, "a", {}), (2, 6, "b", {})])


def test_nest_spans_rejects_bad_offsets_tags_and_event_attributes():
    with pytest.raises(ValueError):
        nest_spans("abc", [(0, 4, "a", {})])
    with pytest.raises(ValueError):
        nest_spans("abc", [(0, 1, "a", {}, "script x")])
    with pytest.raises(ValueError):
        nest_spans("abc", [(0, 1, "a", {"onclick": "alert(1)"})])


def test_nest_spans_escapes_attribute_values_and_classes():
    markup = str(nest_spans("x", [(0, 1, 'a" onmouseover="b', {"title": ATTR, "data-x": None})]))
    parsed = parse_fragment(markup)
    assert parsed.errors == []
    ((_, attrs, content),) = parsed.elements
    assert content == "x"
    assert attrs["title"] == ATTR
    assert set(attrs) == {"class", "title"}


def _laminar(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for s, e in intervals:
        if all(not (a < s < b < e or s < a < e < b) for a, b in kept):
            kept.append((s, e))
    return kept


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab <>&\"'\n", max_size=30), st.data())
def test_nest_spans_property_well_formed(text, data):
    n = len(text)
    raw = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=12))
    spans = _laminar([(min(a, b), max(a, b)) for a, b in raw])
    marks = [(s, e, f"m{i}", {"data-start": s, "data-end": e}) for i, (s, e) in enumerate(spans)]
    markup = str(nest_spans(text, marks))
    parsed = parse_fragment(markup)
    assert parsed.errors == []
    assert len(parsed.elements) == len(spans)
    for _, attrs, content in parsed.elements:
        assert content == text[int(attrs["data-start"]) : int(attrs["data-end"])]
    rebuilt = lxml.html.fragment_fromstring(f"<div>{markup}</div>").text_content()
    assert rebuilt == text


# -- the page --------------------------------------------------------------------------------
def test_page_is_self_contained_with_csp_and_one_script():
    page = render_html(sample())
    assert page.startswith("<!DOCTYPE html>")
    tree = lxml.html.document_fromstring(page)
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp == [CSP]
    assert page.lower().count("<script") == 1
    assert len(tree.xpath("//script")) == 1
    assert not tree.xpath("//script[@src] | //link | //img | //iframe | //object | //embed")
    assert not tree.xpath("//*[@src]")
    assert "@import" not in page and "url(" not in page
    # The only link is the article's own URL.
    assert tree.xpath("//a/@href") == ["https://example.invalid/klinik"]


def test_page_is_well_formed():
    page = render_html(sample())
    body = page[page.index("<html") :]
    parsed = parse_fragment(body)
    assert parsed.errors == []


def test_article_view_holds_the_canonical_text_block_by_block():
    analysis = sample()
    _, main = article_of(render_html(analysis))
    assert main.text_content() == analysis.text
    for i, block in enumerate(analysis.blocks):
        found = main.xpath(f".//*[@data-layer='blocks'][@data-i='{i}']")
        assert len(found) == 1, block
        (element,) = found
        assert element.text_content() == block.text
        assert f"np-kind-{block.kind.value}" in element.get("class")
        assert element.get("data-label").startswith(f"#{block.id} ")
        assert (int(element.get("data-start")), int(element.get("data-end"))) == (
            block.start,
            block.end,
        )


def test_block_kinds_get_their_elements():
    _, main = article_of(render_html(sample()))
    (h1,) = main.xpath(".//h1")
    assert h1.text_content() == "Klinik schließt Geburtsstation"
    (h2,) = main.xpath(".//h2")
    assert h2.text_content() == "Klinik spricht von Pause"
    (ul,) = main.xpath(".//ul[contains(@class, 'np-highlights')]")
    assert [li.text_content().strip() for li in ul.xpath("./li")] == [
        "• Keine Geburten seit 3. März",
        "• Bis zu 45 Kilometer Fahrt",
    ]
    figures = main.xpath(".//figure")
    assert len(figures) == 2
    assert "np-duplicate" in figures[1].get("class")
    assert "duplicate of #5" in figures[1].get("data-label")
    assert len(main.xpath(".//blockquote")) == 1
    assert "np-kind-kicker" in main.xpath(".//p")[0].get("class")


def test_sentences_and_tokens_are_nested_and_numbered():
    analysis = sample()
    _, main = article_of(render_html(analysis))
    sents = main.xpath(".//*[@data-layer='sentences']")
    assert [int(s.get("data-n")) for s in sents] == list(range(1, len(analysis.sentences) + 1))
    for element, sentence in zip(sents, analysis.sentences, strict=True):
        assert element.text_content() == sentence.text
        assert element.get("title") == f"Sentence {int(element.get('data-n'))}"
        block = element.xpath("ancestor::*[@data-layer='blocks']")
        assert len(block) == 1 and int(block[0].get("data-i")) == sentence.block
    classes = [s.get("class") for s in sents[:2]]
    assert "np-sent-odd" in classes[0] and "np-sent-even" in classes[1]
    toks = main.xpath(".//*[@data-layer='tokens']")
    assert len(toks) == len(analysis.tokens)
    for element in toks:
        assert element.xpath("ancestor::*[@data-layer='sentences']")


def test_panels_list_layout_removed_sentences_tokens_metadata_timings_warnings():
    analysis = sample()
    tree, main = article_of(render_html(analysis))
    (panel,) = tree.xpath("//aside[@id='np-panel']")
    sections = [s.text_content().split()[0] for s in panel.xpath("./details/summary")]
    assert sections == ["Layout", "Sentences", "Tokens", "Metadata", "Timings", "Warnings"]

    items = panel.xpath(".//ol[@class='np-blocks']/li")
    assert len(items) == len(analysis.blocks)
    assert [i.xpath("./span[@class='np-badge']")[0].text for i in items] == [
        b.kind.value for b in analysis.blocks
    ]
    assert "duplicate of #5" in items[-1].text_content()
    assert "belongs to #5" in items[6].text_content()

    removed = panel.xpath(".//ol[@class='np-removed']/li")
    assert len(removed) == 2
    assert "ui_residue" in removed[0].text_content()
    assert "ui residue pattern" in removed[0].text_content()
    assert removed[0].xpath(".//div")[0].text_content() == "(Foto) Suche"
    cuts = main.xpath(".//*[@data-layer='removed']")
    assert [int(c.get("data-start")) for c in cuts] == [r.at for r in analysis.removed]

    assert len(panel.xpath(".//ol[@class='np-sentences']/li")) == len(analysis.sentences)
    assert len(panel.xpath(".//table[contains(@class,'np-tokens')]/tbody/tr")) == len(
        analysis.tokens
    )
    for item in panel.xpath(".//*[contains(@class,'np-item')]"):
        assert item.get("data-start") is not None and item.get("data-end") is not None

    meta = {
        tr.xpath("./th")[0].text_content(): tr.xpath("./td")[0].text_content()
        for tr in panel.xpath(".//table[contains(@class,'np-meta')]//tr")
    }
    assert meta["Title"] == "Klinik schließt Geburtsstation"
    assert meta["Language"] == "de (confidence 0.97)"
    assert meta["Authors"] == "Lena Vogt"
    assert meta["Agency"] == "dpa"
    assert meta["Publisher"] == "Auentaler Kurier"
    assert meta["Published"].startswith("2025-03-14T09:41")
    assert meta["Input kind"] == "text"
    assert meta["Encoding"] == "utf-8"
    assert meta["SHA-256"] == "ab" * 32
    assert meta["Byline empty"] == "yes"

    rows = [
        [c.text_content() for c in tr]
        for tr in panel.xpath(".//table[contains(@class,'np-timings')]/tbody/tr")
    ]
    assert rows == [["layout", "12.3"], ["tokens", "500.0"], ["total", "512.3"]]
    assert [li.text_content() for li in panel.xpath(".//ul[@class='np-warn']/li")] == [
        "no dateline found"
    ]


def test_layer_toggles_and_default_state():
    tree, main = article_of(render_html(sample()))
    toggles = {
        box.get("data-np-toggle"): box.get("checked") is not None
        for box in tree.xpath("//input[@type='checkbox']")
    }
    assert toggles == {"layout": True, "removed": True, "sentences": True, "tokens": False}
    assert "np-off-tokens" in main.get("class").split()
    assert "np-off-sentences" not in main.get("class").split()


def test_token_table_is_capped_but_all_tokens_are_inline():
    words = " ".join(f"w{i}" for i in range(TOKEN_TABLE_LIMIT + 100))
    analysis = build([(words, BlockKind.PARAGRAPH)])
    assert len(analysis.tokens) == TOKEN_TABLE_LIMIT + 100
    tree, main = article_of(render_html(analysis))
    rows = tree.xpath("//table[contains(@class,'np-tokens')]/tbody/tr")
    assert len(rows) == TOKEN_TABLE_LIMIT
    assert f"first {TOKEN_TABLE_LIMIT} of {TOKEN_TABLE_LIMIT + 100}" in tree.text_content()
    assert len(main.xpath(".//*[@data-layer='tokens']")) == TOKEN_TABLE_LIMIT + 100


# -- untrusted input -------------------------------------------------------------------------
def evil_analysis() -> Analysis:
    analysis = build(
        [
            (f"Headline {EVIL}", BlockKind.HEADLINE),
            (f"Body {ATTR} and {EVIL} end.", BlockKind.PARAGRAPH),
            ("<img src=x onerror=alert(1)>", BlockKind.CAPTION),
        ],
        title=f"Title {EVIL}{ATTR}",
        url=f"javascript:alert(1)//{ATTR}",
        language=f"de{ATTR}",
        publisher=EVIL,
        authors=[EVIL, ATTR],
        agency=[EVIL],
        encoding=ATTR,
        sha256=EVIL,
        source_path=EVIL,
    )
    analysis.removed = [Removed(kind=RemovedKind.BOILERPLATE, text=EVIL + ATTR, at=3, reason=EVIL)]
    analysis.warnings = [EVIL]
    analysis.timings = [Timing(component=EVIL, seconds=0.001)]
    analysis.components = [EVIL]
    return analysis


def test_untrusted_text_and_metadata_are_escaped():
    analysis = evil_analysis()
    page = render_html(analysis)
    assert "<script>alert" not in page
    assert EVIL_ESCAPED in page
    assert page.lower().count("<script") == 1
    assert "<img" not in page
    assert '" onerror' not in page
    tree, main = article_of(page)
    assert len(tree.xpath("//script")) == 1
    assert not tree.xpath("//img")
    for element in tree.iter():
        if isinstance(element.tag, str):
            assert not [a for a in element.attrib if a.lower().startswith("on")], element.tag
    # javascript: URLs are shown, never linked.
    assert not tree.xpath("//a")
    assert main.text_content() == analysis.text
    assert tree.xpath("//title")[0].text_content().startswith(f"Title {EVIL}{ATTR}")
    assert main.get("lang") == f"de{ATTR}"
    parsed = parse_fragment(page[page.index("<html") :])
    assert parsed.errors == []


# -- robustness ------------------------------------------------------------------------------
def test_text_without_blocks_and_empty_analysis():
    analysis = Analysis(text="Just text.\n\nNo layout <yet>.")
    _, main = article_of(render_html(analysis))
    (div,) = main.xpath("./div[contains(@class,'np-noblocks')]")
    assert div.text_content() == analysis.text
    page = render_html(Analysis(text=""))
    assert "Untitled article" in page
    assert "No layout blocks." in page


def test_overlapping_blocks_and_crossing_tokens_fall_back_to_panels():
    text = "Alpha beta. Gamma delta."
    analysis = Analysis(text=text)
    analysis.blocks = [
        Block.of(text, 0, 11, id=0, kind=BlockKind.PARAGRAPH),
        Block.of(text, 6, 24, id=1, kind=BlockKind.PARAGRAPH),  # overlaps block 0
    ]
    analysis.sentences = [Sentence.of(text, 0, 11, block=0), Sentence.of(text, 12, 24)]
    analysis.tokens = [Token.of(text, 0, 5), Token.of(text, 10, 14)]  # second crosses
    page = render_html(analysis)
    tree, main = article_of(page)
    assert parse_fragment(page[page.index("<html") :]).errors == []
    assert main.text_content() == text
    assert [e.get("data-i") for e in main.xpath(".//*[@data-layer='blocks']")] == ["0"]
    assert [e.get("data-i") for e in main.xpath(".//*[@data-layer='tokens']")] == ["0"]
    assert "overlaps another block" in tree.text_content()
    # The sentence outside any kept block is still highlighted (it swallows no block).
    assert len(main.xpath(".//*[@data-layer='sentences']")) == 2


class Entity(Span):
    label: str
    score: float | None = None


class WithEntities(Analysis):
    SPAN_LAYERS: ClassVar[tuple[str, ...]] = (*Analysis.SPAN_LAYERS, "entities")
    entities: list[Entity] = Field(default_factory=list)


def test_later_layers_render_generically():
    base = sample()
    analysis = WithEntities.model_validate(base.model_dump())
    text = analysis.text
    headline = analysis.headline
    assert headline is not None
    start = text.index("Geburtsstation")
    teaser = analysis.blocks[2]
    cross = text.index("Welt. Die") + 1  # crosses the sentence boundary
    analysis.entities = [
        Entity.of(text, start, start + len("Geburtsstation"), label="ORG", score=0.9),
        Entity.of(text, cross, cross + 9, label=EVIL),
        Entity.of(text, teaser.start, analysis.blocks[3].end, label="MISC"),  # spans blocks
    ]
    analysis.check_spans()
    page = render_html(analysis)
    assert "<script>alert" not in page and page.lower().count("<script") == 1
    tree, main = article_of(page)
    assert main.text_content() == text
    assert parse_fragment(page[page.index("<html") :]).errors == []
    inline = main.xpath(".//*[@data-layer='entities']")
    assert [(e.get("data-i"), e.text_content(), e.get("data-label")) for e in inline] == [
        ("0", "Geburtsstation", "ORG")
    ]
    assert inline[0].xpath("ancestor::*[@data-layer='sentences']")
    assert inline[0].xpath(".//*[@data-layer='tokens']")
    (section,) = tree.xpath("//details[@data-layer-panel='entities']")
    assert section.xpath("./summary")[0].text_content().split() == ["Entities", "3"]
    header = [th.text_content() for th in section.xpath(".//thead//th")]
    assert header == ["#", "Text", "Label", "Score", "Inline"]
    rows = section.xpath(".//tbody/tr")
    assert [r.xpath("./td")[-1].text_content() for r in rows] == [
        "yes",
        "panel only",
        "panel only",
    ]
    assert rows[0].xpath("./td")[3].text_content() == "0.9"
    assert "2 span(s) cross other spans or blocks" in section.text_content()
    toggles = [b.get("data-np-toggle") for b in tree.xpath("//input[@type='checkbox']")]
    assert "l-entities" in toggles
    assert ".np-off-l-entities .np-l-entities" in page


def test_text_outside_blocks_stays_visible():
    text = "Kicker: Headline\n\nstray words\n\nBody."
    analysis = Analysis(text=text)
    analysis.blocks = [
        Block.of(text, 0, 6, id=0, kind=BlockKind.KICKER),
        Block.of(text, 8, 16, id=1, kind=BlockKind.HEADLINE),
        Block.of(text, 31, 36, id=2, kind=BlockKind.PARAGRAPH),
    ]
    _, main = article_of(render_html(analysis))
    assert main.text_content() == text
    (sep,) = main.xpath("./span[@class='np-sep']")
    assert sep.text_content() == ":"
    (gap,) = main.xpath("./p[contains(@class,'np-gap')]")
    assert gap.text_content() == "stray words"
    assert gap.get("data-label") == "outside any block"
