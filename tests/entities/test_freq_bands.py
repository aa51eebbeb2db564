"""The word-frequency feature: a capitalised word no German dictionary knows, which German
text uses often enough to be listed (a name rather than a rare compound), carries its Zipf
band.  Frequencies and dictionaries below are written for these tests."""

from __future__ import annotations

import gzip
from dataclasses import replace

from newsprobe.entities.features import _gaz_flags, freq_bands, gazetteers, sentence_features
from newsprobe.entities.kb.build_freq_bands import band, render, table


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


def test_render_is_read_back_by_the_feature_loader() -> None:
    lines = gzip.decompress(render({"quorvin": 2, "aalbeck": 3})).decode("utf-8").splitlines()
    assert lines[0].startswith("#") and lines[1:] == ["aalbeck\t3", "quorvin\t2"]
    shipped = freq_bands()
    assert shipped and all(2 <= b <= 4 for b in shipped.values())
    assert all(w == w.lower() for w in list(shipped)[:1000])


def test_flag_fires_on_capitalised_letters_only() -> None:
    g = replace(gazetteers(), freq={"quorvin": 2, "zeltbrück": 3})
    assert "fq2" in _gaz_flags("Quorvin", g)
    assert "fq3" in _gaz_flags("Zeltbrück", g)
    assert not any(f.startswith("fq") for f in _gaz_flags("quorvin", g))  # lower case
    assert not any(f.startswith("fq") for f in _gaz_flags("Quorvin2", g))


def test_shipped_bands_reach_the_token_and_its_neighbours() -> None:
    word = next(w for w, b in freq_bands().items() if b == 2 and len(w) > 5 and w.isascii())
    words = ["Der", "Sänger", word.capitalize(), "sagte", "das", "ab"]
    feats = sentence_features(words, ["ART", "NN", "NE", "VVFIN", "PDS", "PTKVZ"])
    assert "g:fq2" in feats[2]
    assert "1:g:fq2" in feats[1] and "-1:g:fq2" in feats[3]
