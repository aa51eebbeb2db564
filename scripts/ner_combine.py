"""Scores, on the *tune* halves only, the split model merged with its GermEval-only base
(``entities/merge.py``: weights ``model + alpha * base``, one crfsuite file), one row per alpha::

    PYTHONPATH=src python scripts/ner_combine.py 0 0.1 0.2 0.3 [--set c1=0.05]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import tempfile
import time
from pathlib import Path

from newsprobe.entities.corpora import Mix
from newsprobe.entities.crf import CrfTagger, model_dir
from newsprobe.entities.merge import merge
from newsprobe.eval import ner_split
from newsprobe.training import ner as train

DATA = Path("/work/shared/data/germeval2014")
GROUPS = ("germeval news tune", "germeval tune", "smartdata news tune", "europeana tune")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("alphas", type=float, nargs="+")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--set", default="", help="c1=…,c2=…,germeval_weight=…")
    args = parser.parse_args()
    card = json.loads((model_dir() / "ner-de.json").read_text("utf-8"))
    changes: dict[str, float] = {}
    for item in filter(None, args.set.split(",")):
        name, _, value = item.partition("=")
        changes[name] = int(value) if name in ("iterations", "germeval_weight") else float(value)
    params = dataclasses.replace(train.Params(**card.get("params", {})), **changes)
    split = ner_split.make_split(args.data, Mix(str(card.get("mix", ""))), train.pos_tags)
    keep = [
        i for i, s in enumerate(split.held) if any(g.endswith(" tune") for g in ner_split.groups(s))
    ]
    split.held = [split.held[i] for i in keep]
    split.held_tags = [split.held_tags[i] for i in keep]
    path = ner_split.split_models(split, params, progress=False)
    folder = Path(tempfile.mkdtemp(prefix="ner-combine-"))
    for alpha in args.alphas:
        out = folder / f"merged-{alpha}.crfsuite"
        done = merge(path, path.with_name("base.crfsuite"), alpha, out)
        shutil.copy(path.with_suffix(".names.tsv"), out.with_suffix(".names.tsv"))
        cpu = time.process_time()
        tagger = CrfTagger(out)
        scores = ner_split.score_tagger(split, tagger)
        row = [f"{params.key()} alpha {alpha} ({done.size:,} B, {time.process_time() - cpu:.0f} s)"]
        for group in GROUPS:
            m, c = scores["newsprobe"][group].micro, scores["crf"][group].micro
            row.append(f"{group} {m.f1:.3f} (P {m.precision:.3f} R {m.recall:.3f} crf {c.f1:.3f})")
        print(" | ".join(row), flush=True)
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
