"""Numeric features of the lines of a whole-page text for the tree line model.

One row of numbers per line: the line's own shape (length, stop-word share, sentence
punctuation, capitalisation, link share, what the furniture rules said), its place on the page
(position, the densest prose stretch and the distance to it, the share of the page's prose
above it), its block (lines between blank lines), repetition on the page, and the same shapes
of its neighbours and of windows around it.  Like :mod:`features`, no word of any page is a
feature: the trained trees hold thresholds over these numbers only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsprobe.layout.line_model import cohesion
from newsprobe.layout.line_model.context import NAMES as CONTEXT_NAMES
from newsprobe.layout.line_model.context import context_matrix
from newsprobe.layout.line_model.features import (
    DATE,
    HEADING,
    MENU_SEP,
    SENT_END,
    STOP_WORDS,
    TIME,
    WORD,
    Line,
    dense_region,
    is_prose,
    link_share,
)

#: Bump when the columns change: a model records the version it was trained on.  Version 2
#: added the lexical cohesion columns (:mod:`cohesion`), version 3 the context columns
#: (:mod:`context`: repetition, list shape, one-sided windows, the headline's place); a
#: version-1 model reads :data:`BASE_NAMES`, the columns before them, so it works on unchanged.
VERSION = 3
BASE_VERSION = 1

_OWN = (
    "words", "log_chars", "stop", "caps", "sent_end", "colon_end", "digit_end", "link",
    "bullet", "md_heading", "blank_before", "date", "time", "copyright", "at", "url",
    "menu_sep", "rule_kept", "rule_removed", "first_upper", "first_lower", "first_digit",
    "prose", "word_len", "digits", "commas", "quote", "pipes", "rep", "short",
)  # fmt: skip
#: Neighbour columns: these own columns of the lines at offsets -3..3.
_NEIGHBOUR = ("words", "link", "sent_end", "prose", "stop", "blank_before", "rule_removed")
_OFFSETS = (-3, -2, -1, 1, 2, 3)
_WINDOWS = (2, 5, 15)
_WINDOW = ("prose", "link", "log_words", "sent_end", "short", "rule_removed")
_PLACE = (
    "pos", "from_start", "from_end", "lines", "zone_before", "zone_after", "inside",
    "dense_lines", "dense_share", "near_prose", "prose_above", "prose_below", "short_run",
    "page_prose", "page_link", "page_links", "block_lines", "block_index", "block_words",
    "block_prose", "block_link", "block_sent",
)  # fmt: skip

BASE_NAMES: tuple[str, ...] = (
    _OWN
    + tuple(f"{o}:{c}" for o in _OFFSETS for c in _NEIGHBOUR)
    + tuple(f"win{w}:{c}" for w in _WINDOWS for c in _WINDOW)
    + _PLACE
)
#: Where the cohesion columns stand (left unknown on spliced training pages).
COHESION = slice(len(BASE_NAMES), len(BASE_NAMES) + len(cohesion.NAMES))
#: A version-2 model's columns (before the context columns): the first of :data:`NAMES`.
V2_VERSION = 2
V2_NAMES: tuple[str, ...] = BASE_NAMES + cohesion.NAMES
NAMES: tuple[str, ...] = V2_NAMES + CONTEXT_NAMES
_COL = {name: i for i, name in enumerate(_OWN)}
_QUOTE_CHARS = frozenset('"„“”»«')


def _own(line: Line, link: float, rep: int) -> list[float]:
    text = line.text
    words = WORD.findall(text)
    n = len(words)
    nan = math.nan
    stop = sum(1 for w in words if w.casefold() in STOP_WORDS) / n if n >= 3 else nan
    caps = sum(1 for w in words if w[:1].isupper()) / n if n else nan
    first = text[:1]
    kept = removed = 0.0
    if line.pieces:
        p = line.pieces[0]
        kept = 1.0 + hash_kind(p.kind.value) if p.kind else 0.0
        removed = 1.0 + hash_kind(p.removed.value) if p.removed else 0.0
    chars = len(text)
    return [
        n,
        math.log1p(chars),
        stop,
        caps,
        1.0 if SENT_END.search(text) else 0.0,
        1.0 if text.endswith(":") else 0.0,
        1.0 if text[-1:].isdigit() else 0.0,
        link,
        1.0 if line.bullet else 0.0,
        1.0 if HEADING.match(text) else 0.0,
        1.0 if line.blank_before else 0.0,
        1.0 if DATE.search(text) else 0.0,
        1.0 if TIME.search(text) else 0.0,
        1.0 if "©" in text or "(c)" in text.casefold() else 0.0,
        1.0 if "@" in text else 0.0,
        1.0 if "http" in text or "www." in text else 0.0,
        1.0 if MENU_SEP.search(text) else 0.0,
        kept,
        removed,
        1.0 if first.isupper() else 0.0,
        1.0 if first.islower() else 0.0,
        1.0 if first.isdigit() else 0.0,
        1.0 if is_prose(line) else 0.0,
        sum(len(w) for w in words) / n if n else 0.0,
        sum(c.isdigit() for c in text) / max(1, chars),
        text.count(",") / max(1, n),
        1.0 if any(c in _QUOTE_CHARS for c in text) else 0.0,
        float(text.count("|")),
        float(min(rep, 10)),
        1.0 if line.words <= 4 else 0.0,
    ]


_KIND_CODES: dict[str, int] = {}


def hash_kind(value: str) -> int:
    """A stable small number for a block or removal kind (sorted order of first sight is not
    stable, so the code is derived from the name)."""
    code = _KIND_CODES.get(value)
    if code is None:
        code = _KIND_CODES[value] = sum(ord(c) * (i + 1) for i, c in enumerate(value)) % 97
    return code


def window_mean(values: np.ndarray, w: int) -> np.ndarray:
    """Mean of ``values`` over the lines ``i-w .. i+w`` (clipped at the page's ends)."""
    n = len(values)
    csum = np.concatenate([[0.0], np.cumsum(values)])
    idx = np.arange(n)
    lo = np.clip(idx - w, 0, n)
    hi = np.clip(idx + w + 1, 0, n)
    return (csum[hi] - csum[lo]) / np.maximum(1, hi - lo)


def page_matrix(
    lines: Sequence[Line],
    links: Sequence[tuple[int, int]] = (),
    cohesive: bool = True,
    context: bool = True,
) -> np.ndarray:
    """The feature matrix of a page: one row per line, columns :data:`NAMES` (without the
    context columns: :data:`V2_NAMES`; without the cohesion columns: :data:`BASE_NAMES`)."""
    n = len(lines)
    if n == 0:
        names = (NAMES if context else V2_NAMES) if cohesive else BASE_NAMES
        return np.zeros((0, len(names)))
    starts = [a for a, _ in links]
    keys = [" ".join(WORD.findall(ln.text.casefold())) for ln in lines]
    repeats = Counter(keys)
    own = np.array(
        [
            _own(ln, link_share(ln, links, starts), repeats[k])
            for ln, k in zip(lines, keys, strict=True)
        ],
        dtype=np.float64,
    )
    cols = [own]
    # neighbours
    pad = np.full((3, own.shape[1]), np.nan)
    padded = np.vstack([pad, own, pad])
    pick = [_COL[c] for c in _NEIGHBOUR]
    for off in _OFFSETS:
        cols.append(padded[3 + off : 3 + off + n][:, pick])
    # windows
    prose = own[:, _COL["prose"]]
    link = own[:, _COL["link"]]
    short = own[:, _COL["short"]]
    base = {
        "prose": prose,
        "link": link,
        "log_words": np.log1p(own[:, _COL["words"]]),
        "sent_end": own[:, _COL["sent_end"]],
        "short": short,
        "rule_removed": (own[:, _COL["rule_removed"]] > 0).astype(float),
    }
    for w in _WINDOWS:
        cols.append(np.column_stack([window_mean(base[c], w) for c in _WINDOW]))
    # place on the page
    idx = np.arange(n, dtype=float)
    first, last = dense_region(lines)
    prose_chars = np.array([len(ln.text) if p else 0 for ln, p in zip(lines, prose, strict=True)])
    total = max(1, int(prose_chars.sum()))
    above = np.concatenate([[0], np.cumsum(prose_chars)[:-1]]) / total
    below = 1.0 - above - prose_chars / total
    dense_chars = prose_chars[first : last + 1].sum() if last >= first else 0
    prose_idx = np.flatnonzero(prose)
    if len(prose_idx):
        k = np.searchsorted(prose_idx, idx)
        left = prose_idx[np.clip(k - 1, 0, len(prose_idx) - 1)]
        right = prose_idx[np.clip(k, 0, len(prose_idx) - 1)]
        near = np.minimum(np.abs(idx - left), np.abs(idx - right))
    else:
        near = np.full(n, 99.0)
    run = np.zeros(n)
    i = 0
    while i < n:
        j = i
        while j < n and short[j]:
            j += 1
        run[i:j] = j - i
        i = max(j, i + 1)
    # blocks: lines between blank lines
    block_id = np.cumsum([1 if (ln.blank_before or i == 0) else 0 for i, ln in enumerate(lines)])
    block_start: dict[int, int] = {}
    for i, b in enumerate(block_id):
        block_start.setdefault(int(b), i)
    counts = np.bincount(block_id)
    words = own[:, _COL["words"]]
    bw = np.bincount(block_id, weights=words)
    bp = np.bincount(block_id, weights=prose)
    bl = np.bincount(block_id, weights=link)
    bs = np.bincount(block_id, weights=own[:, _COL["sent_end"]])
    size = counts[block_id]
    place = np.column_stack(
        [
            idx / max(1, n),
            np.minimum(idx, 50),
            np.minimum(n - 1 - idx, 50),
            np.full(n, n),
            np.where(idx < first, first - idx, 0) if last >= first else np.full(n, -1.0),
            np.where(idx > last, idx - last, 0) if last >= first else np.full(n, -1.0),
            ((idx >= first) & (idx <= last)).astype(float),
            np.full(n, max(0, last - first + 1)),
            np.full(n, dense_chars / total),
            np.minimum(near, 99),
            above,
            below,
            run,
            np.full(n, prose.sum()),
            np.full(n, link.mean()),
            np.full(n, 1.0 if links else 0.0),
            size,
            idx - np.array([block_start[int(b)] for b in block_id]),
            bw[block_id],
            bp[block_id] / size,
            bl[block_id] / size,
            bs[block_id] / size,
        ]
    )
    cols.append(place)
    if cohesive:
        cols.append(cohesion.cohesion_matrix(lines, block_id))
    if cohesive and context:
        mine = {c: own[:, _COL[c]] for c in ("prose", "link", "short", "sent_end", "words")}
        cols.append(context_matrix(lines, mine, links, (first, last), block_id))
    return np.hstack(cols)
