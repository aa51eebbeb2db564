"""The builder of the word-frequency table (``training/ner_freq_bands.py``; the feature that reads
it was measured and not shipped, ``docs/ner-training.md``).  Frequencies and dictionaries below
are written for these tests."""

from __future__ import annotations

import gzip

from newsprobe.training.ner_freq_bands import band, render, table


def test_band_is_the_zipf_frequency_cut_and_capped() -> None:
    assert band(0.0) == 0
    assert band(1e-9) == 0  # one in a billion: Zipf 0
    assert band(2.5e-7) == 2  # Zipf 2.4
    assert band(1e-6) == 3
    assert band(0.01) == 4  # Zipf 7, capped at 4


def test_table_keeps_listed_words_no_dictionary_knows() -> None:
    frequencies = {"haus": 1e-3, "quorvin": 3e-7, "zeltbrück": 2e-6, "rar": 1e-8, "x1y": 1e-5}
    known = ["Haus", "Rar"]
    assert table(frequencies, known) == {"quorvin": 2, "zeltbrück": 3}


def test_render_writes_a_sorted_gzipped_table_with_a_header() -> None:
    lines = gzip.decompress(render({"quorvin": 2, "aalbeck": 3})).decode("utf-8").splitlines()
    assert lines[0].startswith("#") and lines[1:] == ["aalbeck\t3", "quorvin\t2"]
