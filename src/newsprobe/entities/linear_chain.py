"""A first-order linear-chain CRF read from a crfsuite model file, decoded with numpy.

python-crfsuite trains the name tagger (``training/ner.py``); tagging with it costs more in
handing ~50 feature strings per token to C++ than in the decoding itself.  Here the weights
of the same model file are read once into an attribute → row table, token scores are summed
from it (:mod:`newsprobe.entities.token_scores`, cached per word), and all sentences of an
article are decoded together: Viterbi for the labels, forward–backward for the marginals that
become confidences.  Labels equal crfsuite's (same scores, ties broken the same way: the lowest
label number wins); marginals agree to rounding (checked by ``tests/entities``).

The model file format is crfsuite's ``crf1d`` model (``FOMC``, version 100): a header, a
feature table (type, source, destination, float64 weight; type 0 = attribute→label,
1 = label→label) and two CQDB string tables (labels, attributes).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HEADER = struct.Struct("<4sI4sIIIIIIIII")
CQDB_HEADER = struct.Struct("<4sIIIII")
#: Steps between rescalings in forward–backward: a step changes a vector's scale by at most
#: a few orders of magnitude (token scores are shifted to a maximum of 0), so 8 steps stay
#: far inside float64's range.
_RESCALE = 8
FEATURE_DTYPE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


class ModelFormatError(ValueError):
    """The file is not a crfsuite linear-chain model this reader understands."""


def cqdb_strings(buf: bytes, offset: int, path: Path) -> list[str]:
    """The strings of a CQDB table, by id."""
    magic, _size, _flag, _order, count, backward = CQDB_HEADER.unpack_from(buf, offset)
    if magic != b"CQDB":
        raise ModelFormatError(f"{path}: string table missing at byte {offset}")
    out: list[str] = []
    unpack = struct.Struct("<II").unpack_from
    for at in np.frombuffer(buf, dtype="<u4", count=count, offset=offset + backward).tolist():
        start = offset + at
        _id, size = unpack(buf, start)
        out.append(buf[start + 8 : start + 7 + size].decode("utf-8"))
    return out


@dataclass(frozen=True)
class Header:
    """Where a crfsuite model's tables lie, and its feature table."""

    n_labels: int
    n_attrs: int
    at_features: int
    at_labels: int
    at_attrs: int
    features: np.ndarray


def read_header(buf: bytes, path: Path) -> Header:
    """The header and feature table of a crfsuite linear-chain model (v100), or a
    ModelFormatError naming what is wrong."""
    if len(buf) < HEADER.size:
        raise ModelFormatError(f"{path}: too short for a crfsuite model")
    magic, _size, kind, version, _nf, n_labels, n_attrs, *offsets = HEADER.unpack_from(buf)
    if magic != b"lCRF" or kind != b"FOMC" or version != 100:
        raise ModelFormatError(f"{path}: not a crfsuite linear-chain model (v100)")
    at_features, at_labels, at_attrs = offsets[:3]
    chunk, _csize, count = struct.unpack_from("<4sII", buf, at_features)
    if chunk != b"FEAT":
        raise ModelFormatError(f"{path}: feature table missing")
    features = np.frombuffer(buf, dtype=FEATURE_DTYPE, count=count, offset=at_features + 12)
    return Header(n_labels, n_attrs, at_features, at_labels, at_attrs, features)


class LinearChain:
    """Weights of a crfsuite model: ``attributes`` maps a feature string to its row in
    ``weights`` (one column per label; the last row, :attr:`unknown`, is zero)."""

    def __init__(
        self, labels: Sequence[str], attributes: Sequence[str], features: np.ndarray
    ) -> None:
        self.labels = tuple(labels)
        self.attributes = {a: i for i, a in enumerate(attributes)}
        self.unknown = len(attributes)
        n = len(self.labels)
        self.weights = np.zeros((len(attributes) + 1, n))
        self.transitions = np.zeros((n, n))
        state = features[features["type"] == 0]
        trans = features[features["type"] == 1]
        np.add.at(self.weights, (state["src"], state["dst"]), state["weight"])
        np.add.at(self.transitions, (trans["src"], trans["dst"]), trans["weight"])
        self._derive()

    def _derive(self) -> None:
        self._transitions_t = self.transitions.T.copy()
        self._exp_transitions = np.exp(self.transitions)
        self._exp_transitions_t = self._exp_transitions.T.copy()

    def state(self) -> tuple[list[str], list[str], bytes, bytes]:
        """Labels, attributes (by row), weights and transitions as plain values (for the
        cache folder); :meth:`from_state` makes the same chain again."""
        return (
            list(self.labels),
            list(self.attributes),
            self.weights.tobytes(),
            self.transitions.tobytes(),
        )

    @classmethod
    def from_state(cls, state: tuple[list[str], list[str], bytes, bytes]) -> LinearChain:
        labels, attributes, weights, transitions = state
        n = len(labels)
        if len(weights) != (len(attributes) + 1) * n * 8 or len(transitions) != n * n * 8:
            raise ModelFormatError("cached model tables disagree in size")
        chain = cls.__new__(cls)
        chain.labels = tuple(labels)
        chain.attributes = {a: i for i, a in enumerate(attributes)}
        chain.unknown = len(attributes)
        chain.weights = np.frombuffer(weights, dtype=np.float64).reshape(-1, n)
        chain.transitions = np.frombuffer(transitions, dtype=np.float64).reshape(n, n)
        chain._derive()
        return chain

    @classmethod
    def read(cls, path: Path) -> LinearChain:
        return cls.parse(path.read_bytes(), path)

    @classmethod
    def parse(cls, buf: bytes, path: Path) -> LinearChain:
        """The model in ``buf`` (the bytes of the file ``path``, named in errors)."""
        try:
            return cls._parse(buf, path)
        except (struct.error, ValueError, IndexError, UnicodeDecodeError) as exc:
            if isinstance(exc, ModelFormatError):
                raise
            raise ModelFormatError(f"{path}: truncated or damaged crfsuite model ({exc})") from exc

    @classmethod
    def _parse(cls, buf: bytes, path: Path) -> LinearChain:
        head = read_header(buf, path)
        n_labels, n_attrs, features = head.n_labels, head.n_attrs, head.features
        at_labels, at_attrs = head.at_labels, head.at_attrs
        labels = cqdb_strings(buf, at_labels, path)
        attributes = cqdb_strings(buf, at_attrs, path)
        if len(labels) != n_labels or len(attributes) != n_attrs:
            raise ModelFormatError(f"{path}: string tables disagree with the header")
        return cls(labels, attributes, features)

    def decode(
        self, scores: np.ndarray, lengths: Sequence[int]
    ) -> list[tuple[list[int], list[float]]]:
        """Best label sequences (label numbers) and the marginal of each chosen label, for
        sentences whose token scores stand one after the other in ``scores`` (``lengths``
        tokens each, none empty)."""
        return [
            (path, marginals[np.arange(len(path)), path].tolist())
            for path, marginals in self.decode_marginals(scores, lengths)
        ]

    def decode_marginals(
        self, scores: np.ndarray, lengths: Sequence[int]
    ) -> list[tuple[list[int], np.ndarray]]:
        """:meth:`decode` with every label's marginal: per sentence the best path and a
        ``[token, label]`` array of p(label at token)."""
        paths, marginals = self._paths(scores, lengths)
        out: list[tuple[list[int], np.ndarray]] = []
        start = 0
        for path in paths:
            out.append((path, marginals[start : start + len(path)]))
            start += len(path)
        return out

    def _paths(
        self, scores: np.ndarray, lengths: Sequence[int]
    ) -> tuple[list[list[int]], np.ndarray]:
        """Each sentence's best label path, and the marginals of every label
        (``[token, label]``, all tokens one after the other).

        The sentences are decoded together, longest first, so that step ``t`` of each pass
        touches only the first rows that are still inside their sentence."""
        count = len(lengths)
        if count == 0:
            return [], np.empty((0, len(self.labels)))
        size = np.asarray(lengths, dtype=np.intp)
        order = np.argsort(-size, kind="stable")
        sorted_size = size[order]
        longest = int(sorted_size[0])
        n = len(self.labels)
        padded = np.zeros((count, longest, n))
        starts = np.cumsum(size) - size
        rows = np.repeat(np.arange(count), sorted_size)
        cols = np.arange(len(rows)) - np.repeat(np.cumsum(sorted_size) - sorted_size, sorted_size)
        padded[rows, cols] = scores[np.repeat(starts[order], sorted_size) + cols]
        # live[t]: how many (sorted) sentences are longer than t
        live = np.searchsorted(-sorted_size, -np.arange(longest + 1), side="left").tolist()
        best, back = self._forward_best(padded, live, longest)
        marginals = self._marginals(padded, live, longest)
        last = best.tolist()
        paths: list[list[int]] = [[]] * count
        for row, s in enumerate(order.tolist()):
            paths[s] = self._backtrack(last[row], back[row, : lengths[s]].tolist())
        # the marginals, token by token in the original order
        rank = np.empty(count, dtype=np.intp)
        rank[order] = np.arange(count)
        sentence = np.repeat(np.arange(count), size)
        position = np.arange(len(sentence)) - starts[sentence]
        return paths, marginals[rank[sentence], position]

    def _forward_best(
        self, padded: np.ndarray, live: list[int], longest: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """Viterbi's forward pass: each sentence's best final label, and back-pointers.

        Laid out ``[sentence, to, from]`` so that the choice of the best previous label is
        a reduction over the last axis, and the best score is taken at that choice rather
        than reduced again (the same value: the maximum is one of the sums)."""
        n = len(self.labels)
        # step[s, t, to, from]: the score a move from ``from`` to ``to`` at t adds
        step = self._transitions_t[None, None, :, :] + padded[:, :, :, None]
        best = padded[:, 0, :].copy()
        back = np.zeros((len(best), longest, n), dtype=np.intp)
        cand = np.empty((len(best), n, n))  # reused: no array made per step
        flat = cand.reshape(-1, n)
        cells = np.arange(len(flat))
        for t in range(1, longest):
            k = live[t]
            now = cand[:k]
            np.add(best[:k, None, :], step[:k, t], out=now)
            choice = back[:k, t]
            now.argmax(axis=2, out=choice)
            best[:k] = flat[cells[: k * n], choice.ravel()].reshape(k, n)
        return best.argmax(axis=1), back

    @staticmethod
    def _backtrack(last: int, back: list[list[int]]) -> list[int]:
        path = [0] * len(back)
        current = int(last)
        for t in range(len(back) - 1, 0, -1):
            path[t] = current
            current = back[t][current]
        path[0] = current
        return path

    def _marginals(self, padded: np.ndarray, live: list[int], longest: int) -> np.ndarray:
        """p(label at t) by forward–backward in probability space.  Each position's
        forward and backward vectors may carry any positive factor (the product is
        normalised per position at the end), so they are rescaled only every
        :data:`_RESCALE` steps, often enough to stay far from overflow and underflow."""
        state = np.exp(padded - padded.max(axis=2, keepdims=True))
        trans = self._exp_transitions
        trans_t = self._exp_transitions_t
        forward = np.ones_like(state)
        forward[:, 0] = state[:, 0]
        for t in range(1, longest):
            k = live[t]
            step = forward[:k, t]  # computed in place: the same products, no new arrays
            np.matmul(forward[:k, t - 1], trans, out=step)
            step *= state[:k, t]
            if t % _RESCALE == 0:
                step /= step.sum(axis=1, keepdims=True)
        backward = np.ones_like(state)
        carried = np.empty((len(state), state.shape[2]))
        for t in range(longest - 2, -1, -1):
            k = live[t + 1]  # sentences that go on after t
            step = backward[:k, t]
            np.multiply(state[:k, t + 1], backward[:k, t + 1], out=carried[:k])
            np.matmul(carried[:k], trans_t, out=step)
            if t % _RESCALE == 0:
                step /= step.sum(axis=1, keepdims=True)
        product = forward * backward
        return product / product.sum(axis=2, keepdims=True)
