"""Scoring a labelled gold set: gold against predicted labels, accuracy overall and per
language, macro-F1, the confusion matrix and the mistakes (the claims and headlines tasks)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsprobe.eval.base import Metric
from newsprobe.training.counts import macro_f1, overall, per_language

__all__ = ["Tally", "confusion_notes", "macro_f1"]


def confusion_notes(
    pairs: list[tuple[str, str]], labels: tuple[str, ...], short: dict[str, str] | None = None
) -> list[str]:
    """The confusion matrix as note lines (columns headed by ``short`` names where given)."""
    counts = Counter(pairs)
    head = " ".join(f"{(short or {}).get(p, p):>4}" for p in labels)
    notes = [f"confusion matrix (rows: gold, columns: predicted) {'':>10}{head}"]
    for g in labels:
        row = " ".join(f"{counts.get((g, p), 0):>4}" for p in labels)
        notes.append(f"confusion {g:<10} {row}")
    return notes


@dataclass
class Tally:
    """Gold against predicted labels of one gold file, item by item."""

    labels: tuple[str, ...]
    pairs: list[tuple[str, str]] = field(default_factory=list)
    by_language: dict[str, list[bool]] = field(default_factory=dict)
    mistakes: list[str] = field(default_factory=list)

    def add(self, item: str, language: str, gold: str, predicted: str, text: str) -> None:
        """One item (named ``item`` in a mistake, with its ``text``)."""
        self.pairs.append((gold, predicted))
        self.by_language.setdefault(language, []).append(predicted == gold)
        if predicted != gold:
            self.mistakes.append(f"wrong {item}: gold {gold}, predicted {predicted}: {text}")

    def overall(self, system: str) -> list[Metric]:
        """Accuracy and macro-F1 over every item."""
        return _metrics(system, overall(self.pairs, self.labels))

    def per_language(self, system: str) -> list[Metric]:
        """Accuracy per language."""
        return _metrics(system, per_language(self.by_language))

    def confusion(self, short: dict[str, str] | None = None) -> list[str]:
        return confusion_notes(self.pairs, self.labels, short)


def _metrics(system: str, figures: list[tuple[str, float, int]]) -> list[Metric]:
    return [Metric(system=system, name=name, value=value, n=n) for name, value, n in figures]
