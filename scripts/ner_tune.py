"""Scores split-protocol models on the *tune* halves only, one per setting of crfsuite's
parameters (features as the code has them): for choosing regularisation without looking at the
unseen halves.  Each setting trains (or reads from the cache) its own split model pair, and
the model scored is combined with its dev-only model as the card's ``combine.alpha`` says (the
way the shipped model and ``newsprobe eval ner`` are)::

    PYTHONPATH=src python scripts/ner_tune.py --set c1=0.1,c2=0.05 --set c1=0.05,c2=0.05
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from pathlib import Path

from newsprobe.entities.corpora import Mix
from newsprobe.entities.crf import CrfTagger, model_dir
from newsprobe.eval import ner_split
from newsprobe.training import ner as train
from newsprobe.training.ner_combine import card_alpha, combined

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "germeval2014"
GROUPS = ("germeval news tune", "germeval tune", "smartdata news tune", "europeana tune")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--set", action="append", default=[], help="c1=…,c2=…,iterations=…")
    args = parser.parse_args()
    card = json.loads((model_dir() / "ner-de.json").read_text("utf-8"))
    base = train.Params(**card.get("params", {}))
    alpha = card_alpha(card)
    split = ner_split.make_split(args.data, Mix(str(card.get("mix", ""))), train.pos_tags)
    keep = [
        i for i, s in enumerate(split.held) if any(g.endswith(" tune") for g in ner_split.groups(s))
    ]
    split.held = [split.held[i] for i in keep]
    split.held_tags = [split.held_tags[i] for i in keep]
    for setting in args.set or [""]:
        changes = {}
        for item in filter(None, setting.split(",")):
            name, _, value = item.partition("=")
            whole = name in ("iterations", "germeval_weight")
            changes[name] = int(value) if whole else float(value)
        params = dataclasses.replace(base, **changes)
        cpu = time.process_time()
        model = ner_split.split_models(split, params, progress=False)
        if alpha:  # score what ships: the split model + alpha x its dev-only model
            model = combined(model, model.with_name("base.crfsuite"), alpha)
        tagger = CrfTagger(model)
        scores = ner_split.score_tagger(split, tagger)
        row = [f"{params.key()} ({time.process_time() - cpu:.0f} s CPU)"]
        for group in GROUPS:
            m, c = scores["newsprobe"][group].micro, scores["crf"][group].micro
            row.append(f"{group} {m.f1:.3f} (crf {c.f1:.3f})")
        print(" | ".join(row), flush=True)


if __name__ == "__main__":
    main()
