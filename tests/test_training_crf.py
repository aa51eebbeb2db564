"""The CRF training scaffold both trainers share (newsprobe.training.crf)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from newsprobe.training.crf import (
    CrfParams,
    add_arguments,
    document_folds,
    provenance,
    train_crf,
    write_card,
)


def test_folds_keep_a_document_together_and_ignore_read_order() -> None:
    docs = [("a", [0, 1, 2]), ("b", [3]), ("c", [4, 5]), ("d", [6, 7, 8, 9]), ("e", [10])]
    folds = document_folds(docs, 3)
    assert sorted(i for f in folds for i in f) == list(range(11))
    for _, ix in docs:
        assert sum(1 for f in folds if set(ix) <= set(f)) == 1
    assert document_folds(reversed(docs), 3) == folds
    assert all(f == sorted(f) for f in folds)


def test_options_take_the_trainers_defaults() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser, CrfParams(c2=0.05, min_freq=3), "data folder")
    args = parser.parse_args(["--data", "x", "--c1", "0.2"])
    assert (args.c1, args.c2, args.min_freq, args.cv, args.out) == (0.2, 0.05, 3, 0, None)
    with pytest.raises(SystemExit):
        parser.parse_args([])  # --data is required


def test_trained_model_and_card(tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    items = [([["w=a"], ["w=b"]], ["X", "O"]), ([["w=b"], ["w=a"]], ["O", "X"])] * 5
    out = tmp_path / "m" / "tiny.crfsuite"
    train_crf(items, out, CrfParams(iterations=20))
    card: dict[str, object] = {"feature_version": "1", **provenance("train", ["--data", "x"])}
    write_card(out, card)
    written = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert written["command"] == "train --data x"
    assert written["size_bytes"] == out.stat().st_size > 0
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    assert tagger.tag([["w=a"], ["w=b"]]) == ["X", "O"]
