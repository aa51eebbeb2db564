"""Choosing :data:`newsprobe.entities.unknown_names.THRESHOLD` on the *tune* halves only.

Scores the split protocol's model (:mod:`newsprobe.eval.ner_split`, trained or read from its
cache) with the whole recogniser on the tune half of each held-out set, once per threshold and
type share (threshold 0 = rule off); the unseen halves are never scored here::

    PYTHONPATH=src python scripts/ner_unknown_rule.py --data ../shared/data/germeval2014
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from newsprobe.entities.corpora import Mix
from newsprobe.entities.crf import CrfTagger, default_tagger
from newsprobe.entities.recognise import recognise
from newsprobe.eval import ner_split
from newsprobe.training import ner as train

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "germeval2014"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--thresholds", type=float, nargs="+", default=[0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
    )
    parser.add_argument("--shares", type=float, nargs="+", default=[0, 0.5, 0.6, 0.7])
    args = parser.parse_args()
    card = default_tagger().card
    split = ner_split.make_split(args.data, Mix(str(card.get("mix", ""))), train.pos_tags)
    tagger = CrfTagger(ner_split.split_models(split, train.Params(**card.get("params", {}))))
    keep = [
        i for i, s in enumerate(split.held) if any(g.endswith(" tune") for g in ner_split.groups(s))
    ]
    split.held = [split.held[i] for i in keep]
    split.held_tags = [split.held_tags[i] for i in keep]
    for share, threshold in itertools.product(args.shares, args.thresholds):
        if threshold == 0 and share != args.shares[0]:
            continue
        tagger.unknown_threshold, tagger.unknown_share = threshold, share

        def predict(s, tags):  # type: ignore[no-untyped-def]
            found = recognise(s.words, tags, tagger)
            return {"newsprobe": {(f.start, f.end, f.type) for f in found}}

        scores = ner_split.score_split(split, predict)["newsprobe"]
        row = [f"threshold {threshold:4.2f} share {share:3.1f}"]
        for group in ("germeval news tune", "smartdata news tune", "europeana tune"):
            m = scores[group].micro
            row.append(f"{group}: F1 {m.f1:.3f} (P {m.precision:.3f} R {m.recall:.3f})")
        news = scores["germeval news tune"].per_type
        row.append(" ".join(f"{k} {v.f1:.3f}" for k, v in sorted(news.items())))
        print(" | ".join(row), flush=True)


if __name__ == "__main__":
    main()
