"""The analysis layers in every report: entities, attributions, sources, claims, the headline
check and the verdict — and untrusted text inside them (quotes, names) stays inert."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import lxml.html
import pytest

from newsprobe.model import (
    Analysis,
    Attribution,
    AttributionKind,
    BlockKind,
    Claim,
    ClaimStatus,
    Cue,
    Entity,
    EntityType,
    Evidence,
    Finding,
    FindingVerdict,
    Mention,
    MentionForm,
    Metadata,
    Sentence,
    Source,
    SourceType,
    SourcingVerdict,
    Span,
    Token,
)
from newsprobe.report import render
from newsprobe.report.html import render_html
from newsprobe.report.markdown import render_markdown
from newsprobe.report.text import render_text
from support import article_of_blocks

EVIL = "<script>alert(1)</script>"
MARKUP = "[bold red]boom[/]"
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def layered() -> Analysis:
    """A small article with every layer filled by hand (no pipeline)."""
    parts = [
        ("Kremlchef lässt Truppen im Stich", BlockKind.HEADLINE),
        (
            f"Die Truppen wurden offenbar zurückgelassen. Ein Blogger {EVIL} sagte: "
            f"„Alle {EVIL} bleiben zurück“.",
            BlockKind.PARAGRAPH,
        ),
        ("Putin schweigt.", BlockKind.PARAGRAPH),
    ]
    a = article_of_blocks(parts, Metadata(title="Kremlchef lässt Truppen im Stich", language="de"))
    text = a.text
    for block in a.blocks:
        for m in re.finditer(r"[^.]+\.?“?\.?", block.text):
            start = block.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            end = block.start + m.end()
            a.sentences.append(Sentence.of(text, start, end, block=block.id))
    for n, sent in enumerate(a.sentences):
        for m in re.finditer(r"\w+|[^\w\s]", sent.text):
            a.tokens.append(
                Token.of(text, sent.start + m.start(), sent.start + m.end(), sentence=n)
            )

    def at(fragment: str, occurrence: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(fragment, start + 1)
        return start, start + len(fragment)

    putin = at("Putin")
    chef = at("Kremlchef")
    blogger = at(f"Ein Blogger {EVIL}")
    a.mentions = [
        Mention.of(text, *chef, id=0, type=EntityType.PER, form=MentionForm.ROLE, entity=0),
        Mention.of(text, *putin, id=1, type=EntityType.PER, entity=0),
    ]
    a.entities = [
        Entity(
            id=0,
            name=f"Wladimir Putin {EVIL}",
            type=EntityType.PER,
            kb_id="Q7747",
            mentions=[0, 1],
            aliases=["Kremlchef", "Putin"],
        )
    ]
    s1 = a.sentences[1]
    s2 = a.sentences[2]
    quote = at(f"„Alle {EVIL} bleiben zurück“")
    a.attributions = [
        Attribution.model_validate(
            {
                **Span.of(text, blogger[0], quote[1]).model_dump(),
                "id": 0,
                "kind": AttributionKind.DIRECT,
                "cue": Cue.of(text, *at("sagte"), type="speech_verb"),
                "speakers": [Span.of(text, *blogger)],
                "message": Span.of(text, *quote),
                "source": 0,
            }
        )
    ]
    a.sources = [
        Source(
            id=0,
            name=f"Blogger {EVIL}",
            type=SourceType.ANONYMOUS,
            named=False,
            attributions=[0],
            statements=1,
            reason=MARKUP,
        )
    ]
    offenbar = Cue.of(text, *at("offenbar"), type="hedge", lemma="offenbar")
    a.claims = [
        Claim.of(
            text,
            a.blocks[0].start,
            a.blocks[0].end,
            id=0,
            sentence=0,
            block=0,
            role="headline",
            status=ClaimStatus.ASSERTED,
        ),
        Claim.of(
            text,
            s1.start,
            s1.end,
            id=1,
            sentence=1,
            block=1,
            role="body",
            status=ClaimStatus.HEDGED,
            cues=[offenbar],
        ),
        Claim.of(
            text,
            s2.start,
            s2.end,
            id=2,
            sentence=2,
            block=1,
            role="body",
            status=ClaimStatus.ATTRIBUTED,
            attributions=[0],
            sources=[0],
        ),
        Claim.of(
            text,
            a.blocks[2].start,
            a.blocks[2].end,
            id=3,
            sentence=3,
            block=2,
            role="body",
            status=ClaimStatus.ASSERTED,
        ),
    ]
    a.findings = [
        Finding.of(
            text,
            a.blocks[0].start,
            a.blocks[0].end,
            id=0,
            role="headline",
            verdict=FindingVerdict.OVERSTATED,
            evidence=[
                Evidence.of(
                    text,
                    s1.start,
                    s1.end,
                    sentence=1,
                    claim=1,
                    score=1.0,
                    status=ClaimStatus.HEDGED,
                ),
                Evidence.of(
                    text,
                    s2.start,
                    s2.end,
                    sentence=2,
                    claim=2,
                    score=0.7,
                    status=ClaimStatus.ATTRIBUTED,
                    sources=[0],
                ),
            ],
            cues=[offenbar],
            reason=f"Overstated: {EVIL} {MARKUP}",
        ),
    ]
    a.verdict = SourcingVerdict(
        claims=3,
        shares={
            "asserted": 1 / 3,
            "attributed": 1 / 3,
            "hedged": 1 / 3,
            "opinion": 0.0,
            "question": 0.0,
        },
        sources_by_type={"anonymous": 1},
        named_sources=0,
        unnamed_sources=1,
        weak_only_claims=[2],
        summary=f"The central claim rests on {EVIL} {MARKUP}.",
    )
    a.check_spans()
    return a


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return layered()


# -- HTML -------------------------------------------------------------------------------------
class Balanced(HTMLParser):
    VOID = frozenset({"meta", "input", "br", "img", "hr", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(tag)


def test_html_layers_are_inline_and_escaped(analysis: Analysis) -> None:
    page = render_html(analysis)
    assert "<script>alert" not in page
    assert page.lower().count("<script") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    tree = lxml.html.document_fromstring(page)
    assert tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content") == [CSP]
    for element in tree.iter():
        if isinstance(element.tag, str):
            assert not [k for k in element.attrib if k.lower().startswith("on")]
    parser = Balanced()
    parser.feed(page[page.index("<html") :])
    assert parser.errors == [] and parser.stack == []
    (main,) = tree.xpath("//main[@id='np-article']")
    assert main.text_content() == analysis.text
    (finding,) = main.xpath(".//*[@data-layer='findings']")
    assert finding.text_content() == "Kremlchef lässt Truppen im Stich"
    assert "np-v-overstated" in finding.get("class")
    assert finding.xpath(".//*[@data-layer='sentences']")  # the sentence nests inside
    statuses = {
        e.get("data-i"): e.get("class")
        for e in main.xpath(".//*[@data-layer='claims'][contains(@class,'np-claim')]")
    }
    assert statuses.keys() == {"0", "1", "2", "3"}
    assert "np-st-hedged" in statuses["1"]
    (cue,) = main.xpath(".//*[contains(@class,'np-cue')]")
    assert cue.text_content() == "offenbar" and cue.get("data-i") == "1"
    parts = {
        e.get("data-part"): e.text_content() for e in main.xpath(".//*[@data-layer='attributions']")
    }
    assert parts == {
        "speaker": f"Ein Blogger {EVIL}",
        "cue": "sagte",
        "message": f"„Alle {EVIL} bleiben zurück“",
    }
    mentions = main.xpath(".//*[@data-layer='mentions']")
    assert [m.text_content() for m in mentions] == ["Kremlchef", "Putin"]
    assert all(m.get("data-entity") == "0" for m in mentions)
    assert "Wladimir Putin" in mentions[0].get("title")


def test_html_panels_link_findings_to_their_evidence(analysis: Analysis) -> None:
    tree = lxml.html.document_fromstring(render_html(analysis))
    (panel,) = tree.xpath("//aside[@id='np-panel']")
    sections = [s.text_content().split()[0] for s in panel.xpath("./details/summary")]
    assert sections[:2] == ["Verdict", "Headline"]
    assert {"Claims", "Entities", "Attributions", "Sources"} <= set(sections)
    verdict = panel.xpath(".//details[@id='np-sec-verdict']")[0].text_content()
    assert f"rests on {EVIL} {MARKUP}" in verdict
    (item,) = panel.xpath(".//*[@data-layer='findings']")
    assert item.get("data-targets") == "claims:1 claims:2"
    evidence = panel.xpath(".//ul[@class='np-evidence']/li")
    assert [(e.get("data-layer"), e.get("data-i")) for e in evidence] == [
        ("claims", "1"),
        ("claims", "2"),
    ]
    assert "hedged" in evidence[0].text_content()
    (entity,) = panel.xpath(".//*[@data-layer='entities']")
    assert entity.get("data-targets") == "mentions:0 mentions:1"
    assert f"Wladimir Putin {EVIL}" in entity.text_content()
    (source,) = panel.xpath(".//*[@data-layer='sources']")
    assert source.get("data-targets") == "attributions:0"
    assert "weak" in panel.xpath(".//details[@id='np-sec-sources']//h3")[0].text_content()
    toggles = [b.get("data-np-toggle") for b in tree.xpath("//input[@type='checkbox']")]
    assert {"findings", "claims", "cues", "attributions", "entities"} <= set(toggles)


def test_html_attribution_message_split_at_sentence_boundaries() -> None:
    a = layered()
    text = a.text
    start = text.index("Die Truppen")
    end = text.index("zurück“") + len("zurück“")
    a.attributions[0].message = Span.of(text, start, end)  # crosses two sentences
    tree = lxml.html.document_fromstring(render_html(a))
    (main,) = tree.xpath("//main[@id='np-article']")
    pieces = main.xpath(".//*[@data-layer='attributions'][@data-part='message']")
    assert len(pieces) >= 2
    assert all(p.xpath("ancestor::*[@data-layer='sentences']") for p in pieces)
    assert main.text_content() == text


# -- Markdown and text --------------------------------------------------------------------------
def test_markdown_opens_with_the_verdict_and_escapes(analysis: Analysis) -> None:
    md = render_markdown(analysis)
    assert "<script>alert" not in md
    heads = [line for line in md.splitlines() if line.startswith("## ")]
    assert heads[0] == "## Verdict"
    for title in (
        "## Headline check (1)",
        "## Claims (4)",
        "## Entities (1)",
        "## Attributions (1)",
        "## Sources (1)",
    ):
        assert title in heads
    assert "- **overstated** (headline): Kremlchef lässt Truppen im Stich" in md
    assert "- *hedged*, score 1.00: Die Truppen wurden offenbar zurückgelassen." in md
    for table in re.findall(r"(?:^\|.*\|\n)+", md, flags=re.M):
        widths = {len(re.split(r"(?<!\\)\|", row)) for row in table.strip().splitlines()}
        assert len(widths) == 1, table


def test_text_report_opens_with_the_verdict(analysis: Analysis) -> None:
    out = render_text(analysis)
    first = out.splitlines()[0]
    assert "Verdict" in first
    assert out.index("Verdict") < out.index("newsprobe ·")
    assert MARKUP in out  # shown literally, not interpreted as rich markup
    assert f"rests on {EVIL}" in " ".join(out.split())
    for heading in (
        "Headline check (1)",
        "Claims (4)",
        "Entities (1)",
        "Attributions (who said what) (1)",
        "Sources by type (1)",
    ):
        assert heading in out
    assert "OVERSTATED" in out


def test_json_holds_every_layer(analysis: Analysis) -> None:
    data = json.loads(render(analysis, "json"))
    for layer in ("mentions", "entities", "attributions", "sources", "claims", "findings"):
        assert data[layer]
    assert data["verdict"]["weak_only_claims"] == [2]
    assert Analysis.from_json(json.dumps(data)).findings[0].evidence[1].claim == 2


def test_reports_without_the_new_layers_are_unchanged() -> None:
    a = Analysis(text="Nur ein Satz.")
    assert "Verdict" not in render_text(a)
    assert "## Verdict" not in render_markdown(a)
    assert "np-sec-verdict" not in render_html(a)
