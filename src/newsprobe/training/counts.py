"""Precision, recall and F1 counts, shared by the trainers' model selection and the
benchmarks (training and evaluation code: never imported by the product)."""

from __future__ import annotations

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
