"""The NER bench's reduced protocol: one fixed held-out split per corpus instead of 5-fold CV.

``newsprobe eval ner --data ../shared/data/germeval2014`` runs this by default when the data
is what the shipped model was trained on (``--format germeval-cv`` runs the full
cross-validation of :mod:`newsprobe.eval.ner`).  Two models are trained, the way the shipped
one was, with its card's parameters and mix, and cached under ``~/.cache/newsprobe/ner-split-*``
(keyed by the training data, the parameters, the feature and training code, the tagger and the
knowledge base, so a changed feature retrains them and nothing stale is scored):

* a GermEval-only model on ``NER-de-dev.tsv`` (it completes MISC in the extra corpora, as
  in training);
* the model scored: ``NER-de-dev.tsv`` plus the mix, less the held-out documents of the mix.

Held out, per corpus (none of it ever reaches training):

* **germeval**: all of ``NER-de-test-part-a.tsv`` (3,060 sentences; "news" = non-Wikipedia);
* **smartdata**: one SmartData document in :data:`HOLD_OUT` (by SHA-1 of its id), news
  sentences and all sources; scored on PER/ORG/LOC (SmartData annotates no MISC), gold
  adjective-only mentions dropped as in training (``corpora.drop_non_names``);
* **europeana**: one pseudo-document (20 sentences) in :data:`HOLD_OUT`, PER/ORG/LOC.

Each held-out set is cut in two by document (SHA-1 of its URL or id): ``tune`` is the half a
developer may look at while changing features or rules; ``unseen`` is never looked at, and
its figure is the one to report.  Both are reported.

How it relates to the full CV: the CV trains each fold on 4/5 of all 5,260 GermEval
sentences (+ the mix) and scores the 5th; this protocol trains on the 2,200 dev sentences
(+ the mix) and scores test-part-a, so its GermEval figures are lower (less GermEval training
data: the learning curve gives about +0.03 news F1 per doubling) but come from one model
pair, about 5 minutes of CPU on one core instead of ten models.  Compare protocol with
protocol, never a split figure with a CV one.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsprobe.entities import germeval
from newsprobe.entities.corpora import Mix, drop_non_names
from newsprobe.entities.germeval import GoldSentence
from newsprobe.eval.base import EvalError, Metric
from newsprobe.training.ner_scoring import Score, SpanSet

if TYPE_CHECKING:
    from newsprobe.entities.crf import CrfTagger
    from newsprobe.training.ner import Params

#: One in HOLD_OUT documents of each extra corpus is held out of training.
HOLD_OUT = 8
DEV_FILE = "NER-de-dev.tsv"
TEST_FILE = "NER-de-test-part-a.tsv"
HALVES = ("tune", "unseen")


def bucket(key: str, n: int) -> int:
    """A document's bucket of ``n``: stable, independent of reading order."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % n


def half(key: str) -> str:
    """``tune`` or ``unseen`` for the held-out document ``key`` (another hash than
    :func:`bucket`'s, so the halves do not follow the hold-out choice)."""
    return HALVES[bucket("half|" + key, 2)]


def _doc(s: GoldSentence) -> str:
    return s.url or "|".join(s.words)


def _corpus(s: GoldSentence) -> str:
    if not s.domain:
        return "germeval"
    return "smartdata" if s.domain.startswith("sd-") else "europeana"


@dataclass
class Split:
    """Training and held-out sentences (with their STTS tags) of the reduced protocol."""

    dev: list[GoldSentence]
    dev_tags: list[list[str]]
    extra: list[GoldSentence]
    extra_tags: list[list[str]]
    held: list[GoldSentence]
    held_tags: list[list[str]]
    mix: Mix
    record: list[str] = field(default_factory=list)


def load_mix(mix: Mix, folder: Path, why: str) -> list[GoldSentence]:
    """The sentences of the extra corpora ``mix`` names, read from ``folder``; a missing or
    broken corpus is an :class:`EvalError` saying why the protocol needs it."""
    if not mix:
        return []
    try:
        extra, _ = mix.load(folder)
    except germeval.GermEvalError as exc:
        raise EvalError(
            f"{exc}; the shipped model was trained with {mix.spec}, and {why}"
        ) from None
    return extra


def make_split(data: Path, mix: Mix, pos_tags: Callable[..., list[list[str]]]) -> Split:
    """Read GermEval's two files at ``data`` and the mix beside it; hold out test-part-a and
    one in :data:`HOLD_OUT` documents of each extra corpus."""
    folder = data.parent if data.suffix.lower() == ".tsv" else data
    dev_path, test_path = folder / DEV_FILE, folder / TEST_FILE
    if not dev_path.is_file() or not test_path.is_file():
        raise EvalError(f"the split protocol needs {DEV_FILE} and {TEST_FILE} in {folder}")
    dev, test = germeval.read(dev_path), germeval.read(test_path)
    extra = load_mix(mix, folder, "the split protocol trains its model on those corpora too")
    train_extra = [s for s in extra if bucket(_doc(s), HOLD_OUT)]
    held_extra = [s for s in extra if not bucket(_doc(s), HOLD_OUT)]
    dev_tags, test_tags = pos_tags(dev), pos_tags(test)
    extra_tags = pos_tags(train_extra) if train_extra else []
    held_extra_tags = pos_tags(held_extra) if held_extra else []
    held_extra = [drop_non_names(s, t) for s, t in zip(held_extra, held_extra_tags, strict=True)]
    return Split(
        dev,
        dev_tags,
        train_extra,
        extra_tags,
        [*test, *held_extra],
        [*test_tags, *held_extra_tags],
        mix,
        [
            f"train: {DEV_FILE} ({len(dev):,} sentences) + {len(train_extra):,} of "
            f"{len(extra):,} mix sentences ({mix.spec or 'no mix'})",
            f"held out: {TEST_FILE} ({len(test):,}) + {len(held_extra):,} mix sentences "
            f"(1 in {HOLD_OUT} documents)",
        ],
    )


def split_models(split: Split, params: Params, *, progress: bool = True) -> Path:
    """The model the protocol scores, trained (or read from the cache) like the shipped one:
    MISC in the mix completed by a dev-only model."""
    from newsprobe.cache import cache_dir
    from newsprobe.training import ner as train

    key = train.fold_cache_key(split.dev, 0, params, split.extra, "split|" + split.mix.spec)
    folder = cache_dir() / f"ner-split-{key}"
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / "model.crfsuite"
    if model.is_file():
        return model
    base = folder / "base.crfsuite"
    if split.extra and split.mix.fill_misc and not base.is_file():
        if progress:
            print(f"  training the dev-only model ({len(split.dev):,} sentences)", file=sys.stderr)
        tmp = base.with_suffix(".tmp")
        train.train_model(split.dev, split.dev_tags, tmp, params)
        tmp.with_suffix(".names.tsv").replace(base.with_suffix(".names.tsv"))
        tmp.replace(base)
    if progress:
        print(
            f"  training the split model ({len(split.dev):,} + {len(split.extra):,} sentences)",
            file=sys.stderr,
        )
    added = (
        train.prepare_extra(split.extra, split.extra_tags, base if split.mix.fill_misc else None)
        if split.extra
        else []
    )
    tmp = model.with_suffix(".tmp")
    train.train_model(
        [*split.dev, *added],
        [*split.dev_tags, *split.extra_tags],
        tmp,
        params,
    )
    tmp.with_suffix(".names.tsv").replace(model.with_suffix(".names.tsv"))
    tmp.replace(model)
    return model


#: Score groups: (corpus, subset) → the sentences' filter.
def groups(s: GoldSentence) -> list[str]:
    """The score groups a held-out sentence counts in."""
    corpus = _corpus(s)
    out = [corpus]
    if corpus == "germeval" and s.news:
        out.append("germeval news")
    if corpus == "smartdata" and s.domain == "sd-news":
        out.append("smartdata news")
    h = half(_doc(s))
    return [*out, *(f"{g} {h}" for g in out)]


def _no_misc(spans: SpanSet) -> SpanSet:
    return {sp for sp in spans if sp[2] != "MISC"}


Predict = Callable[[GoldSentence, Sequence[str]], dict[str, SpanSet]]


def score_split(split: Split, predict: Predict) -> dict[str, dict[str, Score]]:
    """Scores by system and group (:func:`groups`)."""
    out: dict[str, dict[str, Score]] = {}
    for s, tags in zip(split.held, split.held_tags, strict=True):
        gold = germeval.spans(s.tags)
        found = predict(s, tags)
        if s.domain:  # the extra corpora annotate no MISC
            gold, found = _no_misc(gold), {k: _no_misc(v) for k, v in found.items()}
        for system, spans in found.items():
            for g in groups(s):
                out.setdefault(system, {}).setdefault(g, Score()).add(gold, spans)
    return out


def score_tagger(split: Split, tagger: CrfTagger) -> dict[str, dict[str, Score]]:
    """:func:`score_split` of two systems on ``tagger``: ``newsprobe`` (the recogniser the
    entities component runs: CRF + gazetteer + patterns) and ``crf`` (the tagger alone)."""
    from newsprobe.entities.recognise import recognise

    def predict(s: GoldSentence, tags: Sequence[str]) -> dict[str, SpanSet]:
        tagged = tagger.tag(s.words, tags)
        found = recognise(s.words, tags, tagger, tagged)
        return {
            "newsprobe": {(f.start, f.end, f.type) for f in found},
            "crf": {(t.start, t.end, t.type) for t in tagged},
        }

    return score_split(split, predict)


def run_split(
    data: Path, params: Params, mix_spec: str, combine: float = 0.0
) -> tuple[list[Metric], list[str]]:
    """Metrics and notes of the reduced protocol on the GermEval folder ``data``; with
    ``combine``, the model scored is the split model plus ``combine`` times the dev-only
    model, as the shipped one is (``training/ner_combine.py``)."""
    from newsprobe.entities.crf import CrfTagger
    from newsprobe.training import ner as train
    from newsprobe.training.ner_combine import combined

    cpu = time.process_time()
    split = make_split(data, Mix(mix_spec), train.pos_tags)
    model = split_models(split, params)
    base = model.with_name("base.crfsuite")
    if combine and not base.is_file():
        raise EvalError(f"{base} missing: the combined model needs the dev-only model")
    scores = score_tagger(split, CrfTagger(combined(model, base, combine) if combine else model))
    metrics: list[Metric] = []
    for system, by_group in scores.items():
        for group in sorted(by_group):
            score = by_group[group]
            micro = score.micro
            for name, value in (("F1", micro.f1), ("P", micro.precision), ("R", micro.recall)):
                metrics.append(
                    Metric(
                        system=system, name=f"{group} micro-{name}", value=value, n=micro.support
                    )
                )
            if " " not in group or group.endswith("news"):
                for kind, counts in score.per_type.items():
                    if counts.support or counts.fp:
                        metrics.append(
                            Metric(
                                system=system,
                                name=f"{group} {kind} F1",
                                value=counts.f1,
                                n=counts.support,
                            )
                        )
    for system in scores:  # the summary rows: GermEval test-part-a, as the CV reports them
        for alias, group in (("news micro-F1", "germeval news"), ("micro-F1", "germeval")):
            found = next(
                (m for m in metrics if m.system == system and m.name == f"{group} micro-F1"), None
            )
            if found is not None:
                metrics.append(found.model_copy(update={"name": alias}))
    notes = [
        "reduced protocol (eval/ner_split.py): one held-out split per corpus, not CV",
        *split.record,
        *(
            [f"scored: the split model + {combine:g} x the dev-only model, one file"]
            if combine
            else []
        ),
        "'tune'/'unseen': halves of each held-out set by document; rules and features may be "
        "tuned on 'tune' only, 'unseen' is the figure to report",
        "smartdata and europeana: PER/ORG/LOC only (they annotate no MISC)",
        f"{time.process_time() - cpu:.0f} s CPU in this process (training included when the "
        "cache was cold)",
    ]
    return metrics, notes
