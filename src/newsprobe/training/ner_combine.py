"""The shipped German name model as two experts in one file: the mix model plus a fraction of a
GermEval-only model (:mod:`newsprobe.entities.merge`).

The mix model (``training/ner.py --mix …``) learns from GermEval, SmartData and Europeana; the
extra corpora's conventions (company-heavy ORG, historical OCR, no MISC) pull its shared weights
away from GermEval's news labelling.  Adding ``alpha`` times the weights of a model trained on
GermEval alone (same features and parameters) is a product of experts that pulls them back: on
the reduced protocol's tune halves +0.011 GermEval news F1, +0.006 SmartData news, Europeana
unchanged at ``alpha`` 0.1 (``docs/ner-training.md``).  The result is one crfsuite model of the
same features: tagging costs what it did.

    python -m newsprobe.training.ner_combine --data ../shared/data/germeval2014 \\
        --mix-model MIX.crfsuite --alpha 0.1 --out src/newsprobe/entities/model/ner-de.crfsuite

trains the GermEval-only expert on the GermEval files with the mix model's card's parameters
(or takes ``--base``), merges, prunes the training-only domain copies, and writes the card: the
mix model's, with a ``combine`` record.  The evaluations combine their models the same way
(:func:`combined`: the split protocol's and every cross-validation fold's model with that
data's GermEval-only model).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from newsprobe.entities.merge import merge
from newsprobe.entities.prune import prune
from newsprobe.training import crf


def combined(model: Path, base: Path, alpha: float) -> Path:
    """``model`` merged with ``alpha`` times the GermEval-only ``base``, written beside
    ``model`` once (with ``model``'s name list) and reused after."""
    out = model.with_name(f"{model.stem}-combined-{alpha:g}.crfsuite")
    if not out.is_file():
        tmp = out.with_suffix(".tmp")
        merge(model, base, alpha, tmp)
        shutil.copyfile(model.with_suffix(".names.tsv"), out.with_suffix(".names.tsv"))
        tmp.replace(out)
    return out


def card_alpha(card: dict[str, object]) -> float:
    """The GermEval-only expert's weight a model card records (0: a single model)."""
    record = card.get("combine")
    return float(record.get("alpha", 0.0)) if isinstance(record, dict) else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    from newsprobe.training import ner as train

    parser = argparse.ArgumentParser(
        prog="python -m newsprobe.training.ner_combine", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--data", type=Path, required=True, help="the GermEval folder")
    parser.add_argument("--mix-model", type=Path, required=True, help="the mix model (with card)")
    parser.add_argument("--alpha", type=float, default=0.1, help="the GermEval-only weight")
    parser.add_argument("--base", type=Path, help="a GermEval-only model trained before")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    card = json.loads(args.mix_model.with_suffix(".json").read_text("utf-8"))
    if card_alpha(card):
        parser.error(f"{args.mix_model} is combined already")
    started = time.perf_counter()
    mix_sha = hashlib.sha256(args.mix_model.read_bytes()).hexdigest()  # --out may replace it
    base = args.base
    if base is None:
        base = args.out.with_name(args.out.stem + "-germeval-only.crfsuite")
        sentences, _record = train.load(args.data)
        params = train.Params(**card["params"])
        print(f"training the GermEval-only expert ({len(sentences)} sentences)", file=sys.stderr)
        train.train_model(sentences, train.pos_tags(sentences, progress=True), base, params)
    tmp = args.out.with_suffix(".merged")
    merge(args.mix_model, base, args.alpha, tmp)
    if args.out.resolve() != args.mix_model.resolve():
        names = args.mix_model.with_suffix(".names.tsv")
        shutil.copyfile(names, args.out.with_suffix(".names.tsv"))
    pruned = prune(tmp, args.out)
    tmp.unlink()
    base_card_path = base.with_suffix(".json")
    base_card = json.loads(base_card_path.read_text("utf-8")) if base_card_path.is_file() else {}
    card["combine"] = {
        "alpha": args.alpha,
        "mix_model_sha256": mix_sha,
        "mix_pruned": card.get("pruned"),
        "base_sha256": hashlib.sha256(base.read_bytes()).hexdigest(),
        "base": "GermEval dev + test-part-a alone, the mix model's parameters and features",
        "base_card": {
            k: base_card[k]
            for k in ("pos_tagger", "kb", "params", "trained", "command", "train_seconds")
            if k in base_card
        },
        "seconds": round(time.perf_counter() - started),
        **crf.provenance(parser.prog, argv),
    }
    card["pruned"] = asdict(pruned)
    crf.write_card(args.out, card, digits=1)
    print(f"{args.out}: {pruned.attributes} attributes, {pruned.size_after:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
