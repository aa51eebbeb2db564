"""Train the headline check's learned verdict model (:mod:`newsprobe.claims.headline_model`).

    python -m newsprobe.training.headlines cv        # article-grouped CV over the training splits
    python -m newsprobe.training.headlines train     # writes claims/model/headline_verdict.json

Training data: the project's own headline gold splits ``dev``, ``test``, ``test2`` and
``test3`` (bodies and headlines written for newsprobe, MIT).  Articles that only *reference* a
text under ``../shared`` (test3's Wikinews and fundus articles: NC or publishers' copyright)
are never read here, and ``test4`` is never read: it stays the unseen split.

Each headline is analysed once by the full pipeline; the headline check then runs again with
the model off and a recorder that keeps each judged clause's features
(:func:`~newsprobe.claims.headline_model.clause_features`).  A clause learns its headline's
gold label where the headline has one clause or is supported (every clause of a supported
headline is supported); the clauses of a coordinated headline that is not are left out.
scikit-learn's ``LogisticRegression`` (multinomial, standardised features) learns the three
verdicts; the weights go to JSON and are read with the standard library at run time.

``cv`` scores exactly what ships: per fold of articles it trains a model, runs the real
headline check with it on the held-out articles, and compares with the rules alone.
Nothing in the product imports this module.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsprobe.claims.checked import Clause
from newsprobe.claims.headline import HeadlineCheckComponent
from newsprobe.claims.headline_model import CLASSES, FEATURES, MODEL_FILE, VerdictModel
from newsprobe.eval.claims import gold_dir
from newsprobe.eval.headlines import HeadlineItem, metrics_of, predicted_label, read_headlines
from newsprobe.eval.labels import Tally
from newsprobe.model import Analysis, FindingVerdict
from newsprobe.options import Options

TRAIN_SPLITS = ("dev", "test", "test2", "test3")


@dataclass(frozen=True)
class Settings:
    """How the model is trained (the shipped values were chosen by the CV; model card)."""

    #: Regularisation (inverse strength) and class weighting.
    c: float = 0.3
    balanced: bool = False
    #: The least probability at which the model overrules the rules.
    threshold: float = 0.0
    #: The rules' verdicts the model may overrule, and learns from.
    acts_on: tuple[str, ...] = (FindingVerdict.UNSUPPORTED.value,)


SHIPPED = Settings()
FOLDS = 5
SEED = 13
MODEL_DIR = Path(__file__).resolve().parents[1] / "claims" / "model"
_REF = re.compile(r"^=== (\S+) \S+ @", re.M)


@dataclass
class Sample:
    split: str
    item: HeadlineItem
    analysis: Analysis
    clauses: list[tuple[str, dict[str, float]]] = field(default_factory=list)  # rule, features

    @property
    def article(self) -> str:
        return f"{self.split}:{self.item.id.rsplit('.', 1)[0]}"

    def rows(self, acts_on: Sequence[str] = CLASSES) -> list[tuple[dict[str, float], str]]:
        """(features, label) of the clauses that learn from this headline (those the rules
        gave a verdict in ``acts_on``)."""
        gold = self.item.label
        if gold == FindingVerdict.NOT_A_CLAIM.value or not self.clauses:
            return []
        if gold != FindingVerdict.SUPPORTED.value and len(self.clauses) > 1:
            return []  # which clause fails is not known
        return [(values, gold) for rule, values in self.clauses if rule in acts_on]


def load(splits: Sequence[str] = TRAIN_SPLITS) -> list[Sample]:
    """The own-written items of ``splits``, analysed, with their clauses' features."""
    from newsprobe.api import analyze_text

    recorder = HeadlineCheckComponent(model=None)
    samples: list[Sample] = []
    for split in splits:
        if split == "test4":
            raise ValueError("test4 is the unseen split: it never trains the headline model")
        path = gold_dir() / f"headlines_{split}.txt"
        referenced = set(_REF.findall(path.read_text("utf-8")))
        for item in read_headlines(path):
            if item.id.rsplit(".", 1)[0] in referenced:
                continue  # a text under ../shared: never trains a shipped model
            sample = Sample(split, item, analyze_text(item.text, lang=item.language))

            def keep(clause: Clause, values: dict[str, float], sample: Sample = sample) -> None:
                sample.clauses.append((clause.verdict.value, values))

            recorder.record = keep
            recorder(sample.analysis, Options())
            samples.append(sample)
    return samples


def fit(samples: Sequence[Sample], settings: Settings = SHIPPED) -> VerdictModel:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rows = [row for s in samples for row in s.rows(settings.acts_on)]
    x = np.array([[values.get(name, 0.0) for name in FEATURES] for values, _ in rows])
    y = np.array([label for _, label in rows])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(
        C=settings.c,
        max_iter=2000,
        class_weight="balanced" if settings.balanced else None,
        random_state=SEED,
    )
    clf.fit((x - mean) / scale, y)
    order = [list(clf.classes_).index(k) for k in CLASSES]
    return VerdictModel(
        features=FEATURES,
        classes=CLASSES,
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        coef=tuple(tuple(float(v) for v in clf.coef_[i]) for i in order),
        intercept=tuple(float(clf.intercept_[i]) for i in order),
        threshold=settings.threshold,
        acts_on=settings.acts_on,
    )


def predict(samples: Sequence[Sample], model: VerdictModel | None) -> list[str]:
    """The headline check's label of each sample with ``model`` (None: the rules alone)."""
    check = HeadlineCheckComponent(model=model if model is not None else None)
    labels = []
    for sample in samples:
        check(sample.analysis, Options())
        labels.append(predicted_label(sample.analysis))
    return labels


def folds(samples: Sequence[Sample], k: int = FOLDS) -> list[set[str]]:
    articles = sorted({s.article for s in samples})
    random.Random(SEED).shuffle(articles)
    return [set(articles[i::k]) for i in range(k)]


def figures(samples: Sequence[Sample], labels: Sequence[str], system: str) -> dict[str, float]:
    tally = Tally(tuple(v.value for v in FindingVerdict))
    for sample, label in zip(samples, labels, strict=True):
        tally.add(sample.item.id, sample.item.language, sample.item.label, label, "")
    return {m.name: round(m.value, 3) for m in metrics_of(system, tally)}


def cross_validate(
    samples: Sequence[Sample], settings: Settings = SHIPPED
) -> dict[str, dict[str, float]]:
    """Rules alone vs rules + model, on held-out articles, overall and per split."""
    predicted: dict[int, str] = {}
    for held in folds(samples):
        train = [s for s in samples if s.article not in held]
        test = [i for i, s in enumerate(samples) if s.article in held]
        model = fit(train, settings)
        for i, label in zip(test, predict([samples[i] for i in test], model), strict=True):
            predicted[i] = label
    rules = predict(samples, None)
    learned = [predicted[i] for i in range(len(samples))]
    out = {"rules": figures(samples, rules, "rules"), "model": figures(samples, learned, "m")}
    for split in sorted({s.split for s in samples}):
        idx = [i for i, s in enumerate(samples) if s.split == split]
        part = [samples[i] for i in idx]
        out[f"rules {split}"] = figures(part, [rules[i] for i in idx], "rules")
        out[f"model {split}"] = figures(part, [learned[i] for i in idx], "m")
    return out


def export(model: VerdictModel, samples: Sequence[Sample], cv: dict[str, object]) -> Path:
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    path = MODEL_DIR / MODEL_FILE
    data = {
        "kind": "multinomial logistic regression (newsprobe.claims.headline_model)",
        "trained_with": "python -m newsprobe.training.headlines train",
        "data": "newsprobe headline gold splits "
        + ", ".join(TRAIN_SPLITS)
        + " (texts written for newsprobe, MIT); referenced ../shared articles and test4 excluded",
        "licence": "MIT",
        "settings": {**asdict(SHIPPED), "seed": SEED},
        "headlines": len(samples),
        "clauses": sum(len(s.rows(SHIPPED.acts_on)) for s in samples),
        "cv": cv,
        "features": list(model.features),
        "classes": list(model.classes),
        "mean": [round(v, 6) for v in model.mean],
        "scale": [round(v, 6) for v in model.scale],
        "coef": [[round(v, 6) for v in row] for row in model.coef],
        "intercept": [round(v, 6) for v in model.intercept],
        "threshold": model.threshold,
        "acts_on": list(model.acts_on),
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsprobe.training.headlines")
    parser.add_argument("command", choices=("cv", "train", "grid"))
    args = parser.parse_args(argv)
    samples = load()
    print(f"{len(samples)} headlines, {sum(len(s.rows(SHIPPED.acts_on)) for s in samples)} clauses")
    if args.command == "grid":
        policies = [CLASSES, SHIPPED.acts_on, ("unsupported", "supported")]
        for c in (0.1, 0.3, 1.0):
            for acts_on in policies:
                settings = Settings(c=c, acts_on=tuple(acts_on))
                cv = cross_validate(samples, settings)
                print(settings)
                for name in ("rules", "model", "rules test3", "model test3"):
                    print(f"  {name:12s}", cv[name])
        return 0
    cv = cross_validate(samples)
    for name, values in cv.items():
        print(f"{name:14s} " + "  ".join(f"{k}={v}" for k, v in values.items()))
    if args.command == "train":
        path = export(fit(samples), samples, {k: v for k, v in cv.items()})
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
