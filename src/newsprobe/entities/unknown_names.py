"""After decoding: a capitalised word no dictionary knows, that the tagger left out in doubt,
is a name.

The CRF's most common miss is a single name no list knows ("Zahara", "Dibbersen",
"Euronext").  As a *feature*, "in no dictionary" cost recall (it also fires on German
compounds, OCR noise and tweet spellings, and took weight from the shape features;
``docs/ner-training.md``), but as a calibration of the tagger's own doubt it separates well:
on the tune half of GermEval news, of the unknown capitalised words labelled ``O`` with an
``O`` marginal below 0.8, 35 were inside gold names and 5 outside.  So here, after Viterbi,
such a word becomes a name of the type that holds most of its non-``O`` marginal (when that
type holds at least :data:`TYPE_SHARE` of it); it continues the name before it when that is of
the type and ``I-`` outweighs ``B-``, and opens one otherwise.

"Unknown" is simplemma's German dictionary (installed with newsprobe, memory-mapped from the
cache folder; nothing shipped): neither the word (capitalised as a noun) nor its lower case
is a form there.  :data:`THRESHOLD` and :data:`TYPE_SHARE` were chosen on the tune half of
the split protocol only (``scripts/ner_unknown_rule.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

#: A word labelled ``O`` with an ``O`` marginal below this becomes a name (tune half only).
THRESHOLD = 0.8
#: ... when one type holds at least this share of its name labels' marginals (tune half
#: only: below it the type is a guess, and a name of the wrong type is a miss and a false
#: name at once).
TYPE_SHARE = 0.6


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
    share: float = TYPE_SHARE,
) -> list[int]:
    """Turn doubtful ``O`` labels of unknown capitalised words into name labels, in place.

    ``marginals[token, k]`` is p(``names[k]`` at token).  The type is the one whose ``B-``
    and ``I-`` labels hold most of the word's marginal; the word continues the name before
    it when that is of the type and ``I-`` outweighs ``B-``, and opens a name otherwise.
    Returns the positions changed."""
    if threshold <= 0 or "O" not in names:
        return []
    outside = names.index("O")
    doubtful = np.flatnonzero(marginals[:, outside] < threshold).tolist()
    changed: list[int] = []
    for i in doubtful:
        if labels[i] != "O" or not unknown(words[i], known):
            continue
        row = marginals[i]
        mass: dict[str, float] = {}
        for k, label in enumerate(names):
            if k != outside:
                mass[label[2:]] = mass.get(label[2:], 0.0) + float(row[k])
        kind = max(mass, key=mass.__getitem__)
        if mass[kind] < share * (1.0 - float(row[outside])):
            continue
        inside = _p(row, names, "I-" + kind) > _p(row, names, "B-" + kind)
        before = labels[i - 1][2:] if i and labels[i - 1] != "O" else ""
        labels[i] = ("I-" if inside and before == kind else "B-") + kind
        changed.append(i)
    return changed


def _p(row: np.ndarray, names: Sequence[str], label: str) -> float:
    return float(row[names.index(label)]) if label in names else 0.0
