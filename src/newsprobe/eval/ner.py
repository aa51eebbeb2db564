"""Task ``ner``: named-entity recognition on GermEval 2014, and the entity component's speed.

Format ``germeval`` (a GermEval 2014 ``.tsv`` file or a folder of them): strict span match on
the outer column, classes PER, ORG, LOC, OTH (= newsprobe's MISC); labels ending in ``deriv`` or
``part`` are O on both sides.  P/R/F1 per class and micro, over all sentences and over news
sentences (those whose ``#`` line URL is not Wikipedia).  Two systems: ``newsprobe`` (the
recogniser the entity component runs: CRF + gazetteer + patterns) and ``crf`` (the tagger alone).

When the data is what the shipped model was trained on (the files' SHA-256 are in the model
card), the shipped model is never scored on it.  Format ``germeval`` on the GermEval folder then
runs the reduced protocol of :mod:`newsprobe.eval.ner_split` (one held-out split per corpus,
two models, about 5 CPU minutes); ``germeval-cv`` runs the full K-fold cross-validation: a
model per fold is trained on the other folds plus the mix (ten models, cached under
``~/.cache/newsprobe``).  Other GermEval-format data is scored with the shipped model as
held-out data.

Format ``10kgnad`` (a 10kGNAD-style CSV): tokens per second of the entity component alone, on
articles analysed up to ``pos`` beforehand (median of timed runs after a warm-up).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from newsprobe.entities import germeval
from newsprobe.entities.corpora import Mix
from newsprobe.entities.germeval import GoldSentence
from newsprobe.eval.base import EvalError, Metric, TaskResult, median, require_path
from newsprobe.training.ner_scoring import Score

FORMATS = ("germeval", "germeval-cv", "10kgnad")
CV_FOLDS = 5
SPEED_LIMIT = 200
SPEED_REPEATS = 3


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    if data is None:
        raise EvalError("task 'ner' needs a dataset: pass --data PATH")
    require_path(data)
    if fmt is None:
        fmt = "10kgnad" if data.is_file() and data.suffix.lower() == ".csv" else "germeval"
    if fmt == "10kgnad":
        return run_speed(data, limit)
    return run_germeval(data, limit, full_cv=fmt == "germeval-cv")


# -- accuracy ---------------------------------------------------------------------------------
def _load(data: Path, limit: int | None) -> tuple[list[GoldSentence], list[str]]:
    paths = germeval.files_in(data)
    if not paths:
        raise EvalError(f"empty dataset: no GermEval .tsv files at {data}")
    sentences: list[GoldSentence] = []
    try:
        for path in paths:
            sentences.extend(germeval.read(path))
    except (germeval.GermEvalError, UnicodeDecodeError) as exc:
        raise EvalError(f"not GermEval 2014 format: {exc}") from None
    if not sentences:
        raise EvalError(f"empty dataset: no sentences in {data}")
    return sentences[:limit] if limit else sentences, [germeval.sha256(p) for p in paths]


def _training_hashes() -> set[str]:
    from newsprobe.entities.crf import default_tagger

    return {str(d["sha256"]) for d in default_tagger().card.get("data", [])}


def _training_mix() -> str:
    """The extra corpora the shipped model was trained with (its card's ``mix``)."""
    from newsprobe.entities.crf import default_tagger

    return str(default_tagger().card.get("mix", ""))


def run_germeval(
    data: Path, limit: int | None, *, folds: int = CV_FOLDS, full_cv: bool = False
) -> TaskResult:
    from newsprobe.entities.crf import CrfTagger, default_tagger
    from newsprobe.entities.recognise import recognise
    from newsprobe.training import ner as train
    from newsprobe.training.ner_combine import card_alpha, combined

    started = time.perf_counter()
    sentences, hashes = _load(data, limit)
    tags = train.pos_tags(sentences)
    seen = _training_hashes()
    cross = bool(seen) and any(h in seen for h in hashes)
    if cross and not full_cv and not limit and _has_split_files(data):
        return _run_split(data, started, len(sentences))
    scores = {name: (Score(), Score()) for name in ("newsprobe", "crf")}

    def score(tagger: CrfTagger, indices: Sequence[int]) -> None:
        for i in indices:
            s = sentences[i]
            gold = germeval.spans(s.tags)
            found = recognise(s.words, tags[i], tagger)
            predicted = {
                "newsprobe": {(f.start, f.end, f.type) for f in found},
                "crf": {(t.start, t.end, t.type) for t in tagger.tag(s.words, tags[i])},
            }
            for name, spans in predicted.items():
                scores[name][0].add(gold, spans)
                if s.news:
                    scores[name][1].add(gold, spans)

    mix_note = ""
    if cross:
        card = default_tagger().card
        params = train.Params(**card.get("params", {}))
        extra, extra_tags, mix = _extra_corpora(data, _training_mix())
        found = train.fold_models(
            sentences,
            tags,
            folds,
            params,
            progress=True,
            extra=extra,
            extra_tags=extra_tags,
            mix=mix,
        )
        alpha = card_alpha(card)
        if alpha and extra:  # each fold's model + alpha x that fold's GermEval-only model
            bases = train.fold_models(sentences, tags, folds, params, progress=True)
            found = [
                (combined(model, base, alpha), test)
                for (model, test), (base, _) in zip(found, bases, strict=True)
            ]
        for model, test in found:
            score(CrfTagger(model), test)
        how = (
            f"{folds}-fold cross-validation (folds keep a document's sentences together): "
            "this data trained the shipped model, so each fold is scored by a model "
            "trained on the other folds"
        )
        if extra:
            mix_note = (
                (f"each fold's model + {alpha:g} x its GermEval-only model; " if alpha else "")
                + f"every training fold also holds the {len(extra):,} sentences of the extra "
                f"corpora the shipped model was trained with ({mix.spec}); test folds are "
                "GermEval only"
            )
    else:
        score(default_tagger(), range(len(sentences)))
        how = "held out: the shipped model was not trained on this data"
    metrics: list[Metric] = []
    n_news = sum(1 for s in sentences if s.news)
    for system, (overall, news) in scores.items():
        metrics += _metrics(system, "", overall) + _metrics(system, "news ", news)
    return TaskResult.timed(
        started,
        "ner",
        data,
        "germeval",
        len(sentences),
        metrics,
        notes=[
            how,
            f"{len(sentences):,} sentences, {n_news:,} from news (non-Wikipedia URLs); strict "
            "span match on the outer column; *deriv/*part labels count as O; OTH = MISC",
            "newsprobe = CRF + knowledge-base gazetteer + patterns (what the entities "
            "component runs); crf = the tagger alone",
            "data: GermEval 2014 (NoSta-D), CC BY 4.0",
            *([mix_note] if mix_note else []),
        ],
    )


def _has_split_files(data: Path) -> bool:
    from newsprobe.eval.ner_split import DEV_FILE, TEST_FILE

    return data.is_dir() and (data / DEV_FILE).is_file() and (data / TEST_FILE).is_file()


def _run_split(data: Path, started: float, n: int) -> TaskResult:
    """The reduced protocol (:mod:`newsprobe.eval.ner_split`) with the shipped model's
    parameters and mix."""
    from newsprobe.entities.crf import default_tagger
    from newsprobe.eval.ner_split import run_split
    from newsprobe.training import ner as train
    from newsprobe.training.ner_combine import card_alpha

    card = default_tagger().card
    params = train.Params(**card.get("params", {}))
    metrics, notes = run_split(data, params, _training_mix(), card_alpha(card))
    return TaskResult.timed(
        started,
        "ner",
        data,
        "germeval",
        n,
        metrics,
        notes=[
            *notes,
            # (training.ner keeps the KB signature private: editing that module changes the
            # fold models' cache key, so it is read as it is)
            model_currency(card, train.tagger_signature(), train._kb_signature()),
            "newsprobe = CRF + knowledge-base gazetteer + patterns (what the entities "
            "component runs); crf = the tagger alone; strict span match, outer column, "
            "*deriv/*part = O, OTH = MISC",
            "full 5-fold cross-validation instead: --format germeval-cv (ten models)",
            "data: GermEval 2014 (NoSta-D), CC BY 4.0; SmartData v1, CC BY 4.0; Europeana "
            "Newspapers NER, CC0",
        ],
    )


def model_currency(card: dict[str, object], tagger: str, kb: str) -> str:
    """A note on whether the shipped model was trained on today's features: its card's
    ``pos_tagger`` and ``kb`` signatures against the current ones.  A tagger or knowledge-base
    edit changes the features at run time, and the model then needs retraining
    (docs/ner-training.md).  The tagger's digest is of its parsed code (comments and docstrings
    do not count) and data, the knowledge base's of its files' bytes, so a comment in a list
    changes it: this is a note to read, not a failure."""
    stale = [
        f"{name} {card.get(key)} (now {now})"
        for name, key, now in (("tagger", "pos_tagger", tagger), ("knowledge base", "kb", kb))
        if card.get(key) != now
    ]
    if not stale:
        return "shipped model: trained on the current tagger and knowledge base"
    return (
        "STALE shipped model? trained with " + "; ".join(stale) + ": those files changed "
        "since; if tagging or knowledge-base entries changed (not only comments), its run-time "
        "features differ from its training features: retrain it (docs/ner-training.md)"
    )


def _extra_corpora(data: Path, spec: str) -> tuple[list[GoldSentence], list[list[str]], Mix]:
    """The extra training corpora the shipped model's card names, read from beside the
    GermEval folder (cross-validation must train the fold models on what the shipped model
    was trained on)."""
    from newsprobe.eval.ner_split import load_mix
    from newsprobe.training import ner as train

    mix = Mix(spec)
    if not mix:
        return [], [], mix
    extra = load_mix(mix, data, "cross-validation needs those corpora to train its fold models")
    return extra, train.pos_tags(extra), mix


def _metrics(system: str, prefix: str, score: Score) -> list[Metric]:
    out = []
    micro = score.micro
    out.append(Metric(system=system, name=f"{prefix}micro-F1", value=micro.f1, n=micro.support))
    out.append(
        Metric(system=system, name=f"{prefix}micro-P", value=micro.precision, n=micro.support)
    )
    out.append(Metric(system=system, name=f"{prefix}micro-R", value=micro.recall, n=micro.support))
    for kind, counts in score.per_type.items():
        for name, value in (("F1", counts.f1), ("P", counts.precision), ("R", counts.recall)):
            out.append(
                Metric(system=system, name=f"{prefix}{kind} {name}", value=value, n=counts.support)
            )
    return out


# -- speed ------------------------------------------------------------------------------------
def run_speed(data: Path, limit: int | None, *, repeats: int = SPEED_REPEATS) -> TaskResult:
    from newsprobe.api import analyze_bytes
    from newsprobe.eval.speed import read_10kgnad
    from newsprobe.pipeline import Options, get_component

    started = time.perf_counter()
    articles = read_10kgnad(data, limit or SPEED_LIMIT)
    prepared = []
    failures = []
    for article in articles:
        try:
            prepared.append(analyze_bytes(article.data, name=article.name, only=["pos"]))
        except Exception as exc:  # one bad article must not end the run
            failures.append(f"{article.name}: {type(exc).__name__}: {exc}")
    if not prepared:
        raise EvalError("no article could be analysed; see the failures")
    component = get_component("entities")
    options = Options()
    tokens = sum(len(a.tokens) for a in prepared)
    runs: list[float] = []
    cpu_runs: list[float] = []
    per_article: list[list[float]] = [[] for _ in prepared]
    for run_no in range(repeats + 1):  # run 0 warms up (model load)
        total = 0.0
        cpu = time.process_time()
        for i, analysis in enumerate(prepared):
            t0 = time.perf_counter()
            component(analysis, options)
            seconds = time.perf_counter() - t0
            if run_no:
                total += seconds
                per_article[i].append(seconds)
        if run_no:
            runs.append(total)
            cpu_runs.append(time.process_time() - cpu)
    run_median = median(runs)
    mentions = sum(len(a.mentions) for a in prepared)
    n = len(prepared)
    return TaskResult(
        task="ner",
        dataset=str(data),
        format="10kgnad",
        n_items=n,
        metrics=[
            Metric(
                system="newsprobe",
                name="entities tokens/s",
                unit="/s",
                n=tokens,
                value=tokens / run_median if run_median else 0.0,
            ),
            Metric(
                system="newsprobe",
                name="entities ms/article (median)",
                unit="ms",
                n=n,
                value=1000 * median([median(r) for r in per_article]),
            ),
            Metric(
                system="newsprobe",
                name="entities CPU ms/article",
                unit="ms",
                n=n,
                value=1000 * median(cpu_runs) / n,
            ),
            Metric(
                system="newsprobe",
                name="mentions/article",
                unit="mentions",
                n=n,
                value=mentions / n,
            ),
        ],
        seconds=time.perf_counter() - started,
        failures=failures,
        notes=[
            f"{n} articles, {tokens:,} tokens; the entities component alone on articles "
            f"analysed up to 'pos'; median of {repeats} timed runs after a warm-up; CPU "
            "ms/article: process CPU time of a run's median / articles (a shared machine's "
            "load does not inflate it)"
        ],
    )
