"""The scaffold every CRF trainer of the package shares (the cue tagger's
:mod:`newsprobe.attribution.cue_model.train`, the name tagger's :mod:`newsprobe.training.ner`).

What is the same for both: the crfsuite L-BFGS settings and how a model is trained from
feature/label sequences; cross-validation folds that keep a document together and do not
depend on the order the data was read in; the command-line options every trainer takes; and
the model card (a ``.json`` beside the model: the feature version the run-time tagger checks,
the settings, the data and its licence, when and with which command it was trained).
What each trainer adds: its data, its features, its scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

#: One training item: the features of each token of a sentence and the token labels.
Item = tuple[Sequence[Sequence[str]], Sequence[str]]


@dataclass(frozen=True)
class CrfParams:
    """crfsuite L-BFGS settings; each trainer subclasses it with the defaults its
    cross-validation chose (and any setting of its own)."""

    c1: float = 0.1
    c2: float = 0.01
    iterations: int = 150
    min_freq: int = 1

    def crfsuite(self) -> dict[str, object]:
        """The settings as ``pycrfsuite.Trainer.set_params`` takes them."""
        return {
            "c1": self.c1,
            "c2": self.c2,
            "max_iterations": self.iterations,
            "feature.minfreq": self.min_freq,
            "feature.possible_transitions": True,
        }


def train_crf(items: Iterable[Item], out: Path, params: CrfParams) -> None:
    """Train an L-BFGS CRF on ``items`` and write it to ``out`` (its folder is created)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in items:
        trainer.append(features, list(labels))
    trainer.set_params(params.crfsuite())
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def document_folds(documents: Iterable[tuple[str, list[int]]], k: int) -> list[list[int]]:
    """``k`` folds of item indices from ``(key, indices)`` per document: the items of one
    document share a fold; documents go, in the order of their key's SHA-1 (so folds do not
    depend on the order the data was read in), each into the smallest fold so far."""
    ordered = sorted(documents, key=lambda doc: hashlib.sha1(doc[0].encode()).hexdigest())
    out: list[list[int]] = [[] for _ in range(k)]
    for _, indices in ordered:
        min(out, key=len).extend(indices)
    return [sorted(fold) for fold in out]


def add_arguments(parser: argparse.ArgumentParser, defaults: CrfParams, data_help: str) -> None:
    """The options every trainer takes: data, output, cross-validation, CRF settings."""
    parser.add_argument("--data", type=Path, required=True, help=data_help)
    parser.add_argument("--out", type=Path, help="where to write the model (.crfsuite)")
    parser.add_argument("--cv", type=int, default=0, help="also report K-fold CV scores")
    parser.add_argument("--c1", type=float, default=defaults.c1)
    parser.add_argument("--c2", type=float, default=defaults.c2)
    parser.add_argument("--iterations", type=int, default=defaults.iterations)
    parser.add_argument("--min-freq", type=int, default=defaults.min_freq)


def provenance(prog: str, argv: Sequence[str] | None) -> dict[str, str]:
    """The model card's ``trained`` (today) and ``command`` (how to train it again)."""
    return {
        "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
        "command": f"{prog} " + " ".join(sys.argv[1:] if argv is None else argv),
    }


def write_card(out: Path, card: dict[str, object], *, digits: int = 2) -> None:
    """Write the model card beside the model at ``out`` (with its size) and say so."""
    size = out.stat().st_size
    card["size_bytes"] = size
    out.with_suffix(".json").write_text(json.dumps(card, indent=2) + "\n", "utf-8")
    print(f"wrote {out} ({size / 1e6:.{digits}f} MB)", file=sys.stderr)
