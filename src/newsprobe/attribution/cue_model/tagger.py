"""The trained cue tagger (python-crfsuite): loaded once, lazily; the probability that each
token of a sentence is (part of) a cue.

The model ``model/cues-de.crfsuite`` is trained by
``python -m newsprobe.attribution.cue_model.train`` on SpkAtt-2023 debates (CC BY-SA 4.0);
``model/cues-de.json`` records data, parameters and scores, ``model/MODEL_CARD.md`` the
licence and credits.  Without the model file the rules run alone; the rules consult it only when
``NEWSPROBE_CUE_MODEL=1`` (see :mod:`newsprobe.attribution.cue_model.hook`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from newsprobe.attribution.cue_model.features import CUE, FEATURE_VERSION, sentence_features
from newsprobe.attribution.view import Tok
from newsprobe.model_card import read_card

MODEL_NAME = "cues-de.crfsuite"


def model_dir() -> Path:
    with as_file(files("newsprobe.attribution.cue_model").joinpath("model")) as path:
        return Path(path)


class CueTagger:
    """A loaded crfsuite cue model (not to be shared across threads)."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        self.path = path
        self._tagger: Any = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.labels = set(self._tagger.labels())
        self.card = read_card(
            path, FEATURE_VERSION, "python -m newsprobe.attribution.cue_model.train"
        )

    def marginals(self, toks: Sequence[Tok]) -> list[float]:
        """P(cue) for every token of one sentence."""
        if not toks:
            return []
        tagger = self._tagger
        tagger.set(sentence_features(toks))
        if CUE not in self.labels:
            return [0.0] * len(toks)
        return [tagger.marginal(CUE, i) for i in range(len(toks))]


@lru_cache(maxsize=1)
def default_tagger() -> CueTagger | None:
    """The shipped German model, loaded once per process; None where it is absent."""
    path = model_dir() / MODEL_NAME
    if not path.is_file():
        return None
    return CueTagger(path)
