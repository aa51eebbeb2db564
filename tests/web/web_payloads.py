"""A hostile article: script and event-handler payloads in every field a page shows.

Built by hand with every layer filled (offsets computed while the text is assembled), so the
escaping of entities, quotes, sources, findings and the verdict is tested whatever the pipeline
currently finds.
"""

from __future__ import annotations

from datetime import datetime
from html.parser import HTMLParser

from newsprobe.model import (
    Analysis,
    Attribution,
    AttributionKind,
    Block,
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
    Metadata,
    Sentence,
    Source,
    SourceType,
    SourcingVerdict,
    Span,
)

SCRIPT = "<script>alert('np-xss')</script>"
IMG = '<img src=x onerror="alert(1)">'
SVG = "<svg onload=alert(2)>"
#: Strings that must never reach a page unescaped.
#: (``onerror=`` as escaped text is harmless; these are the tags themselves.)
RAW = (SCRIPT, IMG, SVG, "<script>alert", "<img", "<svg onload")


def hostile() -> Analysis:
    t = ""

    def add(piece: str) -> tuple[int, int]:
        nonlocal t
        start = len(t)
        t += piece
        return start, len(t)

    h = add(f"Rathaus {SCRIPT} unter Druck")
    add("\n\n")
    p = add("")[0]
    speaker = add(f"Sprecher {IMG}")
    add(" ")
    cue = add("sagte")
    add(", ")
    msg = add(f"die Lage {SVG} sei angeblich ernst")
    end = add(".")[1]
    hedge_at = t.index("angeblich")
    blocks = [
        Block.of(t, *h, id=0, kind=BlockKind.HEADLINE),
        Block.of(t, p, end, id=1, kind=BlockKind.PARAGRAPH),
    ]
    sentences = [Sentence.of(t, *h, block=0), Sentence.of(t, p, end, block=1)]
    mentions = [Mention.of(t, *speaker, id=0, type=EntityType.PER, entity=0, sentence=1)]
    entities = [
        Entity(
            id=0,
            name=f"Sprecher {IMG}",
            type=EntityType.PER,
            mentions=[0],
            aliases=[f"Sprecher {IMG}"],
            description=SVG,
        )
    ]
    sources = [
        Source(
            id=0,
            name=f"Sprecher {IMG}",
            type=SourceType.OFFICIAL,
            named=True,
            entity=0,
            mentions=[Span.of(t, *speaker)],
            attributions=[0],
            statements=1,
            reason=SCRIPT,
        )
    ]
    attributions = [
        Attribution(
            start=speaker[0],
            end=msg[1],
            text=t[speaker[0] : msg[1]],
            id=0,
            kind=AttributionKind.INDIRECT,
            cue=Cue.of(t, *cue, type="speech_verb"),
            speakers=[Span.of(t, *speaker)],
            message=Span.of(t, *msg),
            speaker_entity=0,
            source=0,
            mood="subj1",
            sentences=[1],
        )
    ]
    hedge = Cue.of(t, hedge_at, hedge_at + len("angeblich"), type="hedge")
    claims = [
        Claim.of(t, *h, id=0, sentence=0, block=0, role="headline", status=ClaimStatus.ASSERTED),
        Claim.of(
            t,
            p,
            end,
            id=1,
            sentence=1,
            block=1,
            role="body",
            status=ClaimStatus.HEDGED,
            cues=[hedge],
            attributions=[0],
            sources=[0],
        ),
    ]
    findings = [
        Finding.of(
            t,
            *h,
            id=0,
            role="headline",
            verdict=FindingVerdict.OVERSTATED,
            evidence=[
                Evidence.of(
                    t,
                    p,
                    end,
                    sentence=1,
                    claim=1,
                    score=0.5,
                    status=ClaimStatus.HEDGED,
                    sources=[0],
                )
            ],
            reason=f"Überzogen {SCRIPT}",
        )
    ]
    verdict = SourcingVerdict(
        claims=1,
        shares={"hedged": 1.0},
        sources_by_type={"official": 1},
        named_sources=1,
        summary=f"Zusammenfassung {IMG}",
    )
    return Analysis(
        text=t,
        meta=Metadata(
            title=f"Titel {SCRIPT}",
            language="de",
            publisher=f"Blatt {IMG}",
            authors=[SVG],
            url="javascript:alert(5)",
            published=datetime(2024, 5, 1, 9, 30),
            source_path=f"x{SCRIPT}.txt",
        ),
        components=[
            "layout",
            "language",
            "sentences",
            "entities",
            "quotes",
            "sources",
            "claims",
            "headline_check",
        ],
        warnings=[f"Warnung {SCRIPT}"],
        blocks=blocks,
        sentences=sentences,
        mentions=mentions,
        entities=entities,
        attributions=attributions,
        sources=sources,
        claims=claims,
        findings=findings,
        verdict=verdict,
    )


class Tags(HTMLParser):
    """Every start tag of a page with its attributes (for script/handler checks)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.script_text.append(data)


def unsafe_markup(page: str) -> list[str]:
    """What in ``page`` could run script: inline scripts, handlers, javascript: URLs, styles."""
    parser = Tags()
    parser.feed(page)
    problems = [f"inline script: {s[:60]!r}" for s in parser.script_text]
    for tag, attrs in parser.tags:
        if tag == "script" and not (attrs.get("src") or "").startswith("/static/"):
            problems.append(f"script not from /static: {attrs}")
        if tag in ("img", "iframe", "object", "embed", "base"):
            problems.append(f"<{tag}> element")
        for name, value in attrs.items():
            if name.startswith("on"):
                problems.append(f"handler {name}= on <{tag}>")
            if name == "style":
                problems.append(f"inline style on <{tag}>")
            if (
                name in ("href", "src", "action")
                and value
                and value.strip().lower().startswith(("javascript:", "data:"))
            ):
                problems.append(f"{name}={value!r} on <{tag}>")
    return problems
