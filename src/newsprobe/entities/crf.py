"""The trained CRF name tagger (python-crfsuite): loading it once and tagging sentences.

The model ``model/ner-de.crfsuite`` is trained by ``python -m newsprobe.entities.train`` on
GermEval 2014 (CC BY 4.0); ``model/ner-de.json`` is its card (data, parameters, scores).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from newsprobe.entities.features import FEATURE_VERSION, NameList, sentence_features

MODEL_NAME = "ner-de.crfsuite"


class ModelError(RuntimeError):
    """The shipped model is missing or was trained on other features."""


@dataclass(frozen=True)
class Tagged:
    """A token span the tagger found: token offsets ``[start, end)``, type, mean marginal."""

    start: int
    end: int
    type: str
    confidence: float


def model_dir() -> Path:
    with as_file(files("newsprobe.entities").joinpath("model")) as path:
        return Path(path)


class CrfTagger:
    """A loaded crfsuite model; ``tag`` is safe to call repeatedly (not across threads)."""

    def __init__(self, path: Path, names: NameList | None = None) -> None:
        import pycrfsuite

        if not path.is_file():
            raise ModelError(f"NER model not found: {path}")
        self.path = path
        self._tagger: Any = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.card: dict[str, Any] = {}
        listed = path.with_suffix(".names.tsv")
        if names is None and listed.is_file():
            names = NameList.from_text(listed.read_text("utf-8"))
        self.names = names
        card = path.with_suffix(".json")
        if card.is_file():
            self.card = json.loads(card.read_text("utf-8"))
            trained = str(self.card.get("feature_version", FEATURE_VERSION))
            if trained != FEATURE_VERSION:
                raise ModelError(
                    f"{path.name} was trained on features v{trained}, code has "
                    f"v{FEATURE_VERSION}: retrain with python -m newsprobe.entities.train"
                )

    def labels(self, words: Sequence[str], tags: Sequence[str | None]) -> list[str]:
        if not words:
            return []
        return list(self._tagger.tag(sentence_features(words, tags, self.names)))

    def tag(self, words: Sequence[str], tags: Sequence[str | None]) -> list[Tagged]:
        """Spans found in one sentence, with the mean marginal probability of their labels."""
        labels = self.labels(words, tags)
        found: list[Tagged] = []
        start, kind = -1, ""
        for i, label in enumerate([*labels, "O"]):
            if start >= 0 and not (label.startswith("I-") and label[2:] == kind):
                found.append(Tagged(start, i, kind, self._confidence(labels, start, i)))
                start = -1
            if label.startswith("B-") or (label.startswith("I-") and start < 0):
                start, kind = i, label[2:]
        return found

    def _confidence(self, labels: list[str], start: int, end: int) -> float:
        values = [self._tagger.marginal(labels[i], i) for i in range(start, end)]
        return round(sum(values) / len(values), 3)


@lru_cache(maxsize=1)
def default_tagger() -> CrfTagger:
    """The shipped German model, loaded once per process."""
    return CrfTagger(model_dir() / MODEL_NAME)
