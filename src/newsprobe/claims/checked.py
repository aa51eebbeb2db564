"""What the headline check hands to the verdict: each finding with the clauses that decided it,
and the words that say what a clause's backing rests on."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprobe.claims.contested import DISPUTED
from newsprobe.claims.stance import Stance, Weight
from newsprobe.claims.templates import Templates
from newsprobe.model import Analysis, Claim, ClaimStatus, Cue, Finding, FindingVerdict, Span

__all__ = ["SEVERITY", "Checked", "Clause", "basis", "cue_words", "source_names"]

SEVERITY = {
    FindingVerdict.NOT_A_CLAIM: -1,
    FindingVerdict.SUPPORTED: 0,
    FindingVerdict.OVERSTATED: 1,
    FindingVerdict.UNSUPPORTED: 2,
}


@dataclass
class Clause:
    """One checked clause of a headline or highlight and what the body offers for it."""

    span: Span
    status: ClaimStatus
    verdict: FindingVerdict = FindingVerdict.UNSUPPORTED
    evidence: list[tuple[Claim, float]] = field(default_factory=list)
    hedges: list[Cue] = field(default_factory=list)
    weak_sources: list[int] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    #: How sure the clause itself is, and the cues of the headline that say so.
    stance: Stance = Stance.FACT
    stance_cues: list[Cue] = field(default_factory=list)
    #: What the backing falls short with (the weakest kind found), when overstated.
    weakness: Weight | None = None


@dataclass
class Checked:
    """A finding with the clause that decided it (the verdict's summary reads these)."""

    finding: Finding
    clauses: list[Clause]

    @property
    def worst(self) -> Clause:
        return max(self.clauses, key=lambda c: SEVERITY[c.verdict])


def basis(analysis: Analysis, clause: Clause, words: Templates) -> str:
    """What a clause's backing rests on, in words ("rests on …", "only reports it with …")."""
    weakness = clause.weakness
    if weakness in (
        Weight.ACCUSATION,
        Weight.INTERESTED,
        Weight.FORECAST,
        Weight.REPORTED,
        Weight.OPINION,
        Weight.PLANNED,
        Weight.PARTIAL,
    ):
        names = source_names(analysis, clause.weak_sources, words) or clause.speakers[:3]
        cues = cue_words(clause.hedges)
        # a claim another party rejects (:func:`newsprobe.claims.contested.disputed`)
        disputed = weakness is Weight.INTERESTED and any(c.type == DISPUTED for c in clause.hedges)
        text = words.get("basis", "disputed" if disputed else weakness.value).format(
            sources=words.join(names) if names else words.get("basis", "someone"),
            cues=", ".join(cues) if cues else "–",
        )
        return text
    parts = []
    names = source_names(analysis, clause.weak_sources, words) or clause.speakers[:3]
    if names:
        parts.append(words.get("basis", "sources").format(sources=words.join(names)))
    cues = cue_words(clause.hedges)
    if cues:
        parts.append(words.get("basis", "hedges").format(cues=", ".join(cues)))
    if not parts:
        parts.append(words.get("basis", "nothing"))
    return words.top("and").join(parts)


def source_names(analysis: Analysis, ids: list[int], words: Templates) -> list[str]:
    names = []
    for i in ids[:4]:
        if 0 <= i < len(analysis.sources):
            source = analysis.sources[i]
            label = words.source_type(source.type.value)
            names.append(f"{' '.join(source.name.split())} ({label})")
    return names


def cue_words(cues: list[Cue]) -> list[str]:
    seen: list[str] = []
    for cue in sorted(cues, key=lambda c: c.start):
        word = " ".join(cue.text.split()).lower()
        if word not in seen:
            seen.append(word)
    return seen[:4]
