"""The line model: gradient-boosted trees (or, as the fallback, a linear-chain CRF) over the
lines of a whole-page text.

It tells the lines of the article (``B``) and its headline (``H``) from page furniture
(``O``: menus, teasers of other articles, footers, cookie and newsletter boxes…).  Trained by
``python -m newsprobe.training.lines`` (distant supervision from HTML pages rendered to text;
see ``model/MODEL_CARD.md``); the product never imports the training code.  The rules in
``layout/lines.py`` still type the furniture they know (captions, credits, agency codes,
bylines…).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsprobe.layout.line_model.features import Line, page_features

if TYPE_CHECKING:
    from newsprobe.layout.line_model.trees import TreeLineModel

MODEL_PATH = Path(__file__).parent / "model" / "lines.crfsuite"
LABELS = ("B", "H", "O")


class LineModel:
    """A trained CRF; :meth:`marginals` gives P(label) per line."""

    def __init__(self, path: Path | str) -> None:
        import pycrfsuite

        self.path = Path(path)
        self._tagger: Any = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._labels = set(self._tagger.labels())

    def marginals(
        self, lines: Sequence[Line], links: Sequence[tuple[int, int]] = ()
    ) -> list[dict[str, float]]:
        if not lines:
            return []
        self._tagger.set(page_features(lines, links))
        self._tagger.tag()
        return [
            {lab: self._tagger.marginal(lab, i) if lab in self._labels else 0.0 for lab in LABELS}
            for i in range(len(lines))
        ]


#: Set by :func:`use` (evaluation): the model to use instead of the shipped one.
_OVERRIDE: list[LineModel | TreeLineModel | None] = []


def load() -> LineModel | TreeLineModel | None:
    """The model in use: the shipped one (None when its file is missing), or :func:`use`'s."""
    if _OVERRIDE:
        return _OVERRIDE[-1]
    return shipped()


@lru_cache(maxsize=1)
def shipped() -> LineModel | TreeLineModel | None:
    """The shipped model: the gradient-boosted trees when their file is there, else the CRF."""
    from newsprobe.layout.line_model.trees import MODEL_PATH as TREES_PATH
    from newsprobe.layout.line_model.trees import TreeLineModel

    if TREES_PATH.is_file():
        return TreeLineModel(TREES_PATH)
    return LineModel(MODEL_PATH) if MODEL_PATH.is_file() else None


@contextmanager
def use(model: LineModel | TreeLineModel | None) -> Iterator[None]:
    """Analyse with ``model`` (None: the rules alone) inside the block (evaluation)."""
    _OVERRIDE.append(model)
    try:
        yield
    finally:
        _OVERRIDE.pop()
