"""The tree line model: gradient-boosted trees over the numeric line features, then smoothing.

Trained by ``python -m newsprobe.training.lines`` (scikit-learn's histogram gradient boosting,
at training time only) and shipped as plain JSON trees that numpy walks here, so scikit-learn
is not needed at run time.  Each line gets P(article ``B``), P(headline ``H``) and
P(furniture ``O``) from the trees; a second set of trees, when the model has one, reads every
line again beside the first reading around it and the run of doubted lines it belongs to
(:mod:`newsprobe.layout.line_model.segments`) and gives the final probabilities; a hidden
Markov chain over the lines (the trees' posteriors over the training priors as emissions, a
chance ``stay`` that the next line has the same label) then smooths article against furniture
by forward-backward, so a lone doubtful line inside a run of article lines leans to the run.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsprobe.layout.line_model.features import Line
from newsprobe.layout.line_model.numeric import (
    BASE_NAMES,
    BASE_VERSION,
    NAMES,
    V2_NAMES,
    V2_VERSION,
    VERSION,
    page_matrix,
)
from newsprobe.layout.line_model.segments import NAMES as SEGMENT_NAMES
from newsprobe.layout.line_model.segments import line_info, segment_matrix

#: The columns of the second pass: the line's features, then the first pass's reading.
SECOND_NAMES: tuple[str, ...] = NAMES + SEGMENT_NAMES

MODEL_PATH = Path(__file__).parent / "model" / "lines.trees.json"


class ModelFileError(ValueError):
    """A tree model file that cannot be read (wrong version, missing fields)."""


class TreeLineModel:
    """Gradient-boosted trees read from JSON; :meth:`marginals` gives P(label) per line."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelFileError(f"cannot read line model {self.path}: {exc}") from exc
        self._load(data)

    @classmethod
    def from_dict(cls, data: dict) -> TreeLineModel:
        model = cls.__new__(cls)
        model.path = Path("<memory>")
        model._load(data)
        return model

    def _load(self, data: dict, names: Sequence[str] | None = None) -> None:
        version, features = data.get("features_version"), list(data.get("features", []))
        second = names is not None  # the second pass: the line's columns, then the reading
        tail = list(SEGMENT_NAMES) if second else []
        known = {VERSION: list(NAMES) + tail, V2_VERSION: list(V2_NAMES) + tail}
        if not second:
            known[BASE_VERSION] = list(BASE_NAMES)
        if known.get(version) != features:
            raise ModelFileError(
                f"line model {self.path} was trained on other features "
                f"(version {data.get('features_version')}, this code {VERSION}): retrain it"
            )
        #: A version-1 model reads the columns before the cohesion columns, a version-2 model
        #: those before the context columns (the page matrix is built without them).
        self.cohesive = features != list(BASE_NAMES)
        self.context = version == VERSION
        self.labels: list[str] = list(data["classes"])
        self.baseline = np.asarray(data["baseline"], dtype=np.float64)
        self.priors = np.asarray(data["priors"], dtype=np.float64)
        self.stay = float(data.get("stay", 0.0))
        trees = data["trees"]
        feature: list[int] = []
        threshold: list[float] = []
        left: list[int] = []
        right: list[int] = []
        value: list[float] = []
        missing: list[int] = []
        klass: list[int] = []
        roots: list[int] = []
        offset = 0
        for tree in trees:
            size = len(tree["feature"])
            roots.append(offset)
            klass.append(tree["class"])
            feature += tree["feature"]
            threshold += tree["threshold"]
            left += [c + offset if c >= 0 else -1 for c in tree["left"]]
            right += [c + offset if c >= 0 else -1 for c in tree["right"]]
            value += tree["value"]
            missing += tree["missing_left"]
            offset += size
        self._feature = np.asarray(feature, dtype=np.int64)
        self._threshold = np.asarray(threshold, dtype=np.float64)
        leaf = np.asarray(left) < 0
        idx = np.arange(offset)
        # a leaf points to itself, so every tree can be walked the same number of steps
        self._left = np.where(leaf, idx, np.asarray(left, dtype=np.int64))
        self._right = np.where(leaf, idx, np.asarray(right, dtype=np.int64))
        self._feature[leaf] = 0
        self._value = np.asarray(value, dtype=np.float64)
        self._missing = np.asarray(missing, dtype=bool)
        self._roots = np.asarray(roots, dtype=np.int64)
        self._class = np.asarray(klass, dtype=np.int64)
        self._depth = int(data.get("max_depth", 64))
        #: The second pass (:mod:`segments`): trees over the line's features and the first
        #: pass's reading around it; None in a model without one.
        self.second: TreeLineModel | None = None
        if data.get("second"):
            second = TreeLineModel.__new__(TreeLineModel)
            second.path = self.path
            second._load(data["second"], SECOND_NAMES)
            self.second = second

    def raw(self, x: np.ndarray) -> np.ndarray:
        """Summed tree outputs per line and class (before the softmax)."""
        n = x.shape[0]
        node = np.broadcast_to(self._roots, (n, len(self._roots))).copy()
        rows = np.arange(n)[:, None]
        for _ in range(self._depth):
            f = self._feature[node]
            v = x[rows, f]
            go_left = np.where(np.isnan(v), self._missing[node], v <= self._threshold[node])
            nxt = np.where(go_left, self._left[node], self._right[node])
            if np.array_equal(nxt, node):
                break
            node = nxt
        leaves = self._value[node]
        out = np.tile(self.baseline, (n, 1))
        for k in range(len(self.labels)):
            out[:, k] += leaves[:, self._class == k].sum(axis=1)
        return out

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        raw = self.raw(x)
        raw -= raw.max(axis=1, keepdims=True)
        p = np.exp(raw)
        return p / p.sum(axis=1, keepdims=True)

    def smooth(self, p: np.ndarray) -> np.ndarray:
        """Forward-backward over the lines on two states, article (``B`` or ``H``) and
        furniture (``O``), with the trees' posteriors over the training priors as emissions;
        an article line's share is split between ``B`` and ``H`` as the trees split it (a
        headline is one line: it is not spread to its neighbours)."""
        if self.stay <= 0 or len(p) < 2 or "O" not in self.labels:
            return p
        o = self.labels.index("O")
        furniture = p[:, o]
        prior_o = float(self.priors[o])
        emit = np.column_stack([(1.0 - furniture) / (1.0 - prior_o), furniture / prior_o])
        emit = np.maximum(emit, 1e-12)
        trans = np.array([[self.stay, 1.0 - self.stay], [1.0 - self.stay, self.stay]])
        prior = np.array([1.0 - prior_o, prior_o])
        n = len(p)
        fwd = np.empty((n, 2))
        bwd = np.empty((n, 2))
        f = prior * emit[0]
        fwd[0] = f / f.sum()
        for i in range(1, n):
            f = (fwd[i - 1] @ trans) * emit[i]
            fwd[i] = f / f.sum()
        bwd[-1] = 1.0
        for i in range(n - 2, -1, -1):
            b = trans @ (emit[i + 1] * bwd[i + 1])
            bwd[i] = b / b.sum()
        post = fwd * bwd
        post_o = post[:, 1] / post.sum(axis=1)
        out = p.copy()
        article = np.maximum(1.0 - furniture, 1e-12)
        for k in range(p.shape[1]):
            if k != o:
                out[:, k] = p[:, k] / article * (1.0 - post_o)
        out[:, o] = post_o
        return out

    def marginals(
        self, lines: Sequence[Line], links: Sequence[tuple[int, int]] = ()
    ) -> list[dict[str, float]]:
        if not lines:
            return []
        x = page_matrix(lines, links, self.cohesive, self.context)
        p = self.probabilities(x)
        if self.second is not None:
            p = self.second.probabilities(
                np.hstack([x, segment_matrix(line_info(lines), p, self.labels)])
            )
        p = self.smooth(p)
        out = []
        for row in p.tolist():
            d = dict.fromkeys(("B", "H", "O"), 0.0)
            d.update(zip(self.labels, row, strict=True))
            out.append(d)
        return out
