"""Experiment (tune halves only): more experts folded into the split model with
``entities/merge.py``.  Trains the named experts on the split's training data (cached under
/tmp/ner8-experts), then scores ``model + Σ alpha_i * expert_i`` for each given weighting::

    PYTHONPATH=src python scripts/ner_experts.py "base=0.1" "base=0.1,ap_dev=0.02"

Experts: ``base`` (the split's dev-only model), ``ap_dev`` / ``ap_mix`` (averaged perceptron
on dev / dev + mix), ``l2_dev`` (dev-only, c1 0, c2 1), ``ge:c1=…;c2=…;it=…`` (dev-only,
other crfsuite settings), ``ge_news`` (dev's news sentences only).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sys
import time
from pathlib import Path

from newsprobe.entities.corpora import Mix
from newsprobe.entities.crf import CrfTagger, model_dir
from newsprobe.entities.merge import merge
from newsprobe.eval import ner_split
from newsprobe.training import crf
from newsprobe.training import ner as train

DATA = Path("/work/shared/data/germeval2014")
CACHE = Path("/tmp/ner8-experts")
GROUPS = ("germeval news tune", "germeval tune", "smartdata news tune", "europeana tune")


def _ap(items, out, params) -> None:  # type: ignore[no-untyped-def]
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="ap", verbose=False)
    for features, labels in items:
        trainer.append(features, list(labels))
    trainer.set_params({"max_iterations": 10, "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def expert(name: str, split, params, base: Path) -> Path:  # type: ignore[no-untyped-def]
    out = CACHE / f"{name}.crfsuite"
    if out.is_file():
        return out
    cpu = time.process_time()
    original = crf.train_crf
    if name.startswith("ap_"):
        crf.train_crf = _ap  # type: ignore[assignment]
    try:
        p = params
        if name == "l2_dev":
            p = dataclasses.replace(params, c1=0.0, c2=1.0)
        if name.startswith("ge:"):  # a dev-only CRF with other settings: "ge:c1=0.05;it=400"
            changes = dict(kv.split("=") for kv in name[3:].split(";"))
            p = dataclasses.replace(
                params,
                **{("iterations" if k == "it" else k): (int(v) if k == "it" else float(v))
                   for k, v in changes.items()},
            )  # fmt: skip
        if name.endswith("_mix"):
            added = train.prepare_extra(split.extra, split.extra_tags, base)
            train.train_model([*split.dev, *added], [*split.dev_tags, *split.extra_tags], out, p)
        elif name == "ge_news":  # GermEval dev's news sentences only (no Wikipedia)
            news = [i for i, s in enumerate(split.dev) if s.news]
            train.train_model(
                [split.dev[i] for i in news], [split.dev_tags[i] for i in news], out, p
            )
        else:
            train.train_model(split.dev, split.dev_tags, out, p)
    finally:
        crf.train_crf = original
    print(f"trained {name} ({time.process_time() - cpu:.0f} s CPU)", file=sys.stderr)
    return out


def main() -> None:
    card = json.loads((model_dir() / "ner-de.json").read_text("utf-8"))
    params = train.Params(**card.get("params", {}))
    split = ner_split.make_split(DATA, Mix(str(card.get("mix", ""))), train.pos_tags)
    keep = [
        i for i, s in enumerate(split.held) if any(g.endswith(" tune") for g in ner_split.groups(s))
    ]
    split.held = [split.held[i] for i in keep]
    split.held_tags = [split.held_tags[i] for i in keep]
    model = ner_split.split_models(split, params, progress=False)
    base = model.with_name("base.crfsuite")
    CACHE.mkdir(exist_ok=True)
    for spec in sys.argv[1:]:
        current = model
        for k, item in enumerate(filter(None, spec.split(","))):
            name, _, alpha = item.rpartition("=")
            path = base if name == "base" else expert(name, split, params, base)
            nxt = CACHE / f"merged-{k}.crfsuite"
            merge(current, path, float(alpha), nxt)
            current = nxt
        shutil.copy(model.with_suffix(".names.tsv"), current.with_suffix(".names.tsv"))
        tagger = CrfTagger(current)
        scores = ner_split.score_tagger(split, tagger)
        row = [f"{spec or 'model'} ({current.stat().st_size:,} B)"]
        for group in GROUPS:
            m, c = scores["newsprobe"][group].micro, scores["crf"][group].micro
            row.append(f"{group} {m.f1:.3f} (P {m.precision:.3f} R {m.recall:.3f} crf {c.f1:.3f})")
        print(" | ".join(row), flush=True)


if __name__ == "__main__":
    main()
