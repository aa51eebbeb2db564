"""Scoring: the normalisation both systems share, snippet counts and token overlap."""

from __future__ import annotations

from fractions import Fraction

import pytest

from newsprobe.eval.base import percentile
from newsprobe.eval.scoring import Overlap, count_snippets, normalise, overlap, shingles


def test_normalise_collapses_whitespace_and_drops_invisibles() -> None:
    assert normalise("  Wahl\u00adkampf\n\n in\u00a0Berlin\u200b ") == "Wahlkampf in Berlin"
    assert normalise("Cafe\u0301") == "Café"  # NFC


def test_snippets_match_across_line_breaks() -> None:
    counts = count_snippets(
        "Der Rat hat\nam Dienstag beschlossen.\n\nImpressum",
        with_=["hat am Dienstag", "nicht im Text"],
        without=["Impressum", "Newsletter"],
    )
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (1, 1, 1, 1)
    assert counts.with_found == counts.without_absent == counts.precision == 0.5
    assert counts.accuracy == 0.5
    assert counts.f1 == pytest.approx(2 / 4)


def test_empty_text_misses_every_with_and_keeps_out_every_without() -> None:
    counts = count_snippets("", with_=["a", "b"], without=["c", ""])
    assert (counts.tp, counts.fn, counts.fp, counts.tn) == (0, 2, 0, 1)
    assert counts.precision == 0.0  # no division by zero


def test_bag_of_words_overlap_is_normalised_per_document() -> None:
    # gold 6 tokens, 3 predicted: tp 3, fp 0, fn 3 -> shares 1/2, 0, 1/2
    first = overlap("the cat sat on the mat", "the cat sat")
    assert (first.tp, first.fp, first.fn) == (0.5, 0.0, 0.5)
    # tp 3, fp 2 ("buy now"), fn 0 -> 3/5, 2/5, 0
    second = overlap("Dogs bark loudly.", "Dogs bark loudly. Buy now!")
    assert (second.tp, second.fp, second.fn) == pytest.approx((0.6, 0.4, 0.0))
    total = Overlap()
    total += first
    total += second
    precision, recall = Fraction(11, 15), Fraction(11, 16)
    assert total.precision == pytest.approx(float(precision))
    assert total.recall == pytest.approx(float(recall))
    assert total.f1 == pytest.approx(float(Fraction(242, 341)))


def test_shingles_count_repeats_and_short_texts() -> None:
    assert shingles("a b a", 1) == {"a": 2, "b": 1}
    assert shingles("a b c d e", 4) == {"a b c d": 1, "b c d e": 1}
    assert shingles("a b", 4) == {"a b": 1}  # shorter than n: one shingle
    assert overlap("", "") == Overlap()


def test_percentile_interpolates() -> None:
    assert percentile([1, 2, 3, 4, 5], 50) == 3
    assert percentile([10, 20], 95) == pytest.approx(19.5)
    assert percentile([], 95) == 0.0
