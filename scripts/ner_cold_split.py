"""Scores a split-protocol model pair on every cold name set, the whole pipeline running with
it in place of the shipped tagger: the split model plus ``--alpha`` × its dev-only model, as
the shipped model and ``newsprobe eval ner`` combine them.  Totals only (the cold sets' errors
are not to be read)::

    PYTHONPATH=src python scripts/ner_cold_split.py ~/.cache/newsprobe/ner-split-KEY

The folder is the one ``newsprobe eval ner --data ../shared/data/germeval2014`` trained (the
newest ``ner-split-*`` after a feature change): a first check on articles before retraining.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprobe.entities import component, crf
from newsprobe.eval import ner_cold
from newsprobe.training.ner_combine import combined


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a ner-split-* cache folder")
    parser.add_argument("--alpha", type=float, default=0.1)
    args = parser.parse_args()
    model = args.folder / "model.crfsuite"
    if args.alpha:
        model = combined(model, args.folder / "base.crfsuite", args.alpha)
    tagger = crf.CrfTagger(model)
    component.default_tagger = lambda: tagger  # type: ignore[assignment]
    for name in ner_cold.GOLD_FILES:
        tally = ner_cold.score(name)
        p, r, f = ner_cold.prf(tally.right, tally.found, tally.gold)
        print(f"{name}: P {p:.3f} R {r:.3f} F1 {f:.3f} ({tally.gold} gold)")


if __name__ == "__main__":
    main()
