"""The article as the web app shows it: text with its layers as nested, escaped markup.

The markup is made by the HTML report's :func:`newsprobe.report.html.nest_spans` (one escaping,
span-nesting code path for both).  Layers overlap in real articles (a quote runs over two
sentences, a claim over a block boundary), and nested markup cannot cross, so every span is cut
into pieces at the boundaries of the spans it would cross; each piece carries the span's layer
and index, the first one its ``id``.  Nothing is dropped: every entity mention, quote, claim,
cue and piece of evidence is marked in the text.

Layers (each can be switched off on the page, each has a second cue besides colour):

* layout: block elements with their role as a small label;
* claims: status as underline style plus a label (``hedged``, ``opinion``…);
* quotes: the message tinted in its speaker's colour, with the speaker number (``S1``…);
* entities: underlined, with the type (``PER``, ``ORG``…) as a superscript;
* cues: hedges and other certainty cues boxed;
* evidence: hidden until a finding is chosen, then outlined.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any
from urllib.parse import quote as url_quote

from markupsafe import Markup

from newsprobe.model import Analysis, Attribution, Block, BlockKind, ClaimStatus, Cue, Source
from newsprobe.report.html import Mark, nest_spans
from newsprobe.web.charts import Segment, stacked_bar

__all__ = ["SPEAKER_COLOURS", "ArticleView", "build_view"]

#: Number of distinct speaker colours (classes w-sp-0 … w-sp-7); speakers beyond reuse them
#: but keep their own number label.
SPEAKER_COLOURS = 8

_BLOCK_TAGS: dict[BlockKind, str] = {
    BlockKind.HEADLINE: "h2",
    BlockKind.SUBHEADING: "h3",
    BlockKind.QUOTE_BLOCK: "blockquote",
    BlockKind.CAPTION: "figure",
}
_STATUS_LABELS: dict[str, str] = {
    ClaimStatus.ASSERTED.value: "",
    ClaimStatus.ATTRIBUTED.value: "attr.",
    ClaimStatus.HEDGED.value: "hedged",
    ClaimStatus.OPINION.value: "opinion",
    ClaimStatus.QUESTION.value: "question",
}
_VERDICT_MARKS = {"supported": "✓", "overstated": "!", "unsupported": "✗", "not_a_claim": "–"}

TOGGLES: tuple[tuple[str, str, bool], ...] = (
    ("layout", "Layout labels", True),
    ("claims", "Claim status", True),
    ("quotes", "Quotes by speaker", True),
    ("entities", "Entities", True),
    ("cues", "Hedges and cues", True),
)


# -- planning marks --------------------------------------------------------------------------
class _Extents:
    """Admitted extents, sorted, answering 'which of them cross start:end' quickly."""

    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []
        self._maxlen = 0

    def add(self, start: int, end: int) -> None:
        insort(self._items, (start, end))
        self._maxlen = max(self._maxlen, end - start)

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self._items, (start - self._maxlen, -1))
        hi = bisect_left(self._items, (end, -1))
        return self._items[lo:hi]


class _Planner:
    """Collects marks so that :func:`nest_spans` gets properly nested spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.marks: list[Mark] = []
        self._structure = _Extents()  # block-level elements: never inside an inline piece
        self._inline = _Extents()

    def structural(self, mark: Mark) -> None:
        self.marks.append(mark)
        self._structure.add(mark.start, mark.end)

    def add(self, start: int, end: int, css: str, attrs: dict[str, Any]) -> int:
        """Add an inline span, cut where it would cross; the number of pieces added."""
        if not 0 <= start < end <= len(self.text):
            return 0
        cuts: set[int] = set()
        for a, b in self._structure.near(start, end):
            cuts.update(p for p in (a, b) if start < p < end)
        for a, b in self._inline.near(start, end):
            if a < start < b < end or start < a < end < b:
                cuts.update(p for p in (a, b) if start < p < end)
        bounds = [start, *sorted(cuts), end]
        added = 0
        for s, e in pairwise(bounds):
            if s >= e or not self.text[s:e].strip():
                continue
            piece_attrs = (
                dict(attrs)
                if added == 0
                else {k: v for k, v in attrs.items() if k not in ("id", "tabindex")}
            )
            piece_css = css if added == 0 else f"{css} w-cont"
            self.marks.append(Mark(s, e, piece_css, piece_attrs))
            self._inline.add(s, e)
            added += 1
        return added


def _blocks(analysis: Analysis, plan: _Planner) -> None:
    text, n = analysis.text, len(analysis.text)
    kept: list[Block] = []
    for block in sorted(analysis.blocks, key=lambda b: (b.start, b.end)):
        if 0 <= block.start < block.end <= n and not (kept and block.start < kept[-1].end):
            kept.append(block)
    pos = 0
    for block in [*kept, None]:
        stop = block.start if block is not None else n
        chunk = text[pos:stop]
        if chunk.strip():  # text outside any block is shown too, so nothing hides
            start = pos + len(chunk) - len(chunk.lstrip())
            end = pos + len(chunk.rstrip())
            if any(c.isalnum() for c in chunk):
                plan.structural(
                    Mark(start, end, "w-block w-gap", {"data-label": "outside any block"}, "p")
                )
            else:  # bare punctuation (a kicker's colon, a bullet): a small separator
                plan.structural(Mark(start, end, "w-sep", {"title": "text between blocks"}))
        if block is None:
            break
        css = f"w-block w-kind-{block.kind.value}"
        if block.duplicate_of is not None:
            css += " w-duplicate"
        label = block.kind.value.replace("_", " ")
        plan.structural(
            Mark(
                block.start,
                block.end,
                css,
                {"id": f"b-{block.id}", "data-label": label},
                _BLOCK_TAGS.get(block.kind, "p"),
            )
        )
        pos = block.end


# -- speakers --------------------------------------------------------------------------------
@dataclass
class SpeakerQuote:
    index: int
    kind: str
    cue: str
    message: str
    mood: str | None


@dataclass
class Speaker:
    number: int
    name: str
    colour: int
    source_type: str | None
    named: bool | None
    entity_name: str | None
    quotes: list[SpeakerQuote] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"S{self.number}"

    @property
    def corpus_link(self) -> str:
        return "/speakers?speaker=" + url_quote(self.entity_name or self.name)


def _speaker_identity(
    analysis: Analysis, attr: Attribution, by_id: dict[int, Attribution]
) -> tuple[tuple[str, Any], str]:
    seen: set[int] = set()
    while (
        not (attr.speakers or attr.speaker_entity is not None or attr.source is not None)
        and attr.continues is not None
        and attr.continues in by_id
        and attr.continues not in seen
    ):
        seen.add(attr.id)
        attr = by_id[attr.continues]
    if attr.speaker_entity is not None and 0 <= attr.speaker_entity < len(analysis.entities):
        entity = analysis.entities[attr.speaker_entity]
        return ("entity", entity.id), entity.name
    if attr.source is not None and 0 <= attr.source < len(analysis.sources):
        source = analysis.sources[attr.source]
        return ("source", source.id), source.name
    if attr.speakers:
        name = " / ".join(s.text for s in attr.speakers)
        return ("text", " ".join(name.lower().split())), name
    return ("none", None), "(no speaker named)"


def _speakers(analysis: Analysis) -> tuple[list[Speaker], dict[int, Speaker]]:
    by_id = {a.id: a for a in analysis.attributions}
    speakers: dict[tuple[str, Any], Speaker] = {}
    of_attr: dict[int, Speaker] = {}
    for i, attr in enumerate(analysis.attributions):
        key, name = _speaker_identity(analysis, attr, by_id)
        speaker = speakers.get(key)
        if speaker is None:
            source = (
                analysis.sources[attr.source]
                if attr.source is not None and 0 <= attr.source < len(analysis.sources)
                else None
            )
            entity = (
                analysis.entities[attr.speaker_entity]
                if attr.speaker_entity is not None
                and 0 <= attr.speaker_entity < len(analysis.entities)
                else None
            )
            number = len(speakers) + 1
            speaker = Speaker(
                number=number,
                name=name,
                colour=(number - 1) % SPEAKER_COLOURS,
                source_type=source.type.value if source else None,
                named=source.named if source else None,
                entity_name=entity.name if entity else None,
            )
            speakers[key] = speaker
        speaker.quotes.append(
            SpeakerQuote(
                index=i,
                kind=attr.kind.value,
                cue=attr.cue.text if attr.cue else "",
                message=attr.message.text,
                mood=attr.mood,
            )
        )
        of_attr[i] = speaker
    return list(speakers.values()), of_attr


# -- the view --------------------------------------------------------------------------------
@dataclass
class EvidenceView:
    anchor: str
    text: str
    status: str | None
    score: float
    sources: list[str]


@dataclass
class FindingView:
    id: int
    role: str
    verdict: str
    mark: str
    text: str
    reason: str
    anchor: str
    evidence: list[EvidenceView]
    cues: list[str]


@dataclass
class EntityView:
    name: str
    type: str
    kb_id: str | None
    description: str | None
    mentions: int
    link: str
    anchor: str | None


@dataclass
class ArticleView:
    """Everything the article template needs (markup already escaped)."""

    markup: Markup
    language: str
    toggles: list[dict[str, Any]]
    findings: list[FindingView]
    summary: str
    claim_chart: Markup | None
    source_chart: Markup | None
    claim_counts: list[tuple[str, int]]
    named_sources: int
    unnamed_sources: int
    weak_only: int
    speakers: list[Speaker]
    sources: list[Source]  # the analysis's own, as the template shows them
    entities: list[EntityView]
    warnings: list[str]
    components: list[str]
    counts: dict[str, int]


def _cues(analysis: Analysis) -> list[Cue]:
    seen: dict[tuple[int, int], Cue] = {}
    for claim in analysis.claims:
        for cue in claim.cues:
            seen.setdefault((cue.start, cue.end), cue)
    for finding in analysis.findings:
        for cue in finding.cues:
            seen.setdefault((cue.start, cue.end), cue)
    return sorted(seen.values(), key=lambda c: (c.start, -c.end))


def build_view(analysis: Analysis) -> ArticleView:
    """Plan and render the article's markup and the data of its side panels."""
    plan = _Planner(analysis.text)
    _blocks(analysis, plan)
    sources = analysis.sources
    source_names = {s.id: s.name for s in sources}

    # Evidence first (sentences), so claims and quotes nest inside them.
    findings: list[FindingView] = []
    for f in analysis.findings:
        anchor = f"finding-{f.id}"
        plan.add(f.start, f.end, "w-fspan", {"id": anchor, "tabindex": "-1", "data-finding": f.id})
        evidence: list[EvidenceView] = []
        for k, ev in enumerate(f.evidence):
            ev_anchor = f"ev-{f.id}-{k}"
            plan.add(
                ev.start,
                ev.end,
                "w-ev",
                {
                    "id": ev_anchor,
                    "tabindex": "-1",
                    "data-finding": f.id,
                    "title": f"Evidence {k + 1} for finding {f.id + 1}",
                },
            )
            evidence.append(
                EvidenceView(
                    anchor=ev_anchor,
                    text=ev.text,
                    score=ev.score,
                    status=ev.status.value if ev.status else None,
                    sources=[source_names.get(s, f"#{s}") for s in ev.sources],
                )
            )
        findings.append(
            FindingView(
                id=f.id,
                role=f.role.replace("_", " "),
                verdict=f.verdict.value,
                mark=_VERDICT_MARKS.get(f.verdict.value, "?"),
                text=f.text,
                reason=f.reason,
                anchor=anchor,
                evidence=evidence,
                cues=[c.text for c in f.cues],
            )
        )

    weak = set(analysis.verdict.weak_only_claims) if analysis.verdict else set()
    for claim in analysis.claims:
        status = claim.status.value
        css = f"w-claim w-st-{status}" + (" w-weak" if claim.id in weak else "")
        cues = ", ".join(c.text for c in claim.cues)
        title = f"Claim {claim.id + 1}: {status}" + (f" ({cues})" if cues else "")
        if claim.id in weak:
            title += " · rests only on anonymous or social-media sources"
        plan.add(
            claim.start,
            claim.end,
            css,
            {"id": f"c-{claim.id}", "data-st": _STATUS_LABELS.get(status, status), "title": title},
        )

    speakers, of_attr = _speakers(analysis)
    for i, attr in enumerate(analysis.attributions):
        sp = of_attr[i]
        tip = f"{sp.label} {sp.name} · {attr.kind.value}"
        if attr.cue:
            tip += f" · cue „{attr.cue.text}“"
        plan.add(attr.start, attr.end, "w-attr", {"id": f"q-{i}", "tabindex": "-1"})
        plan.add(
            attr.message.start,
            attr.message.end,
            f"w-msg w-sp-{sp.colour}",
            {"data-sp": sp.label, "title": tip},
        )
        for s in attr.speakers:
            plan.add(
                s.start,
                s.end,
                f"w-speaker w-sp-{sp.colour}",
                {"title": f"{sp.label}: speaker ({sp.name})"},
            )
        if attr.cue:
            plan.add(
                attr.cue.start,
                attr.cue.end,
                "w-qcue",
                {"title": f"attribution cue ({attr.cue.type})"},
            )

    entity_first: dict[int, str] = {}
    for m in analysis.mentions:
        ent = (
            analysis.entities[m.entity]
            if m.entity is not None and 0 <= m.entity < len(analysis.entities)
            else None
        )
        name = ent.name if ent else m.text
        attrs: dict[str, Any] = {
            "data-et": m.type.value,
            "title": f"{m.type.value}: {name} ({m.form.value})",
        }
        if ent is not None and ent.id not in entity_first:
            entity_first[ent.id] = attrs["id"] = f"m-{m.id}"
        plan.add(
            m.start, m.end, f"w-ment w-et-{m.type.value}" + ("" if m.full else " w-part"), attrs
        )

    for cue in _cues(analysis):
        plan.add(cue.start, cue.end, f"w-cue w-cue-{cue.type}", {"title": f"cue: {cue.type}"})

    markup = nest_spans(analysis.text, plan.marks)

    counts = Counter(c.status.value for c in analysis.claims)
    verdict = analysis.verdict
    claim_chart = source_chart = None
    if verdict and verdict.shares:
        claim_chart = stacked_bar(
            [Segment(k, v) for k, v in verdict.shares.items()], title="Claims in the body by status"
        )
    if verdict and verdict.sources_by_type:
        source_chart = stacked_bar(
            [Segment(k, v, k.replace("_", " ")) for k, v in verdict.sources_by_type.items()],
            title="Sources by type",
            fmt=lambda v: f"{v:.0f}",
        )
    mention_counts = Counter(m.entity for m in analysis.mentions if m.full)
    entities = [
        EntityView(
            name=e.name,
            type=e.type.value,
            kb_id=e.kb_id,
            description=e.description,
            mentions=mention_counts.get(e.id, 0),
            link="/entities/" + url_quote(e.kb_id or e.name, safe=""),
            anchor=entity_first.get(e.id),
        )
        for e in sorted(analysis.entities, key=lambda e: (-mention_counts.get(e.id, 0), e.name))
    ]
    return ArticleView(
        markup=markup,
        language=analysis.meta.language or "",
        toggles=[{"key": k, "label": label, "on": on} for k, label, on in TOGGLES],
        findings=findings,
        summary=verdict.summary if verdict else "",
        claim_chart=claim_chart,
        source_chart=source_chart,
        claim_counts=[(s.value, counts.get(s.value, 0)) for s in ClaimStatus],
        named_sources=verdict.named_sources if verdict else 0,
        unnamed_sources=verdict.unnamed_sources if verdict else 0,
        weak_only=len(weak),
        speakers=speakers,
        sources=list(sources),
        entities=entities,
        warnings=list(analysis.warnings),
        components=list(analysis.components),
        counts={
            "characters": len(analysis.text),
            "blocks": len(analysis.blocks),
            "sentences": len(analysis.sentences),
            "mentions": len(analysis.mentions),
            "quotes": len(analysis.attributions),
            "claims": len(analysis.claims),
            "findings": len(analysis.findings),
        },
    )
