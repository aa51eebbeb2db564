"""Inline marks and side-panel data of the HTML report for the analysis layers: findings of
the headline check, claims with their cues, attributions (message, cue, speaker), entity
mentions — and the verdict, entity clusters and sources, which live in the panel only.

Marks go through :func:`newsprobe.report.html.nest_spans` (escaped); panel values are plain
text for the autoescaping template.  Spans that would cross what is already shown are split at
sentence and clause boundaries (attribution messages) or listed in the panel only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from newsprobe.model import Analysis, ClaimStatus, Finding
from newsprobe.report.layers import (
    STATUS_LABELS,
    attribution_rows,
    cue_text,
    entity_rows,
    mention_label,
    one_line,
    percent,
    source_groups,
    source_label,
    sources_line,
)
from newsprobe.report.marks import layer_mark

Admit = Callable[[str, int, int], bool]
_SHORT = 140


@dataclass
class LayerMarks:
    """Marks to nest outside sentences (findings) and inside them (the rest)."""

    outer: list[Any] = field(default_factory=list)
    inner: list[Any] = field(default_factory=list)
    inline: dict[str, set[int]] = field(default_factory=dict)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """``start:end`` cut at every boundary in ``cuts`` (sorted) strictly inside it."""
    inner = cuts[bisect_right(cuts, start) : bisect_left(cuts, end)]
    pieces = []
    for a, b in zip([start, *inner], [*inner, end], strict=True):
        a, b = _trim(text, a, b)
        if a < b:
            pieces.append((a, b))
    return pieces


def finding_marks(analysis: Analysis, admit: Admit) -> LayerMarks:
    """Headline and highlights under check, one piece per block (kicker and headline)."""
    text, n = analysis.text, len(analysis.text)
    out = LayerMarks(inline={"findings": set()})
    blocks = sorted((b.start, b.end) for b in analysis.blocks)
    for finding in analysis.findings:
        if not 0 <= finding.start <= finding.end <= n:
            continue
        spans = [
            (max(s, finding.start), min(e, finding.end))
            for s, e in blocks
            if s < finding.end and finding.start < e
        ] or [(finding.start, finding.end)]
        title = f"Headline check: {finding.verdict.value} ({finding.role.replace('_', ' ')})"
        first = True
        for s, e in spans:
            s, e = _trim(text, s, e)
            if s < e and admit("findings", s, e):
                out.inline["findings"].add(finding.id)
                css = f"np-finding np-v-{finding.verdict.value}" + ("" if first else " np-cont")
                out.outer.append(
                    layer_mark(s, e, css, "findings", finding.id, title, finding.verdict.value)
                )
                first = False
    return out


def layer_marks(analysis: Analysis, admit: Admit) -> LayerMarks:
    """Claims, their cues, attributions and mentions, to nest between sentences and tokens."""
    text, n = analysis.text, len(analysis.text)
    out = LayerMarks(inline={"claims": set(), "attributions": set(), "mentions": set()})

    def add(
        layer: str,
        index: int,
        start: int,
        end: int,
        css: str,
        title: str,
        label: str | None = None,
        **extra: Any,
    ) -> None:
        if 0 <= start < end <= n and admit(layer, start, end):
            out.inline.setdefault(layer, set()).add(index)
            out.inner.append(layer_mark(start, end, css, layer, index, title, label, **extra))

    for claim in analysis.claims:
        label = claim.status.value
        title = f"Claim {claim.id}: {STATUS_LABELS[claim.status]}"
        if claim.cues:
            title += f" · {cue_text(claim)}"
        add(
            "claims",
            claim.id,
            claim.start,
            claim.end,
            f"np-claim np-st-{label}",
            title,
            label if claim.status is not ClaimStatus.ASSERTED else None,
        )

    cuts = sorted(
        {p for s in analysis.sentences for p in (s.start, s.end)}
        | {p for c in analysis.claims for p in (c.start, c.end)}
    )
    for row in attribution_rows(analysis):
        a = row.attribution
        who = row.speaker or "unknown speaker"
        title = f"Attribution {a.id} ({row.kind}): {who}"
        if row.source:
            title += f" → {row.source}"
        for s, e in _pieces(text, a.message.start, a.message.end, cuts):
            add("attributions", a.id, s, e, "np-msg", title, part="message")
        for speaker in a.speakers:
            add("attributions", a.id, speaker.start, speaker.end, "np-spk", title, part="speaker")
        if a.cue is not None:
            add("attributions", a.id, a.cue.start, a.cue.end, "np-acue", title, part="cue")

    for claim in analysis.claims:
        for cue in claim.cues:
            add(
                "claims",
                claim.id,
                cue.start,
                cue.end,
                f"np-cue np-cue-{_slug(cue.type)}",
                f"Cue ({cue.type}) of claim {claim.id}",
                part="cue",
            )

    for mention in analysis.mentions:
        css = f"np-ment np-et-{mention.type.value}" + ("" if mention.full else " np-partial")
        add(
            "mentions",
            mention.id,
            mention.start,
            mention.end,
            css,
            f"Mention: {mention_label(analysis, mention)}",
            entity=mention.entity,
        )
    return out


def _slug(value: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in value.lower()).strip("-") or "x"


def _targets(pairs: Iterable[tuple[str, int]]) -> str:
    return " ".join(f"{layer}:{i}" for layer, i in pairs)


# -- panels -----------------------------------------------------------------------------------
def verdict_panel(analysis: Analysis) -> dict[str, Any] | None:
    verdict = analysis.verdict
    if verdict is None:
        return None
    shares = [
        {
            "status": s.value,
            "label": STATUS_LABELS[s],
            "share": verdict.shares.get(s.value, 0.0),
            "percent": percent(verdict.shares.get(s.value, 0.0)),
            "width": round(verdict.shares.get(s.value, 0.0) * 100),
        }
        for s in ClaimStatus
    ]
    return {
        "summary": verdict.summary,
        "claims": verdict.claims,
        "shares": shares,
        "sources": sources_line(analysis)
        if verdict.named_sources + verdict.unnamed_sources
        else "",
        "weak_only": [
            _claim_item(analysis, i)
            for i in verdict.weak_only_claims
            if 0 <= i < len(analysis.claims)
        ],
    }


def _claim_item(analysis: Analysis, index: int) -> dict[str, Any]:
    claim = analysis.claims[index]
    return {
        "i": claim.id,
        "start": claim.start,
        "end": claim.end,
        "status": claim.status.value,
        "text": one_line(claim.text, _SHORT),
    }


def finding_panel(analysis: Analysis, inline: set[int]) -> list[dict[str, Any]]:
    items = []
    for finding in analysis.findings:
        evidence = []
        for e in finding.evidence:
            sources = [
                one_line(analysis.sources[i].name)
                for i in e.sources
                if 0 <= i < len(analysis.sources)
            ]
            evidence.append(
                {
                    "claim": e.claim,
                    "start": e.start,
                    "end": e.end,
                    "status": (e.status or ClaimStatus.ASSERTED).value,
                    "status_label": STATUS_LABELS[e.status or ClaimStatus.ASSERTED],
                    "score": f"{e.score:.2f}",
                    "text": one_line(e.text, _SHORT),
                    "sources": "; ".join(sources),
                }
            )
        items.append(
            {
                "i": finding.id,
                "start": finding.start,
                "end": finding.end,
                "verdict": finding.verdict.value,
                "role": finding.role.replace("_", " "),
                "text": one_line(finding.text, _SHORT),
                "reason": finding.reason,
                "cues": ", ".join(one_line(c.text) for c in finding.cues),
                "targets": _targets(_finding_targets(finding)),
                "evidence": evidence,
                "inline": finding.id in inline,
            }
        )
    return items


def _finding_targets(finding: Finding) -> list[tuple[str, int]]:
    return [("claims", e.claim) for e in finding.evidence if e.claim is not None]


def claim_panel(analysis: Analysis, inline: set[int]) -> list[dict[str, Any]]:
    return [
        {
            "i": c.id,
            "start": c.start,
            "end": c.end,
            "role": c.role,
            "status": c.status.value,
            "text": one_line(c.text, _SHORT),
            "cues": cue_text(c),
            "sources": "; ".join(filter(None, (source_label(analysis, i) for i in c.sources))),
            "inline": c.id in inline,
        }
        for c in analysis.claims
    ]


def entity_panel(analysis: Analysis) -> list[dict[str, Any]]:
    items = []
    for row in entity_rows(analysis):
        first = row.mentions[0] if row.mentions else None
        items.append(
            {
                "i": row.entity.id,
                "name": row.name,
                "type": row.type,
                "kb": row.kb,
                "description": row.description,
                "count": row.full_mentions,
                "aliases": ", ".join(row.aliases),
                "start": first.start if first else 0,
                "end": first.end if first else 0,
                "targets": _targets(("mentions", m.id) for m in row.mentions),
                "mentions": [
                    {
                        "i": m.id,
                        "start": m.start,
                        "end": m.end,
                        "text": one_line(m.text),
                        "form": m.form.value,
                        "full": m.full,
                    }
                    for m in row.mentions
                ],
            }
        )
    return items


def attribution_panel(analysis: Analysis, inline: set[int]) -> list[dict[str, Any]]:
    return [
        {
            "i": r.attribution.id,
            "start": r.attribution.start,
            "end": r.attribution.end,
            "kind": r.kind,
            "speaker": r.speaker,
            "cue": r.cue,
            "message": one_line(r.message, _SHORT),
            "source": r.source,
            "mood": r.mood,
            "inline": r.attribution.id in inline,
        }
        for r in attribution_rows(analysis)
    ]


def source_panel(analysis: Analysis) -> list[dict[str, Any]]:
    groups = []
    for group in source_groups(analysis):
        members = []
        for s in group.sources:
            spans = [*s.mentions]
            related = [i for i in s.attributions if 0 <= i < len(analysis.attributions)]
            spans += [analysis.attributions[i] for i in related]
            first = min(spans, key=lambda x: x.start) if spans else None
            members.append(
                {
                    "i": s.id,
                    "name": one_line(s.name),
                    "named": s.named,
                    "statements": s.statements,
                    "kb": s.kb_id or "",
                    "reason": one_line(s.reason),
                    "start": first.start if first else 0,
                    "end": first.end if first else 0,
                    "targets": _targets(("attributions", i) for i in related),
                }
            )
        groups.append(
            {"type": group.type.replace("_", " "), "weak": group.weak, "sources": members}
        )
    return groups
