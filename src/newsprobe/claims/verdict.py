"""The sourcing verdict: where the article's certainty comes from, in figures and a short
summary built from templates (``summary_<lang>.toml``: German for German articles, English
for all others) — no language model, every clause of it traceable to the figures."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsprobe.claims.checked import basis
from newsprobe.claims.component import EVIDENCE_ROLES
from newsprobe.claims.templates import Templates, templates
from newsprobe.model import (
    WEAK_SOURCE_TYPES,
    Analysis,
    ClaimStatus,
    FindingVerdict,
    SourceType,
    SourcingVerdict,
)

if TYPE_CHECKING:
    from newsprobe.claims.checked import Checked


def build_verdict(analysis: Analysis, checked: list[Checked]) -> SourcingVerdict:
    words = templates(analysis.meta.language)
    body = [c for c in analysis.claims if c.role in EVIDENCE_ROLES]
    counts = Counter(c.status for c in body)
    n = len(body)
    shares = {s.value: round(counts.get(s, 0) / n, 3) if n else 0.0 for s in ClaimStatus}
    by_type = Counter(s.type.value for s in analysis.sources)
    sources_by_type = {t.value: by_type[t.value] for t in SourceType if by_type.get(t.value)}
    named = sum(1 for s in analysis.sources if s.named)
    weak_only = [
        c.id
        for c in body
        if c.sources
        and all(
            0 <= i < len(analysis.sources) and analysis.sources[i].type in WEAK_SOURCE_TYPES
            for i in c.sources
        )
    ]
    verdict = SourcingVerdict(
        claims=n,
        shares=shares,
        sources_by_type=sources_by_type,
        named_sources=named,
        unnamed_sources=len(analysis.sources) - named,
        weak_only_claims=weak_only,
    )
    verdict.summary = summary(analysis, verdict, checked, words)
    return verdict


def _central(checked: list[Checked]) -> Checked | None:
    """The headline's check, unless it holds up and a highlight does not."""
    heads = [c for c in checked if c.finding.role in ("headline", "kicker_headline")]
    others = [c for c in checked if c.finding.role not in ("headline", "kicker_headline")]
    if heads and heads[0].finding.verdict is not FindingVerdict.SUPPORTED:
        return heads[0]
    failing = [c for c in others if c.finding.verdict is not FindingVerdict.SUPPORTED]
    if failing:
        return failing[0]
    return heads[0] if heads else None


def summary(
    analysis: Analysis, verdict: SourcingVerdict, checked: list[Checked], words: Templates
) -> str:
    sentences: list[str] = []
    central = _central(checked)
    if central is None:
        sentences.append(words.get("summary", "no_headline"))
    else:
        clause = central.worst
        role = words.role(central.finding.role)
        quote = words.quote(clause.span.text)
        if clause.verdict is FindingVerdict.OVERSTATED:
            sentences.append(
                words.get("summary", "central_overstated").format(
                    quote=quote, basis=basis(analysis, clause, words), role=role
                )
            )
        elif clause.verdict is FindingVerdict.UNSUPPORTED:
            sentences.append(
                words.get("summary", "central_unsupported").format(quote=quote, role=role)
            )
        elif clause.verdict is FindingVerdict.NOT_A_CLAIM:
            sentences.append(central.finding.reason)  # a label or a call: nothing to back
        else:
            sentences.append(words.get("summary", "central_supported"))
    if verdict.claims:
        shares = {k: words.percent(v) for k, v in verdict.shares.items()}
        sentences.append(words.get("summary", "shares").format(n=verdict.claims, **shares))
    else:
        sentences.append(words.get("summary", "no_claims"))
    total = verdict.named_sources + verdict.unnamed_sources
    if total:
        types = ", ".join(
            f"{words.source_type(name)} {count}" for name, count in verdict.sources_by_type.items()
        )
        sentences.append(
            words.get("summary", "sources").format(
                n=total,
                named=verdict.named_sources,
                unnamed=verdict.unnamed_sources,
                types=f": {types}" if types else "",
            )
        )
    elif "sources" in analysis.components:
        sentences.append(words.get("summary", "no_sources"))
    if verdict.weak_only_claims:
        sentences.append(words.get("summary", "weak_only").format(n=len(verdict.weak_only_claims)))
    return " ".join(sentences)
