"""Fold two crfsuite name models into one: a log-linear combination that costs nothing at run time.

A linear-chain CRF scores a label sequence by a sum of weights, so two models over the same
labels, combined as ``score_a + alpha * score_b`` (a product of experts), are again one
linear-chain CRF whose weight for every (attribute, label) and (label, label) pair is
``w_a + alpha * w_b``.  :func:`merge` writes that model as a crfsuite file (``FOMC`` v100,
with :func:`newsprobe.entities.prune.write_model`): the union of both attribute tables (each
string with the hash its file stored), ``a``'s label table, and the summed feature table.
Tagging with it is one model's work; crfsuite and newsprobe's decoder read it like any model.

The shipped German model is the mix model (GermEval + SmartData + Europeana, GermEval twice)
plus ``alpha`` times a model trained on GermEval alone (``training/ner.py --combine``): the
second expert pulls the shared weights back towards GermEval's news labelling where the
extra corpora's conventions differ (see ``docs/ner-training.md``).

``python -m newsprobe.entities.merge A B ALPHA OUT``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsprobe.entities.linear_chain import (
    FEATURE_DTYPE,
    ModelFormatError,
    cqdb_strings,
    read_header,
)
from newsprobe.entities.prune import attribute_records, write_model


@dataclass(frozen=True)
class Merged:
    """What :func:`merge` wrote."""

    attributes: int
    features: int
    size: int


def merge(a: Path, b: Path, alpha: float, out: Path) -> Merged:
    """Write the model whose weights are ``a``'s plus ``alpha`` times ``b``'s to ``out``.
    ``b`` must use no label ``a`` lacks."""
    buf_a, buf_b = a.read_bytes(), b.read_bytes()
    head_a, head_b = read_header(buf_a, a), read_header(buf_b, b)
    labels, records_a = attribute_records(buf_a, a)
    _labels_b, records_b = attribute_records(buf_b, b)
    names_a = cqdb_strings(buf_a, head_a.at_labels, a)
    names_b = cqdb_strings(buf_b, head_b.at_labels, b)
    missing = set(names_b) - set(names_a)
    if missing:
        raise ModelFormatError(f"{b}: labels {sorted(missing)} are not in {a}")
    label_map = np.array([names_a.index(n) for n in names_b], dtype=np.int64)

    ids = {text: i for i, text, _hv in records_a}
    records = [(text, hv) for _i, text, hv in records_a]
    attr_map = np.empty(len(records_b), dtype=np.int64)
    for i, text, hv in records_b:
        if text not in ids:
            ids[text] = len(records)
            records.append((text, hv))
        attr_map[i] = ids[text]

    fb = head_b.features
    state = fb["type"] == 0
    src = np.where(state, attr_map[fb["src"]], label_map[np.where(state, 0, fb["src"])])
    both = np.concatenate(
        [
            np.stack([head_a.features[k].astype(np.int64) for k in ("type", "src", "dst")], 1),
            np.stack([fb["type"].astype(np.int64), src, label_map[fb["dst"]]], 1),
        ]
    )
    weights = np.concatenate([head_a.features["weight"], alpha * fb["weight"]])
    keys, where = np.unique(both, axis=0, return_inverse=True)
    summed = np.zeros(len(keys))
    np.add.at(summed, where.ravel(), weights)
    nonzero = summed != 0.0
    features = np.zeros(int(nonzero.sum()), dtype=FEATURE_DTYPE)
    for k, name in enumerate(("type", "src", "dst")):
        features[name] = keys[nonzero, k]
    features["weight"] = summed[nonzero]
    size = write_model(out, labels, records, features, head_a.n_labels)
    return Merged(attributes=len(records), features=len(features), size=size)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsprobe.entities.merge", description=__doc__)
    parser.add_argument("a", type=Path, help="the first crfsuite model (its labels are kept)")
    parser.add_argument("b", type=Path, help="the second crfsuite model")
    parser.add_argument("alpha", type=float, help="the second model's weight")
    parser.add_argument("out", type=Path, help="where the merged model goes")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        done = merge(args.a, args.b, args.alpha, args.out)
    except (OSError, ModelFormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"{args.out}: {done.attributes} attributes, {done.features} features, {done.size:,} bytes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
