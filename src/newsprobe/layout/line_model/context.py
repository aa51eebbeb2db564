"""Context features of the lines of a whole page (line model, feature version 3).

What a line's own shape and its fixed neighbourhood (:mod:`numeric`) do not tell:

* **repetition** beyond the line itself: the line together with the line after it occurs
  again on the page (a menu printed in the header and again in the footer), how far apart a
  repeated line's copies stand, how many other lines hold the line's opening words (the
  headline in a breadcrumb or a share text, a teaser beside its article) and the share of
  its block that repeats;
* **list shape**: the run of lines of the same shape that holds the line (length bin,
  sentence end, link, bullet, first character), the run of link lines (Markdown or lynx
  renderings), the links a line holds, ``[n]`` reference markers;
* **one-sided windows**: prose, links, short lines and sentence ends over the five lines
  above and the five below, apart (where an article starts and ends);
* **the headline's place**: the heading-shaped line nearest above the page's densest prose
  stretch (the likely headline), the line's distance to it, how many heading-shaped lines
  stand between the line and the stretch, and dates just below or above (a byline and date
  under the headline).

Only numbers reach the model: no word of any page is a feature.  Every pass is linear in the
number of lines (the opening-words count reads at most :data:`SHINGLES` word groups a line).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from newsprobe.layout.line_model.features import DATE, SENT_END, TIME, WORD, Line
from newsprobe.model import BlockKind

NAMES: tuple[str, ...] = (
    "rep_pair", "rep_span", "open_rep", "shingle_rep", "block_rep",
    "shape_run", "link_run", "link_items", "ref_marks",
    "up5:prose", "down5:prose", "up5:link", "down5:link", "up5:short", "down5:short",
    "up5:sent_end", "down5:sent_end",
    "heading_shaped", "head_cand", "from_head", "heads_between", "date_below", "date_above",
)  # fmt: skip
#: Word groups of this many words are a line's shingles; at most SHINGLES of them a line.
SHINGLE = 4
SHINGLES = 40
#: The likely headline is looked for among this many lines above the dense stretch.
HEAD_REACH = 15
#: Dates within this many lines below or above a line.
DATE_REACH = 4
_NO_HEADING = frozenset({BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.CAPTION, BlockKind.CREDIT})
_REF_MARK = re.compile(r"\[\d{1,3}\]")
_ONE_SIDED = ("prose", "link", "short", "sent_end")


def _runs(values: Sequence[object]) -> np.ndarray:
    """Length of the run of equal consecutive values that holds each position."""
    n = len(values)
    out = np.zeros(n)
    i = 0
    while i < n:
        j = i + 1
        while j < n and values[j] == values[i]:
            j += 1
        out[i:j] = j - i
        i = j
    return out


def _one_sided(values: np.ndarray, w: int) -> tuple[np.ndarray, np.ndarray]:
    """Means of ``values`` over the ``w`` lines above and the ``w`` lines below (NaN at the
    page's edge)."""
    n = len(values)
    csum = np.concatenate([[0.0], np.cumsum(values)])
    idx = np.arange(n)
    lo = np.clip(idx - w, 0, n)
    hi = np.clip(idx + 1 + w, 0, n)
    with np.errstate(invalid="ignore", divide="ignore"):
        up = np.where(idx > lo, (csum[idx] - csum[lo]) / np.maximum(1, idx - lo), np.nan)
        down_n = hi - idx - 1
        down = np.where(down_n > 0, (csum[hi] - csum[idx + 1]) / np.maximum(1, down_n), np.nan)
    return up, down


def _shingles(words: list[str]) -> list[str]:
    if len(words) < SHINGLE:
        return []
    last = min(len(words) - SHINGLE + 1, SHINGLES)
    return [" ".join(words[k : k + SHINGLE]) for k in range(last)]


def heading_shaped(line: Line, link: float) -> bool:
    """A line that can be a headline: 3 to 25 words, no full stop at its end (a question or an
    exclamation may end one), not mostly link, no bullet, no date stamp, not removed by the
    rules nor typed by them as a byline, dateline, caption or credit."""
    text = line.text
    if not 3 <= line.words <= 25 or link >= 0.5 or line.bullet:
        return False
    if line.pieces and (line.pieces[0].removed or line.pieces[0].kind in _NO_HEADING):
        return False
    if line.words <= 8 and (DATE.search(text) or TIME.search(text)):
        return False  # a date stamp
    return not (SENT_END.search(text) and text.rstrip("\"'“”»«’)").endswith((".", "…")))


def context_matrix(
    lines: Sequence[Line],
    own: dict[str, np.ndarray],
    links: Sequence[tuple[int, int]],
    dense: tuple[int, int],
    block_id: np.ndarray,
) -> np.ndarray:
    """One row per line, columns :data:`NAMES`.  ``own`` holds the line's own columns
    ``prose``, ``link``, ``short``, ``sent_end``, ``words`` (from :mod:`numeric`); ``dense``
    is the densest prose stretch's first and last line."""
    n = len(lines)
    out = np.full((n, len(NAMES)), np.nan)
    if n == 0:
        return out
    col = {name: i for i, name in enumerate(NAMES)}
    words = [WORD.findall(ln.text.casefold()) for ln in lines]
    keys = [" ".join(w) for w in words]
    # repetition: pairs of lines, the spread of a line's copies, opening words, blocks
    pairs = Counter(zip(keys, keys[1:], strict=False))  # noqa: RUF007
    pair_rep = np.zeros(n)
    for i in range(n - 1):
        if keys[i] and pairs[(keys[i], keys[i + 1])] > 1:
            pair_rep[i] = pair_rep[i + 1] = 1.0
    out[:, col["rep_pair"]] = pair_rep
    first_at: dict[str, int] = {}
    last_at: dict[str, int] = {}
    for i, k in enumerate(keys):
        first_at.setdefault(k, i)
        last_at[k] = i
    out[:, col["rep_span"]] = [(last_at[k] - first_at[k]) / n if k else 0.0 for k in keys]
    shingles = [_shingles(w) for w in words]
    seen: Counter[str] = Counter()
    for sh in shingles:
        seen.update(set(sh))
    out[:, col["open_rep"]] = [min(seen[sh[0]] - 1, 10) if sh else np.nan for sh in shingles]
    out[:, col["shingle_rep"]] = [
        sum(1 for s in sh if seen[s] > 1) / len(sh) if sh else np.nan for sh in shingles
    ]
    repeated = np.array([1.0 if k and last_at[k] != first_at[k] else 0.0 for k in keys])
    size = np.bincount(block_id)
    out[:, col["block_rep"]] = np.bincount(block_id, weights=repeated)[block_id] / size[block_id]
    # list shape
    link = own["link"]
    shape = [
        (min(ln.words, 12) // 3, bool(SENT_END.search(ln.text)), lk >= 0.5, ln.bullet,
         ln.text[:1].isupper(), ln.text[:1].isdigit())
        for ln, lk in zip(lines, link, strict=True)
    ]  # fmt: skip
    out[:, col["shape_run"]] = np.minimum(_runs(shape), 50)
    linky = link >= 0.5
    out[:, col["link_run"]] = np.where(linky, np.minimum(_runs(linky.tolist()), 50), 0.0)
    starts = np.array([a for a, _ in links], dtype=np.int64)
    if len(starts):
        lo = np.searchsorted(starts, [ln.content_start for ln in lines])
        hi = np.searchsorted(starts, [ln.content_end for ln in lines])
        out[:, col["link_items"]] = np.minimum(hi - lo, 20)
    else:
        out[:, col["link_items"]] = 0.0
    out[:, col["ref_marks"]] = [min(len(_REF_MARK.findall(ln.text)), 10) for ln in lines]
    # one-sided windows
    for name in _ONE_SIDED:
        up, down = _one_sided(own[name].astype(float), 5)
        out[:, col[f"up5:{name}"]] = up
        out[:, col[f"down5:{name}"]] = down
    # the headline's place
    shaped = np.array([heading_shaped(ln, lk) for ln, lk in zip(lines, link, strict=True)])
    out[:, col["heading_shaped"]] = shaped
    first, last = dense
    out[:, col["head_cand"]] = 0.0
    if last >= first:
        above = [i for i in range(max(0, first - HEAD_REACH), first + 1) if shaped[i]]
        idx = np.arange(n)
        if above:
            cand = above[-1]
            out[cand, col["head_cand"]] = 1.0
            out[:, col["from_head"]] = np.clip(idx - cand, -50, 50)
        # heading-shaped lines between a line above the stretch and the stretch
        after = np.concatenate([np.cumsum(shaped[::-1])[::-1], [0]])  # shaped lines from i on
        between = after[np.minimum(idx + 1, n)] - after[min(first, n)]
        out[:, col["heads_between"]] = np.where(idx < first, np.minimum(between, 20), np.nan)
    dated = np.array([1.0 if DATE.search(ln.text) or TIME.search(ln.text) else 0.0
                      for ln in lines])  # fmt: skip
    csum = np.concatenate([[0.0], np.cumsum(dated)])
    idx = np.arange(n)
    out[:, col["date_below"]] = csum[np.minimum(idx + 1 + DATE_REACH, n)] - csum[idx + 1] > 0
    out[:, col["date_above"]] = csum[idx] - csum[np.maximum(idx - DATE_REACH, 0)] > 0
    return out
