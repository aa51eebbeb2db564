"""Second pass of the line model: each line again, in the light of the first pass's reading.

The first pass (trees over one line's shape and its neighbourhood) removes whole runs of
article lines: a list of ingredients, the ten points of a how-to, a fact box under the text.
Line by line each looks like a menu; as a run they sit between or next to the article, share
its words and are as long as a paragraph.  This pass describes every line by what the first
pass said around it and by the run of doubted lines it belongs to (:data:`NAMES`):

* the first pass's probabilities of the line, of its neighbours and over windows;
* the run of lines the first pass calls furniture (P ≥ 0.5) that holds the line: its size in
  lines and words, its share of prose and sentence ends, its mean and lowest P, whether
  article lines stand on both sides of it and how far away;
* the line's place against the article as the first pass reads it (inside its span, lines
  and words of article above and below);
* lexical cohesion with that article: the share of the line's and the run's content words
  that occur in the article's lines (the line's own words not counted), and in its first
  lines and the lines just above them (headline and lead).

Trees trained on these columns (out-of-fold first-pass readings, by site:
``newsprobe.training.lines``) give the final probabilities.  Only numbers reach the model.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsprobe.layout.line_model.cohesion import content_keys
from newsprobe.layout.line_model.features import SENT_END, Line, is_prose
from newsprobe.layout.line_model.numeric import window_mean

NAMES: tuple[str, ...] = (
    "p_o", "p_h", "p_o-2", "p_o-1", "p_o+1", "p_o+2",
    "p_o_win1", "p_o_win3", "p_o_win8", "p_o_win20",
    "run_lines", "run_words", "run_prose", "run_sent", "run_mean", "run_min", "run_index",
    "run_bounded", "run_gap_above", "run_gap_below",
    "inside_span", "art_lines_above", "art_lines_below", "art_words_above", "art_words_below",
    "art_share", "coh_art", "coh_lead", "run_coh_art", "run_coh_lead", "words", "prose",
)  # fmt: skip
#: A line the first pass gives at least this P(furniture) is in a run of doubted lines.
DOUBT = 0.5
LEAD_ABOVE = 5
LEAD_LINES = 3


def _shift(values: np.ndarray, off: int) -> np.ndarray:
    out = np.full(len(values), np.nan)
    if off < 0:
        out[-off:] = values[:off]
    else:
        out[: len(values) - off] = values[off:]
    return out


def _share(keys: set[str], counts: Counter[str], own: set[str] | None = None) -> float:
    """Share of ``keys`` that occur in ``counts`` (``own``'s contribution taken away)."""
    if not keys:
        return np.nan
    own = own or set()
    return sum(1 for w in keys if counts[w] - (w in own) > 0) / len(keys)


@dataclass
class LineInfo:
    """What the second pass reads of a page's lines besides the first pass's reading (kept
    apart so that training can store it beside the feature matrices)."""

    words: np.ndarray
    prose: np.ndarray
    sent: np.ndarray
    keys: list[set[str]]
    #: False for a page whose article was put together from unrelated paragraphs (training):
    #: its cohesion says nothing and is left unknown.
    cohesive: bool = True

    def __len__(self) -> int:
        return len(self.keys)


def line_info(lines: Sequence[Line]) -> LineInfo:
    return LineInfo(
        np.array([ln.words for ln in lines], dtype=float),
        np.array([1.0 if is_prose(ln) else 0.0 for ln in lines]),
        np.array([1.0 if SENT_END.search(ln.text) else 0.0 for ln in lines]),
        [content_keys(ln.text) for ln in lines],
    )


def segment_matrix(info: LineInfo, p: np.ndarray, labels: Sequence[str]) -> np.ndarray:
    """The second pass's columns for the lines of a page (:func:`line_info`), from the first
    pass's ``p`` (one row per line, columns in the order of ``labels``)."""
    n = len(info)
    out = np.full((n, len(NAMES)), np.nan)
    if n == 0:
        return out
    labels = list(labels)
    p_o = p[:, labels.index("O")]
    p_h = p[:, labels.index("H")] if "H" in labels else np.zeros(n)
    words, prose, sent, keys = info.words, info.prose, info.sent, info.keys
    doubt = p_o >= DOUBT
    art = ~doubt
    art_idx = np.flatnonzero(art)
    article: Counter[str] = Counter()
    for i in art_idx:
        article.update(keys[i])
    lead: Counter[str] = Counter()
    lead_set: set[int] = set()
    if len(art_idx):
        first_prose = next((int(i) for i in art_idx if prose[i]), int(art_idx[0]))
        lead_set = set(range(max(0, first_prose - LEAD_ABOVE), first_prose)) | {
            int(i) for i in art_idx[art_idx >= first_prose][:LEAD_LINES]
        }
        for i in lead_set:
            lead.update(keys[i])
    art_words = np.where(art, words, 0.0)
    words_above = np.concatenate([[0.0], np.cumsum(art_words)[:-1]])
    words_below = art_words.sum() - words_above - art_words
    lines_above = np.concatenate([[0], np.cumsum(art)[:-1]])
    lines_below = art.sum() - lines_above - art
    span = (art_idx[0], art_idx[-1]) if len(art_idx) else (n, -1)
    idx = np.arange(n)
    out[:, 0] = p_o
    out[:, 1] = p_h
    out[:, 2] = _shift(p_o, -2)
    out[:, 3] = _shift(p_o, -1)
    out[:, 4] = _shift(p_o, 1)
    out[:, 5] = _shift(p_o, 2)
    for col, w in zip((6, 7, 8, 9), (1, 3, 8, 20), strict=True):
        out[:, col] = window_mean(p_o, w)
    out[:, 20] = (idx >= span[0]) & (idx <= span[1])
    out[:, 21] = lines_above
    out[:, 22] = lines_below
    out[:, 23] = words_above
    out[:, 24] = words_below
    out[:, 25] = art.mean()
    out[:, 30] = words
    out[:, 31] = prose
    i = 0
    while i < n:
        if not doubt[i]:
            out[i, 10:20] = 0.0
            i += 1
            continue
        j = i
        while j < n and doubt[j]:
            j += 1
        run_keys: set[str] = set()
        for k in range(i, j):
            run_keys |= keys[k]
        run_coh_art = _share(run_keys, article)
        run_coh_lead = _share(run_keys, lead)
        above = i > 0
        below = j < n
        # the run's figures once, then per line (not per line over the run: quadratic)
        out[i:j, 10] = j - i
        out[i:j, 11] = words[i:j].sum()
        out[i:j, 12] = prose[i:j].mean()
        out[i:j, 13] = sent[i:j].mean()
        out[i:j, 14] = p_o[i:j].mean()
        out[i:j, 15] = p_o[i:j].min()
        out[i:j, 16] = idx[i:j] - i
        out[i:j, 17] = float(above and below)
        out[i:j, 18] = idx[i:j] - i + 1 if above else -1
        out[i:j, 19] = j - idx[i:j] if below else -1
        out[i:j, 28] = run_coh_art
        out[i:j, 29] = run_coh_lead
        i = j
    for i in range(n):
        own = keys[i] if art[i] else None
        out[i, 26] = _share(keys[i], article, own)
        out[i, 27] = _share(keys[i], lead, keys[i] if i in lead_set else None)
    if not info.cohesive:
        out[:, [NAMES.index(c) for c in _COHESION]] = np.nan
    return out


_COHESION = ("coh_art", "coh_lead", "run_coh_art", "run_coh_lead")
