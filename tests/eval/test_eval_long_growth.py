"""The long-input benchmark's growth figure: the CPU time of the largest analysed text over
the smallest's, which shows a pass quadratic in the text's length as a growth far above the
input ratio (refused sizes take no part)."""

from __future__ import annotations

from newsprobe.eval.long_input import _growth


def test_growth_is_the_ratio_of_the_largest_to_the_smallest_text():
    (metric,) = _growth({100_000: 0.8, 1_000_000: 9.0})
    assert metric.name == "CPU growth for 10x the input"
    assert metric.value == 11.2


def test_no_growth_without_two_analysed_sizes():
    assert _growth({100_000: 0.8}) == []
    assert _growth({}) == []
    assert _growth({100_000: 0.0, 1_000_000: 3.0}) == []
