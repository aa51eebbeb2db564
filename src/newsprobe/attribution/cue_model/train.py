"""Train the German cue tagger on SpkAtt-2023 debates (train split) and write the model the
package ships.

    python -m newsprobe.attribution.cue_model.train \\
        --data ../shared/data/spkatt2023/train --cv 5 \\
        --out src/newsprobe/attribution/cue_model/model/cues-de.crfsuite

Data: SpkAtt-2023 task 1 (speaker attribution in German parliamentary debates; Rehbein,
Ruppenhofer et al., GermEval 2023 / KONVENS 2023), annotations CC BY-SA 4.0 — so the model
file is CC BY-SA 4.0 too (see ``model/MODEL_CARD.md``).  Only the ``train`` split is read;
settings are chosen by ``--cv`` (folds keep a speech together); the dev split is the
reported figure of ``newsprobe eval quotes``.

Labels per token: ``C`` (cue), ``B-S``/``I-S`` (source) with ``--sources``, else ``O``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from newsprobe.attribution.cue_model.data import CUE, TrainSentence, read
from newsprobe.attribution.cue_model.features import FEATURE_VERSION, sentence_features
from newsprobe.training import crf

LICENCE = (
    "SpkAtt-2023 task 1 (German parliamentary debates; GermEval 2023 shared task on speaker "
    "attribution, KONVENS 2023), annotations CC BY-SA 4.0, "
    "https://creativecommons.org/licenses/by-sa/4.0/"
)


@dataclass(frozen=True)
class Params(crf.CrfParams):
    """crfsuite L-BFGS settings (chosen by cross-validation on the train split)."""

    min_freq: int = 2
    sources: bool = False


def _targets(s: TrainSentence, sources: bool) -> list[str]:
    return s.labels if sources else [lab if lab == CUE else "O" for lab in s.labels]


def train_model(sentences: Sequence[TrainSentence], out: Path, params: Params) -> None:
    items = ((sentence_features(s.sent.toks), _targets(s, params.sources)) for s in sentences)
    crf.train_crf(items, out, params)


def folds(sentences: Sequence[TrainSentence], k: int) -> list[list[int]]:
    """``k`` folds of sentence indices; the sentences of one speech share a fold."""
    docs: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        docs.setdefault(s.doc, []).append(i)
    return crf.document_folds(docs.items(), k)


class Score:
    """Cue tokens (token P/R/F1) and cue spans (runs of cue tokens, matched by a shared
    token as the shared task scores them) at a set of marginal thresholds."""

    def __init__(self, thresholds: Sequence[float]) -> None:
        self.thresholds = list(thresholds)
        self.counts = {t: [0, 0, 0, 0, 0, 0] for t in self.thresholds}  # tok tp fp fn, span

    def add(self, gold: list[str], marginals: list[float]) -> None:
        g = {i for i, lab in enumerate(gold) if lab == CUE}
        gold_runs = _runs(g)
        for t in self.thresholds:
            p = {i for i, m in enumerate(marginals) if m >= t}
            c = self.counts[t]
            c[0] += len(g & p)
            c[1] += len(p - g)
            c[2] += len(g - p)
            pred_runs = _runs(p)
            c[3] += sum(1 for r in gold_runs if r & p)
            c[4] += sum(1 for r in pred_runs if not r & g)
            c[5] += sum(1 for r in gold_runs if not r & p)

    def table(self) -> dict[str, dict[str, float]]:
        out = {}
        for t, (tp, fp, fn, stp, sfp, sfn) in self.counts.items():
            row = {}
            for name, (a, b, c) in (("token", (tp, fp, fn)), ("span", (stp, sfp, sfn))):
                p = a / (a + b) if a + b else 0.0
                r = a / (a + c) if a + c else 0.0
                row[name + "_p"] = round(p, 4)
                row[name + "_r"] = round(r, 4)
                row[name + "_f1"] = round(2 * p * r / (p + r) if p + r else 0.0, 4)
            out[f"{t:.2f}"] = row
        return out


def _runs(positions: set[int]) -> list[set[int]]:
    runs: list[set[int]] = []
    for i in sorted(positions):
        if runs and i - 1 in runs[-1]:
            runs[-1].add(i)
        else:
            runs.append({i})
    return runs


def cross_validate(
    sentences: Sequence[TrainSentence], k: int, params: Params, thresholds: Sequence[float]
) -> Score:
    from newsprobe.attribution.cue_model.tagger import CueTagger

    score = Score(thresholds)
    with tempfile.TemporaryDirectory() as tmp:
        for n, test in enumerate(folds(sentences, k)):
            held = set(test)
            path = Path(tmp) / f"fold{n}.crfsuite"
            train_model([s for i, s in enumerate(sentences) if i not in held], path, params)
            tagger = CueTagger(path)
            for i in test:
                score.add(sentences[i].labels, tagger.marginals(sentences[i].sent.toks))
            print(f"  fold {n + 1}/{k} done", file=sys.stderr)
    return score


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsprobe.attribution.cue_model.train",
        description=(__doc__ or "").split("\n\n")[0],
    )
    crf.add_arguments(parser, Params(), "SpkAtt-2023 task-1 train folder (JSON files)")
    parser.add_argument(
        "--sources", action="store_true", help="also tag source spans (B-S/I-S labels)"
    )
    parser.add_argument("--limit", type=int, help="read only the first N files (testing)")
    args = parser.parse_args(argv)
    params = Params(args.c1, args.c2, args.iterations, args.min_freq, args.sources)
    if args.data.name in ("dev", "test", "eval"):
        parser.error("train on the train split only: dev is the reported figure")

    sentences = read(args.data, args.limit)
    n_docs = len({s.doc for s in sentences})
    print(f"{len(sentences)} sentences from {n_docs} speeches", file=sys.stderr)
    card: dict[str, object] = {
        "feature_version": FEATURE_VERSION,
        "params": asdict(params),
        "data": {"path": args.data.name, "documents": n_docs, "sentences": len(sentences)},
        "licence": "CC BY-SA 4.0 (trained on: " + LICENCE + ")",
        **crf.provenance(parser.prog, argv),
    }
    if args.cv:
        started = time.perf_counter()
        score = cross_validate(sentences, args.cv, params, (0.3, 0.4, 0.5, 0.6, 0.7, 0.8))
        table = score.table()
        print(f"{args.cv}-fold CV on train, tagger alone (cue tokens / cue spans):")
        for t, row in table.items():
            print(
                f"  p>={t}  token P {row['token_p']:.3f} R {row['token_r']:.3f} "
                f"F1 {row['token_f1']:.3f}   span P {row['span_p']:.3f} R {row['span_r']:.3f} "
                f"F1 {row['span_f1']:.3f}"
            )
        card["cv"] = {
            "k": args.cv,
            "by_threshold": table,
            "seconds": round(time.perf_counter() - started),
        }
    if args.out:
        train_model(sentences, args.out, params)
        crf.write_card(args.out, card)
    return 0


if __name__ == "__main__":
    sys.exit(main())
