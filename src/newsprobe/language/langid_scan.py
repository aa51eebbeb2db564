"""py3langid's byte n-gram count, vectorised: the same counts in the same order, in a quarter
of the time; and its scores from weights widened once.

py3langid walks a DFA (an Aho-Corasick automaton over byte n-grams) one byte at a time in
Python and counts the feature each state it reaches emits — about a third of the ``language``
component's time on a news article.  The automaton of the shipped model *synchronises* after
:data:`WINDOW` bytes: whatever state it is in, the same six bytes lead to the same state
(:func:`synchronising_length` proves it for a model; ``tests/language/test_langid_scan.py``
runs the proof).  So the state after byte ``i`` (``i >= 5``) is the state the six bytes ending
at ``i`` lead to from the start state, and these are computed for every position at once with
numpy: six gathers over the whole text instead of a Python step per byte.  The counts are
taken without sorting, in arrays over all features that are reset after each text.

:class:`FastIdentifier` is py3langid's ``LanguageIdentifier`` with this count: the features
come out in the order of their first occurrence, like the ``Counter`` py3langid builds, so the
scores are computed from the same arrays in the same order — identical, bit for bit.  It is
used only for the model file and the py3langid code it was proven for (digests); any other
falls back to py3langid's own walk.
"""

from __future__ import annotations

import hashlib
import inspect
import threading
from typing import Any

import numpy as np
from py3langid.langid import (
    MODEL_DIR,
    MODEL_FILE,
    RAW_FLOOR,
    LanguageIdentifier,
    visit_counts,
)

#: Bytes after which the shipped model's automaton is in the same state from any state.
WINDOW = 6
#: Digest of the model file the window was proven for (py3langid 0.4.0's ``model.npz.xz``).
_MODEL_DIGEST = "517061713aa0"
#: Digests of the py3langid code :meth:`FastIdentifier._raw_score` stands for (0.4.0's
#: ``_raw_score``, ``_sparse_score`` and ``visit_counts``).
_CODE_DIGESTS = ("f7662b8225ce", "6d4e3cb7afc2", "bf86a0db7176")
#: Texts shorter than this are counted by py3langid's own walk (no gain from numpy).
_SHORT = 64


def _digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()[:12]


def model_digest() -> str:
    return _digest((MODEL_DIR / MODEL_FILE).read_bytes())


def code_digests() -> tuple[str, ...]:
    """Digests of the py3langid code :meth:`FastIdentifier._raw_score` stands for."""
    return tuple(
        _digest(inspect.getsource(code).encode())
        for code in (LanguageIdentifier._raw_score, LanguageIdentifier._sparse_score, visit_counts)
    )


class FastIdentifier(LanguageIdentifier):
    """py3langid's identifier with the vectorised count (see the module docstring)."""

    __slots__ = (
        "_buffer",
        "_counts",
        "_first",
        "_half_bits",
        "_half_to_single",
        "_lock",
        "_np_next",
        "_np_out",
        "_np_rowbase",
        "_rows",
        "_slot",
        "_used",
    )

    def prepare(self) -> FastIdentifier:
        """Arrays of the automaton for numpy (the next-move table is shared, not copied)."""
        next_move = self.tk_nextmove
        self._np_next = np.frombuffer(next_move, dtype=np.dtype(next_move.typecode))
        self._np_rowbase = np.asarray(self._rowbase, dtype=np.int64)
        self._np_out = np.asarray(self.tk_output, dtype=np.int64)
        # the float16 weights are widened to float32 through a table of all 65,536 halves:
        # the same values numpy's own (slow, per element) conversion inside ``@`` gives
        self._half_bits = None
        self._lock = threading.Lock()
        # per feature: its first position and its count in the text at hand (reset after)
        self._first = np.full(len(self.nb_ptc), _NEVER, dtype=np.int32)
        self._counts = np.zeros(len(self.nb_ptc), dtype=np.int32)
        if self.nb_ptc.dtype == np.float16:
            self._half_bits = self.nb_ptc.view(np.uint16)
            every_half = np.arange(65536, dtype=np.uint32).astype(np.uint16).view(np.float16)
            self._half_to_single = every_half.astype(np.float32)
            # widened rows of the features met first, and where each feature's row is kept
            width = self._half_bits.shape[1]
            self._rows = np.empty((_CACHED_ROWS, width), dtype=np.float32)
            self._slot = np.full(len(self._half_bits), -1, dtype=np.intp)
            self._used = 0
            self._buffer = np.empty((4096, width), dtype=np.float32)
        return self

    def feature_counts(self, data: bytes) -> tuple[Any, Any] | None:
        """``(features, counts)``: the features the text's bytes visit, in order of first
        occurrence, and how often — the keys and values of the ``Counter`` py3langid's
        ``visit_counts`` builds (``None`` when no feature occurs)."""
        n = len(data)
        if n < _SHORT:
            visits = visit_counts(self.tk_nextmove, self._rowbase, self.tk_output, data)
            if visits is None:
                return None
            return (
                np.fromiter(visits.keys(), dtype=np.intp, count=len(visits)),
                np.fromiter(visits.values(), dtype=np.int64, count=len(visits)),
            )
        raw = np.frombuffer(data, dtype=np.uint8)
        next_move, rowbase = self._np_next, self._np_rowbase
        # states after bytes 0..WINDOW-2: walked from the start state
        walk, rows = self.tk_nextmove, self._rowbase
        head = [0] * (WINDOW - 1)
        state = 0
        for i in range(WINDOW - 1):
            state = head[i] = walk[rows[state] + data[i]]
        # state after byte i >= WINDOW-1: that of the WINDOW bytes ending at i, from the start
        m = n - WINDOW + 1
        states = np.zeros(m, dtype=np.int64)
        for j in range(WINDOW):
            states = next_move[rowbase[states] + raw[j : j + m]]
        features = self._np_out[np.concatenate((np.asarray(head, dtype=np.int64), states))]
        features = features[features >= 0]
        if not len(features):
            return None
        # each feature's first position and count, in arrays over all features (no sort):
        # the features whose first position is their own come in order of first occurrence
        positions = np.arange(len(features), dtype=np.int32)
        with self._lock:
            first, counts = self._first, self._counts
            np.minimum.at(first, features, positions)
            keys = features[first[features] == positions]
            np.add.at(counts, features, 1)
            found = counts[keys].astype(np.int64)
            first[keys] = _NEVER
            counts[keys] = 0
        return keys.astype(np.intp), found

    def _raw_score(self, text: bytes) -> Any:
        """py3langid 0.4.0's ``_raw_score`` with :meth:`feature_counts` for its walk and its
        ``_sparse_score`` on the arrays: ``log1p(counts) @ weights[features] + prior``."""
        visits = self.feature_counts(text)
        if visits is not None:
            features, counts = visits
            scale = np.log1p(counts.astype(np.float32))
            if self._half_bits is None:
                return scale @ self.nb_ptc[features] + self.nb_pc
            with self._lock:  # the row cache and the buffer are the identifier's own
                return scale @ self._weights(features) + self.nb_pc
        fill = 0.0 if self._norm_probs else RAW_FLOOR
        return np.full(len(self.nb_classes), fill, dtype=np.float32)

    def _weights(self, features: Any) -> Any:
        """``nb_ptc[features]`` as float32: the values numpy's matmul widens the float16
        weights to, from rows widened once and kept (:data:`_CACHED_ROWS`, in the order the
        features are met; news text reuses most of its n-grams), else through a table of all
        65,536 halves — numpy's own conversion inside ``@`` took half the component.  Written
        into a buffer kept with the identifier: a fresh array of this size costs more in page
        faults than the copy.  Called under the identifier's lock."""
        n = len(features)
        if len(self._buffer) < n:
            self._buffer = np.empty((n, self._buffer.shape[1]), dtype=np.float32)
        out = self._buffer[:n]
        slots = self._slot[features]
        missing = np.flatnonzero(slots < 0)
        room = _CACHED_ROWS - self._used
        if len(missing) and room > 0:
            new = missing[:room]
            kept = np.arange(self._used, self._used + len(new))
            block = self._rows[self._used : self._used + len(new)]
            np.take(self._half_to_single, self._half_bits[features[new]], out=block)
            self._slot[features[new]] = kept
            slots[new] = kept
            self._used += len(new)
            missing = missing[len(new) :]
        if len(missing):
            slots[missing] = 0
        np.take(self._rows, slots, axis=0, out=out)
        if len(missing):
            out[missing] = self._half_to_single[self._half_bits[features[missing]]]
        return out


#: A first position no text reaches.
_NEVER = np.iinfo(np.int32).max
#: Widened weight rows kept per identifier: 16,384 rows of 142 languages, 9 MB.
_CACHED_ROWS = 16384


def load_identifier() -> LanguageIdentifier:
    """py3langid's identifier of the shipped model (probabilities normalised), with the fast
    count where the model and code are those it was proven for."""
    fast = model_digest() == _MODEL_DIGEST and code_digests() == _CODE_DIGESTS
    if not fast:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model = _cached_model()
    if model is None:
        identifier = FastIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    else:  # what from_model_file does with what load_model returns
        ptc, pc, classes, nextmove, row, output = model
        identifier = FastIdentifier(
            np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row
        )
    assert isinstance(identifier, FastIdentifier)
    return identifier.prepare()


#: Digest of py3langid 0.4.0's ``modelio.load_model``, which :func:`_cached_model` repeats.
_LOADER_DIGEST = "5e6030a74d0b"


def _cached_model() -> tuple[Any, ...] | None:
    """py3langid's ``load_model`` of the shipped model, reading the model decompressed once
    into the cache folder (the LZMA decompression was 0.45 s of each process's start-up).
    ``None`` where the loader is not the one repeated here or the cache cannot be used."""
    import lzma
    import shutil
    import zipfile

    from py3langid import modelio

    from newsprobe.cache import cache_dir, write_atomic

    if _digest(inspect.getsource(modelio.load_model).encode()) != _LOADER_DIGEST:
        return None
    path = cache_dir(create=False) / f"py3langid-model-{_MODEL_DIGEST}.npz"

    def decompress(out: Any) -> None:
        with lzma.open(MODEL_DIR / MODEL_FILE) as source:
            shutil.copyfileobj(source, out, length=1 << 20)

    if not path.is_file() and not write_atomic(path, decompress):
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            return (
                data["ptc"],
                data["pc"],
                data["classes"].tolist(),
                modelio._to_array(data["nextmove"]),
                modelio._to_array(data["nextmove_row"]),
                data["out_feat"].tolist(),
            )
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        path.unlink(missing_ok=True)  # damaged: written again by the next process
        return None


def synchronising_length(identifier: Any, limit: int = 12) -> int | None:
    """The least ``k`` such that any ``k`` bytes lead every state of the identifier's automaton
    to one and the same state (``None`` if none up to ``limit``).

    Follows every pair (state reached from state ``s``, state reached from the start state)
    over all byte strings at once; pairs that meet stay together, so when none is left apart
    after ``k`` bytes, the state after any ``k`` bytes does not depend on where it started.
    """
    next_move = np.frombuffer(
        identifier.tk_nextmove, dtype=np.dtype(identifier.tk_nextmove.typecode)
    ).astype(np.int64)
    rowbase = np.asarray(identifier._rowbase, dtype=np.int64)
    n = len(rowbase)
    a = np.arange(1, n, dtype=np.int64)
    b = np.zeros(n - 1, dtype=np.int64)
    every_byte = np.arange(256, dtype=np.int64)
    for k in range(1, limit + 1):
        apart = []
        for i in range(0, len(a), 16384):
            x = next_move[rowbase[a[i : i + 16384, None]] + every_byte].ravel()
            y = next_move[rowbase[b[i : i + 16384, None]] + every_byte].ravel()
            keep = x != y
            apart.append(np.unique(x[keep] * n + y[keep]))
        pairs = np.unique(np.concatenate(apart)) if apart else np.zeros(0, dtype=np.int64)
        if not len(pairs):
            return k
        a, b = pairs // n, pairs % n
    return None
