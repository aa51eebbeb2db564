"""Scoring extracted text: snippet checks (trafilatura's eval) and bag-of-token overlap
(scrapinghub's article-extraction-benchmark).  The same normalisation serves every system."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

from newsprobe.training.counts import PRF, ratio

_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """NFC, invisible characters (soft hyphen, zero-width) dropped, whitespace runs → one space."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return _SPACE.sub(" ", text).strip()


@dataclass
class SnippetCounts(PRF):
    """trafilatura's counts: ``with`` snippets found (tp) or not (fn), ``without`` snippets
    found (fp) or absent (tn)."""

    tn: float = 0

    def __iadd__(self, other: PRF) -> Self:
        super().__iadd__(other)
        if isinstance(other, SnippetCounts):
            self.tn += other.tn
        return self

    @property
    def with_found(self) -> float:
        return self.recall

    @property
    def without_absent(self) -> float:
        return ratio(self.tn, self.tn + self.fp)

    @property
    def accuracy(self) -> float:
        return ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn)


def count_snippets(text: str, with_: Iterable[str], without: Iterable[str]) -> SnippetCounts:
    """Check normalised snippets against normalised ``text`` (empty snippets are skipped)."""
    haystack = normalise(text)
    counts = SnippetCounts()
    for snippet in filter(None, map(normalise, with_)):
        if snippet in haystack:
            counts.tp += 1
        else:
            counts.fn += 1
    for snippet in filter(None, map(normalise, without)):
        if snippet in haystack:
            counts.fp += 1
        else:
            counts.tn += 1
    return counts


def word_tokens(text: str) -> list[str]:
    """``\\w+`` runs, as in the article-extraction-benchmark (case kept)."""
    return _WORD.findall(normalise(text))


def shingles(text: str, n: int = 1) -> Counter[str]:
    """Bag of ``n``-token shingles (``n = 1``: bag of words)."""
    tokens = word_tokens(text)
    if n == 1 or not tokens:
        return Counter(tokens)
    # A text shorter than n tokens is one shingle, as in the benchmark's ``_ngrams``.
    return Counter(" ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


@dataclass
class Overlap(PRF):
    """Summed per-document shares of true positives, false positives and false negatives."""


def overlap(gold: str, predicted: str, n: int = 1) -> Overlap:
    """Multiset overlap of shingles, normalised to sum 1 per document so that long articles
    do not outweigh short ones (the article-extraction-benchmark's ``string_shingle_matching``)."""
    true, pred = shingles(gold, n), shingles(predicted, n)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if not total:
        return Overlap()
    return Overlap(tp / total, fp / total, fn / total)
