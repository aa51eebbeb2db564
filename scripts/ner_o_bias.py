"""Choosing :attr:`newsprobe.entities.crf.CrfTagger.o_bias` on the *tune* halves only.

Scores the split protocol's model (:mod:`newsprobe.eval.ner_split`, trained or read from its
cache) with the whole recogniser on the tune half of each held-out set, once per bias on the
``O`` label's score (0 = the model as trained); the unseen halves are never scored here::

    PYTHONPATH=src python scripts/ner_o_bias.py --data ../shared/data/germeval2014
"""

from __future__ import annotations

import argparse
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
        "--biases", type=float, nargs="+", default=[0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0]
    )
    args = parser.parse_args()
    card = default_tagger().card
    split = ner_split.make_split(args.data, Mix(str(card.get("mix", ""))), train.pos_tags)
    tagger = CrfTagger(ner_split.split_models(split, train.Params(**card.get("params", {}))))
    keep = [
        i for i, s in enumerate(split.held) if any(g.endswith(" tune") for g in ner_split.groups(s))
    ]
    split.held = [split.held[i] for i in keep]
    split.held_tags = [split.held_tags[i] for i in keep]
    for bias in args.biases:
        tagger.o_bias = bias

        def predict(s, tags):  # type: ignore[no-untyped-def]
            tagged = tagger.tag(s.words, tags)
            found = recognise(s.words, tags, tagger, tagged)
            return {
                "newsprobe": {(f.start, f.end, f.type) for f in found},
                "crf": {(t.start, t.end, t.type) for t in tagged},
            }

        scores = ner_split.score_split(split, predict)
        row = [f"bias {bias:4.2f}"]
        for group in ("germeval news tune", "smartdata news tune", "europeana tune"):
            m, c = scores["newsprobe"][group].micro, scores["crf"][group].micro
            row.append(
                f"{group}: F1 {m.f1:.3f} (P {m.precision:.3f} R {m.recall:.3f}; crf {c.f1:.3f})"
            )
        news = scores["newsprobe"]["germeval news tune"].per_type
        row.append(" ".join(f"{k} {v.f1:.3f}" for k, v in sorted(news.items())))
        print(" | ".join(row), flush=True)


if __name__ == "__main__":
    main()
