"""Precision, recall and F1 counts, shared by the trainers' model selection and the
benchmarks (training and evaluation code: never imported by the product)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Self


def ratio(part: float, whole: float) -> float:
    """``part / whole``, 0.0 for an empty whole."""
    return part / whole if whole else 0.0


@dataclass
class PRF:
    """True positives, false positives and false negatives with precision, recall and F1
    (counts, or summed shares); ``+=`` adds another."""

    tp: float = 0
    fp: float = 0
    fn: float = 0

    def __iadd__(self, other: PRF) -> Self:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


#: One figure of a labelled gold set: its name, value and the items it counts.
Figure = tuple[str, float, int]


def macro_f1(pairs: Sequence[tuple[str, str]], labels: tuple[str, ...]) -> float:
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


def overall(pairs: Sequence[tuple[str, str]], labels: tuple[str, ...]) -> list[Figure]:
    """Accuracy and macro-F1 of ``(gold, predicted)`` pairs."""
    n = len(pairs)
    correct = sum(1 for g, p in pairs if g == p)
    return [("accuracy", ratio(correct, n), n), ("macro-F1", macro_f1(pairs, labels), n)]


def per_language(by_language: Mapping[str, Sequence[bool]]) -> list[Figure]:
    """Accuracy per language (``by_language``: each item's hit, by its language)."""
    return [
        (f"accuracy {language}", ratio(sum(hits), len(hits)), len(hits))
        for language, hits in sorted(by_language.items())
    ]
