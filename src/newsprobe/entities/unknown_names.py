"""After decoding: a capitalised word no dictionary knows, that the tagger left out in doubt,
is a name.

The CRF's most common miss is a single name no list knows ("Zahara", "Dibbersen",
"Euronext").  As a *feature*, "in no dictionary" cost recall (it also fires on German
compounds, OCR noise and tweet spellings, and took weight from the shape features;
``docs/ner-training.md``), but as a calibration of the tagger's own doubt it separates well:
on the tune half of GermEval news, of the unknown capitalised words labelled ``O`` with an
``O`` marginal below 0.8, 35 were inside gold names and 5 outside.  So here, after Viterbi,
such a word takes the best non-``O`` label's type; it continues a neighbour's name of that
type when the label is ``I-`` and the word before is of that type, and opens one otherwise.

"Unknown" is simplemma's German dictionary (installed with newsprobe, memory-mapped from the
cache folder; nothing shipped): neither the word (capitalised as a noun) nor its lower case
is a form there.  The threshold :data:`THRESHOLD` was chosen on the tune half of the split
protocol only (``scripts/ner_unknown_rule.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

#: A word labelled ``O`` with an ``O`` marginal below this becomes a name (tune half only).
THRESHOLD = 0.8


@lru_cache(maxsize=1)
def german_forms() -> Mapping[str, str]:
    """simplemma's German forms (word → lemma); empty when simplemma cannot give them."""
    from newsprobe.language.lemmas import load_dictionary

    try:
        return load_dictionary("de")
    except (ValueError, OSError, ImportError):
        return {}


def unknown(word: str, known: Mapping[str, str]) -> bool:
    """``word`` is capitalised, all letters, two or more of them, and no form of ``known``
    (neither as written with a capital initial nor in lower case)."""
    if len(word) < 2 or not word[:1].isupper() or not word.isalpha():
        return False
    cap = word if not word.isupper() else word[0] + word[1:].lower()
    return cap not in known and word.lower() not in known


def relabel(
    words: Sequence[str],
    labels: list[str],
    marginals: np.ndarray,
    names: Sequence[str],
    known: Mapping[str, str],
    threshold: float = THRESHOLD,
) -> list[int]:
    """Turn doubtful ``O`` labels of unknown capitalised words into name labels, in place.

    ``marginals[token, k]`` is p(``names[k]`` at token).  Returns the positions changed."""
    if threshold <= 0 or "O" not in names:
        return []
    outside = names.index("O")
    doubtful = np.flatnonzero(marginals[:, outside] < threshold).tolist()
    changed: list[int] = []
    for i in doubtful:
        if labels[i] != "O" or not unknown(words[i], known):
            continue
        row = marginals[i].copy()
        row[outside] = -1.0
        best = names[int(row.argmax())]
        kind = best[2:]
        before = labels[i - 1][2:] if i and labels[i - 1] != "O" else ""
        labels[i] = ("I-" if best.startswith("I-") and before == kind else "B-") + kind
        changed.append(i)
    return changed
