"""Scoring a labelled gold set: gold against predicted labels, accuracy overall and per
language, macro-F1, the confusion matrix and the mistakes (the claims and headlines tasks)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsprobe.eval.base import Metric
from newsprobe.training.counts import ratio

__all__ = ["Tally", "confusion_notes", "macro_f1"]


def macro_f1(pairs: list[tuple[str, str]], labels: tuple[str, ...]) -> float:
    """The mean F1 over ``labels`` of ``(gold, predicted)`` pairs (labels never seen: left out)."""
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
        scores.append(ratio(2 * precision * recall, precision + recall))
    return sum(scores) / len(scores) if scores else 0.0


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
        n = len(self.pairs)
        correct = sum(1 for g, p in self.pairs if g == p)
        return [
            Metric(system=system, name="accuracy", value=ratio(correct, n), n=n),
            Metric(system=system, name="macro-F1", value=macro_f1(self.pairs, self.labels), n=n),
        ]

    def per_language(self, system: str) -> list[Metric]:
        """Accuracy per language."""
        return [
            Metric(
                system=system,
                name=f"accuracy {language}",
                value=ratio(sum(hits), len(hits)),
                n=len(hits),
            )
            for language, hits in sorted(self.by_language.items())
        ]

    def confusion(self, short: dict[str, str] | None = None) -> list[str]:
        return confusion_notes(self.pairs, self.labels, short)
