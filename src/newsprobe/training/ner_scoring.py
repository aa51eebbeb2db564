"""Strict span scoring for named entities (CoNLL/GermEval style): a predicted span counts only
when its start, end and type all equal a gold span's.  Per-class and micro P/R/F1."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newsprobe.entities.germeval import TYPES
from newsprobe.training.counts import PRF

SpanSet = set[tuple[int, int, str]]


@dataclass
class Counts(PRF):
    """Span counts of one entity type."""

    @property
    def support(self) -> int:
        return int(self.tp + self.fn)


@dataclass
class Score:
    """Counts per entity type; ``micro`` sums them."""

    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})

    def add(self, gold: SpanSet, predicted: SpanSet) -> None:
        for kind in TYPES:
            g = {s for s in gold if s[2] == kind}
            p = {s for s in predicted if s[2] == kind}
            c = self.per_type[kind]
            c.tp += len(g & p)
            c.fp += len(p - g)
            c.fn += len(g - p)

    def __iadd__(self, other: Score) -> Score:
        for kind, counts in other.per_type.items():
            self.per_type[kind] += counts
        return self

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.per_type.values():
            total += counts
        return total

    def table(self) -> dict[str, dict[str, float]]:
        rows = {
            kind: {"p": c.precision, "r": c.recall, "f1": c.f1, "n": c.support}
            for kind, c in self.per_type.items()
        }
        m = self.micro
        rows["micro"] = {"p": m.precision, "r": m.recall, "f1": m.f1, "n": m.support}
        return rows


def score_all(pairs: Iterable[tuple[SpanSet, SpanSet]]) -> Score:
    score = Score()
    for gold, predicted in pairs:
        score.add(gold, predicted)
    return score
