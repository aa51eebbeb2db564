"""MinHash over word shingles, and a banded LSH index to find near-duplicate texts.

Small and deterministic: shingles are hashed with CRC-32 (stable across processes and
platforms, unlike Python's salted ``hash``), the permutations come from a fixed seed, and a
signature is stored as base64 text so every database backend keeps it as a plain string.

An agency text copied into several outlets keeps most of its word 5-shingles: a new headline,
a cut last paragraph or a changed word removes only the shingles around the edit.  Two texts
are copies when the estimated Jaccard similarity of their shingle sets is high, or when the
shorter text is mostly contained in the longer (a cut copy): containment is estimated from
the Jaccard estimate and the two set sizes.
"""

from __future__ import annotations

import base64
import contextlib
import re
import zlib
from collections.abc import Iterable

import numpy as np

#: Words per shingle.
SHINGLE = 5
#: Hash functions per signature.
PERMUTATIONS = 128
#: LSH bands of ``ROWS`` rows: candidate pairs from about Jaccard 0.4.
BANDS = 32
ROWS = PERMUTATIONS // BANDS
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(20260601)
# Multipliers over the whole field (as datasketch does): products wrap modulo 2**64 before
# the reduction modulo the prime, which keeps the permutations independent; small
# multipliers would order most permutations by the raw hash and correlate them.
_A = _rng.randint(1, (1 << 61) - 1, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, (1 << 61) - 1, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_A_COLUMN = _A[:, None]
_B_COLUMN = _B[:, None]
_BITS = np.uint64(61)
_HIGH = np.uint64(32)
_WORDS = re.compile(r"\w+", re.UNICODE)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def shingle_hashes(text: str) -> np.ndarray:
    """The distinct hashes of ``text``'s casefolded word 5-shingles.

    Each word is hashed once (CRC-32); a shingle's hash mixes its five word hashes with
    fixed odd multipliers (wrapping modulo 2**64), all in numpy."""
    words = _WORDS.findall(text.casefold())
    n = len(words) - SHINGLE + 1
    if n < 1:
        return np.zeros(0, dtype=np.uint64)
    # map over the C functions: no Python frame per word
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    out = h[:n] * _MIX  # (((h0 * M + h1) * M + h2) ...) in place, wrapping
    for k in range(1, SHINGLE):
        out += h[k : k + n]
        if k < SHINGLE - 1:
            out *= _MIX
    out >>= _HIGH
    # distinct and sorted, as np.unique gives them (a sort and one comparison: np.unique's
    # own overhead was five times this on an article's few hundred shingles)
    out.sort()
    keep = np.empty(n, dtype=bool)
    keep[0] = True
    np.not_equal(out[1:], out[:-1], out=keep[1:])
    return out[keep]


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature (``PERMUTATIONS`` uint32 values) of a non-empty hash set."""
    if not len(hashes):
        raise ValueError("no shingles: the text has fewer than five words")
    mixed = _A_COLUMN * hashes[None, :]  # wraps modulo 2**64
    mixed += _B_COLUMN
    return (mod_prime(mixed).min(axis=1) & _MASK).astype(np.uint32)


def mod_prime(x: np.ndarray) -> np.ndarray:
    """``x % _PRIME`` of a uint64 array without a division (``x`` is spent): modulo the
    Mersenne prime 2**61 - 1, ``x = high * 2**61 + low`` is ``high + low``, which lies
    below twice the prime, so the prime is subtracted once where it is reached."""
    reduced = x & _PRIME
    x >>= _BITS
    reduced += x
    np.subtract(reduced, _PRIME, out=reduced, where=reduced >= _PRIME)
    return reduced


def encode(sig: np.ndarray) -> str:
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def decode(text: str) -> np.ndarray:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise ValueError(f"bad MinHash signature: {exc}") from None
    if len(raw) != 4 * PERMUTATIONS:
        raise ValueError(f"bad MinHash signature: {len(raw)} bytes, not {4 * PERMUTATIONS}")
    return np.frombuffer(raw, dtype="<u4")


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def containment(j: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller set inside the larger, from Jaccard ``j`` and sizes."""
    small = min(size_a, size_b)
    if small <= 0:
        return 0.0
    inter = j * (size_a + size_b) / (1.0 + j)
    return min(1.0, inter / small)


def band_keys(sig: np.ndarray) -> list[bytes]:
    """One key per band: the band's index and its rows' values."""
    raw = sig.astype("<u4").tobytes()
    step = 4 * ROWS
    return [bytes([i]) + raw[i * step : (i + 1) * step] for i in range(BANDS)]


class LshIndex:
    """Banded LSH over MinHash signatures: which stored items may be copies of a new one."""

    def __init__(self) -> None:
        self._buckets: dict[bytes, list[int]] = {}
        self._keys: dict[int, list[bytes]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, item: int, sig: np.ndarray) -> None:
        keys = band_keys(sig)
        self._keys[item] = keys
        for key in keys:
            self._buckets.setdefault(key, []).append(item)

    def candidates(self, sig: np.ndarray) -> list[int]:
        """Items sharing at least one band with ``sig``, in ascending order."""
        found: set[int] = set()
        for key in band_keys(sig):
            found.update(self._buckets.get(key, ()))
        return sorted(found)

    def remove(self, items: Iterable[int]) -> None:
        for item in items:
            for key in self._keys.pop(item, ()):
                bucket = self._buckets.get(key)
                if bucket is not None:
                    with contextlib.suppress(ValueError):
                        bucket.remove(item)
                    if not bucket:
                        del self._buckets[key]
