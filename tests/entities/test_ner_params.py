"""Choosing crfsuite's c1/c2 by cross-validation on training data (training/ner_params)."""

from __future__ import annotations

import pytest

from newsprobe.training import ner as train
from newsprobe.training import ner_params
from newsprobe.training.ner_params import Result

# GermEval format, news sources (not Wikipedia); sentences written for this test.
SENTENCES = [
    ("Laura Brenner wohnt in Kassel .", "B-PER I-PER O O B-LOC O"),
    ("Der Verein Grünwerk Halle klagt .", "O O B-ORG I-ORG O O"),
    ("Timo Sandner fährt nach Gießen .", "B-PER I-PER O O B-LOC O"),
    ("Die Firma Kornhaus Mertens wächst .", "O O B-ORG I-ORG O O"),
    ("In Fulda sprach Petra Haller .", "O B-LOC O B-PER I-PER O"),
    ("Ein Sprecher von Nordlicht Energie schwieg .", "O O O B-ORG I-ORG O O"),
    ("Jonas Kreil kam aus Marburg .", "B-PER I-PER O O B-LOC O"),
    ("Heute regnet es in Wetzlar .", "O O O O B-LOC O"),
]


def _write(path) -> None:
    lines = []
    for n, (words, tags) in enumerate(SENTENCES):
        lines.append(f"#\thttp://zeitung.example/{n}\t[2026-12-07]")
        pairs = zip(words.split(), tags.split(), strict=True)
        lines += [f"{i}\t{w}\t{t}\tO" for i, (w, t) in enumerate(pairs, 1)]
        lines.append("")
    path.write_text("\n".join(lines), "utf-8")


def test_parse_grid() -> None:
    assert ner_params.parse_grid("0.1:0.05, 0.05:0.2") == [(0.1, 0.05), (0.05, 0.2)]
    with pytest.raises(ValueError):
        ner_params.parse_grid("0.1")
    with pytest.raises(ValueError):
        ner_params.parse_grid("")


def test_choose_keeps_the_current_setting_unless_beaten_by_more_than_one_standard_error() -> None:
    results = {
        (0.1, 0.05): Result(0.750, 1000, 1.0),  # current; SE ≈ 0.0137
        (0.05, 0.05): Result(0.760, 1000, 1.0),  # better, but within one SE
        (0.2, 0.05): Result(0.700, 1000, 1.0),
    }
    assert ner_params.choose(results, (0.1, 0.05)) == (0.1, 0.05)
    # with a hundred times the gold names the difference is no longer noise
    sure = {s: Result(r.f1, 100_000, r.seconds) for s, r in results.items()}
    assert ner_params.choose(sure, (0.1, 0.05)) == (0.05, 0.05)
    # a current setting far below the best is replaced
    assert ner_params.choose(results, (0.2, 0.05)) == (0.05, 0.05)
    with pytest.raises(ValueError):
        ner_params.choose(results, (1.0, 1.0))


def test_cross_validate_scores_every_setting(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPROBE_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "train.tsv"
    _write(data)
    grid = [(0.0, 0.01), (5.0, 0.01)]
    results = ner_params.cross_validate(data, 2, grid, train.Params(iterations=30))
    assert set(results) == set(grid)
    assert all(r.gold == 12 for r in results.values())  # every name held out once
    # an L1 weight of 5 on eight sentences leaves the tagger nothing: no name found
    assert results[5.0, 0.01].f1 == 0.0
    assert results[0.0, 0.01].f1 > 0.0
