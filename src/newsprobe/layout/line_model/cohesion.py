"""Lexical cohesion of each line with the article of a whole page (line model features).

The article's lines share content words with each other ("Ikigai" in its list items, "Zucker"
in a recipe's ingredients and its steps); menus, footers and teasers of other articles share
few with it.  A list, a fact box or a run of short lines that the shape features alone call
furniture is told from a menu by these numbers: the share of a line's content words that also
occur in the page's densest prose stretch (``features.dense_region``, the line itself not
counted), in the stretch's first lines and the lines just above it (where
the headline and the lead stand), how many such words it shares, how widely its words are
spread over the page's lines, and the means of the first share over windows and the line's
block.  Only these numbers reach the model: no word of any page is a feature.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsprobe.layout.line_model.features import STOP_WORDS, Line, dense_region, is_prose

#: Column names (appended to the numeric features).
NAMES: tuple[str, ...] = (
    "coh_dense", "coh_lead", "coh_shared", "coh_spread", "coh_win2", "coh_win5", "coh_block",
)  # fmt: skip
#: Content words are cut to this many characters, a cheap stem ("Zucker", "Zuckers").
STEM = 6
#: The lead: the dense stretch's first lines and the lines just above it (the headline).
LEAD_ABOVE = 5
LEAD_BELOW = 3
_WORD = re.compile(r"[^\W\d_]{4,}")


def content_keys(text: str) -> set[str]:
    """The line's content words (four letters or more, no stop word), stemmed."""
    return {w[:STEM] for w in (m.casefold() for m in _WORD.findall(text)) if w not in STOP_WORDS}


def _window_mean(values: np.ndarray, w: int) -> np.ndarray:
    """Mean of the defined values over lines ``i-w .. i+w`` (NaN where none is defined)."""
    n = len(values)
    known = ~np.isnan(values)
    csum = np.concatenate([[0.0], np.cumsum(np.where(known, values, 0.0))])
    ccount = np.concatenate([[0], np.cumsum(known)])
    idx = np.arange(n)
    lo = np.clip(idx - w, 0, n)
    hi = np.clip(idx + w + 1, 0, n)
    count = ccount[hi] - ccount[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, (csum[hi] - csum[lo]) / np.maximum(count, 1), np.nan)


def cohesion_matrix(lines: Sequence[Line], block_id: np.ndarray | None = None) -> np.ndarray:
    """One row per line, columns :data:`NAMES` (NaN for a line without content words)."""
    n = len(lines)
    out = np.full((n, len(NAMES)), np.nan)
    if n == 0:
        return out
    keys = [content_keys(ln.text) for ln in lines]
    first, last = dense_region(lines)
    dense: Counter[str] = Counter()
    if last >= first:
        for i in range(first, last + 1):
            if is_prose(lines[i]):
                dense.update(keys[i])
        lead_lines = range(max(0, first - LEAD_ABOVE), min(n, first + LEAD_BELOW))
    else:
        lead_lines = range(0)
    lead: Counter[str] = Counter()
    for i in lead_lines:
        lead.update(keys[i])
    spread: Counter[str] = Counter()
    for k in keys:
        spread.update(k)
    for i, k in enumerate(keys):
        if not k:
            continue
        own_dense = first <= i <= last and is_prose(lines[i])
        own_lead = i in lead_lines
        shared = sum(1 for w in k if dense[w] - own_dense > 0)
        out[i, 0] = shared / len(k)
        out[i, 1] = sum(1 for w in k if lead[w] - own_lead > 0) / len(k)
        out[i, 2] = min(shared, 20)
        # fsum: a set has no order (string hashes differ by process), the sum must not care
        out[i, 3] = math.fsum(math.log(spread[w]) for w in k) / len(k)
    coh = out[:, 0]
    out[:, 4] = _window_mean(coh, 2)
    out[:, 5] = _window_mean(coh, 5)
    if block_id is None:
        starts = [1 if (ln.blank_before or i == 0) else 0 for i, ln in enumerate(lines)]
        block_id = np.cumsum(starts)
    known = ~np.isnan(coh)
    total = np.bincount(block_id, weights=np.where(known, coh, 0.0))
    count = np.bincount(block_id, weights=known.astype(float))
    with np.errstate(invalid="ignore", divide="ignore"):
        out[:, 6] = np.where(count[block_id] > 0, total[block_id] / np.maximum(count[block_id], 1),
                             np.nan)  # fmt: skip
    return out
