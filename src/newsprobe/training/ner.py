"""Train the German CRF name tagger on GermEval 2014 and write the model the package ships.

    python -m newsprobe.training.ner --data ../shared/data/germeval2014 \\
        --out src/newsprobe/entities/model/ner-de.crfsuite

Data: GermEval 2014 NER (NoSta-D; Benikova, Biemann, Reznicek, LREC 2014), CC BY 4.0 — the
``NER-de-dev.tsv`` and ``NER-de-test-part-a.tsv`` files (5,260 sentences).  Outer column only;
``*deriv``/``*part`` labels are O, OTH is MISC.  STTS tags come from the ``pos`` component's
tagger (the same function as at run time) and are cached under ``~/.cache/newsprobe``.

``--mix SPEC`` adds licensed corpora found beside the GermEval folder to the training data
(:mod:`newsprobe.entities.corpora`: DFKI SmartData news/RSS/tweets, CC BY 4.0; Europeana
Newspapers, CC0), mapped to GermEval's labels, MISC completed by a GermEval-only model, each
corpus with its own domain copy of the features; the card records the mix, and cross-validation
adds those corpora to every training fold, never to a test fold.  The learning curve per
added corpus is in ``docs/ner-training.md``.

``--cv K`` also reports K-fold cross-validated scores of the tagger alone (folds group the
sentences of one source document); ``--heldout`` trains on the dev file only (plus the mix)
and scores the test-part-a file, which no setting was ever tuned on.  ``newsprobe eval ner``
scores the whole entity recogniser (tagger, gazetteers, patterns) the same way.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from newsprobe.cache import cache_dir, code_text
from newsprobe.entities import germeval
from newsprobe.entities.corpora import Mix
from newsprobe.entities.features import FEATURE_VERSION, NameList, sentence_features
from newsprobe.entities.germeval import GoldSentence
from newsprobe.entities.prune import prune
from newsprobe.training import crf
from newsprobe.training.ner_scoring import Score

LICENCE = (
    "GermEval 2014 NER data (NoSta-D; Benikova, Biemann, Reznicek 2014), CC BY 4.0, "
    "https://creativecommons.org/licenses/by/4.0/; gazetteer features: place names from "
    "GeoNames (geonames.org), CC BY 4.0; ISO 3166-2/4217/639 names via pycountry"
)

EXTRA_LICENCE = (
    "; DFKI SmartData Corpus v1 (Schiersch et al., LREC 2018), CC BY 4.0, "
    "https://github.com/DFKI-NLP/smartdata-corpus (its mention records carry a 'research use "
    "only' tag beside the repository's CC BY 4.0 licence); Europeana Newspapers NER corpora "
    "(Neudecker 2016; Europeana Newspapers Project, 2012-2015), CC0, "
    "https://github.com/EuropeanaNewspapers/ner-corpora"
)


@dataclass(frozen=True)
class Params(crf.CrfParams):
    """crfsuite L-BFGS settings (chosen by cross-validation on the dev file only)."""

    c2: float = 0.05
    iterations: int = 200
    #: Domain weighting: every GermEval sentence (the labelling convention scored, and the
    #: target domain's news) is given this many times to the trainer; the extra corpora once.
    germeval_weight: int = 1

    def key(self) -> str:
        weight = f",gw={self.germeval_weight}" if self.germeval_weight != 1 else ""
        return f"c1={self.c1},c2={self.c2},it={self.iterations},mf={self.min_freq}{weight}"


def load(data: Path) -> tuple[list[GoldSentence], list[dict[str, object]]]:
    """Sentences of every GermEval file at ``data`` and a record of the files read."""
    paths = germeval.files_in(data)
    if not paths:
        raise germeval.GermEvalError(f"no GermEval .tsv files at {data}")
    sentences: list[GoldSentence] = []
    record = []
    for path in paths:
        found = germeval.read(path)
        sentences.extend(found)
        record.append({"file": path.name, "sha256": germeval.sha256(path), "sentences": len(found)})
    return sentences, record


def _digest(sentences: Sequence[GoldSentence]) -> str:
    h = hashlib.sha1()
    for s in sentences:
        h.update(s.key.encode())
    return h.hexdigest()[:16]


def _kb_signature() -> str:
    """The gazetteer features read the knowledge base: a changed KB means other features."""
    kb_dir = Path(germeval.__file__).parent / "kb"
    h = hashlib.sha1()
    for path in sorted(kb_dir.glob("*.t*")):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _code_signature() -> str:
    """The feature and training code: a change means other fold models, whether or not
    FEATURE_VERSION was bumped (it is easily forgotten while trying features out, and stale
    fold models then score the edited features silently).  Comments and docstrings are not
    code (:func:`newsprobe.cache.code_text`)."""
    from newsprobe.entities import corpora, features

    h = hashlib.sha1()
    for path in (features.__file__, germeval.__file__, corpora.__file__, __file__):
        h.update(code_text(path))
    return h.hexdigest()[:12]


def tagger_signature() -> str:
    """Changes whenever the ``pos`` component's German tagging may change (its code, its data),
    so that cached tags never come from another tagger than the one run time uses.  An edit of
    its comments or docstrings alone keeps it (:func:`newsprobe.cache.code_text`)."""
    import newsprobe.language.pos as pos

    h = hashlib.sha1(code_text(pos.__file__))
    data = Path(pos.__file__).parent / "data"
    for path in sorted(data.glob("*")) if data.is_dir() else []:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def pos_tags(sentences: Sequence[GoldSentence], *, progress: bool = False) -> list[list[str]]:
    """STTS tags for every sentence exactly as the ``pos`` component tags at run time
    (:func:`newsprobe.language.pos.tag_german`), cached on disk per tagger version."""
    path = cache_dir() / f"germeval-pos-{_digest(sentences)}-{tagger_signature()}.json.gz"
    if path.is_file():
        cached = json.loads(gzip.decompress(path.read_bytes()))
        if len(cached) == len(sentences):
            return cached
    from newsprobe.language.pos import tag_german

    tags = []
    for i, sentence in enumerate(sentences):
        tags.append(tag_german(list(sentence.words)))
        if progress and i % 500 == 0:
            print(f"  tagging {i}/{len(sentences)}", file=sys.stderr)
    path.write_bytes(gzip.compress(json.dumps(tags).encode()))
    return tags


JACKKNIFE = 4


def train_model(
    sentences: Sequence[GoldSentence], tags: Sequence[Sequence[str]], out: Path, params: Params
) -> None:
    """Train on ``sentences``; writes ``out`` and the name list beside it (``.names.tsv``).

    The name-list features of each training sentence come from a list built from the other
    ``JACKKNIFE - 1`` parts of the training data (parts keep a document together), as they
    will at run time for unseen text.  Sentences from outside GermEval news (Wikipedia, the
    extra corpora) get a domain copy of their main features (:func:`domain_copies`)."""
    parts = (
        folds(sentences, JACKKNIFE)
        if len(sentences) >= 2 * JACKKNIFE
        else [list(range(len(sentences)))]
    )

    def items() -> Iterator[crf.Item]:
        for part in parts:
            held = set(part)
            others = [(s.words, s.tags) for i, s in enumerate(sentences) if i not in held]
            names = NameList.build(others) if len(parts) > 1 else NameList({})
            for i in part:
                feats = sentence_features(sentences[i].words, tags[i], names)
                prefix = domain_prefix(sentences[i])
                if prefix:
                    feats = [[*f, *domain_copies(f, prefix)] for f in feats]
                copies = 1 if sentences[i].domain else params.germeval_weight
                for _ in range(copies):
                    yield feats, sentences[i].tags

    crf.train_crf(items(), out, params)
    every = NameList.build([(s.words, s.tags) for s in sentences])
    out.with_suffix(".names.tsv").write_text(
        "# Words seen in names of the training data (GermEval 2014, CC BY 4.0; and the extra "
        "corpora named in the model card) and their types; written by "
        "newsprobe.training.ner\n" + every.to_text(),
        "utf-8",
    )


#: Domain copies by corpus: everything but GermEval's news sentences (the target domain).
DOMAIN_PREFIXES = {"wiki": "wk", "sd-news": "sd", "sd-rss": "rs", "sd-tweet": "tw", "eu": "eu"}


def domain_prefix(sentence: GoldSentence) -> str:
    if sentence.domain:
        return DOMAIN_PREFIXES.get(sentence.domain, sentence.domain)
    return "" if sentence.news else DOMAIN_PREFIXES["wiki"]


#: Features of Wikipedia sentences that get a Wikipedia-only copy (see :func:`_wiki_copies`).
_WIKI_COPIED = (
    "b",
    "w=",
    "sh=",
    "pos=",
    "g:",
    "tn",
    "T",
    "U",
    "-1:w=",
    "1:w=",
    "-1:pos=",
    "1:pos=",
    "BOS",
    "EOS",
)


def domain_copies(feats: list[str], prefix: str) -> list[str]:
    """Domain adaptation (Daumé 2007, "frustratingly easy"): a Wikipedia (or extra-corpus)
    sentence's main features get a second, domain-only copy, so that what is peculiar to that
    text is learnt there and the shared weights — the only ones news text fires at run time —
    fit news better (5-fold CV on news sentences: +0.6 points F1 for the tagger alone)."""
    return [f"{prefix}|{f}" for f in feats if f.startswith(_WIKI_COPIED)]


def _wiki_copies(feats: list[str]) -> list[str]:
    return domain_copies(feats, DOMAIN_PREFIXES["wiki"])


def folds(sentences: Sequence[GoldSentence], k: int) -> list[list[int]]:
    """``k`` folds of sentence indices; sentences of one document (URL) share a fold."""
    docs: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        docs.setdefault(s.url or f"#{i}", []).append(i)
    return crf.document_folds(((sentences[ix[0]].key, ix) for ix in docs.values()), k)


def fold_cache_key(
    sentences: Sequence[GoldSentence],
    k: int,
    params: Params,
    extra: Sequence[GoldSentence] = (),
    mix: str = "",
) -> str:
    """What the fold models depend on: data, folds, parameters, tagger, KB, feature code, and
    the extra corpora mixed into every training fold."""
    more = f"|{mix}|{_digest(extra)}" if extra else ""
    return hashlib.sha1(
        f"{_digest(sentences)}|{FEATURE_VERSION}|{params.key()}|{k}|{tagger_signature()}|"
        f"{_kb_signature()}|{_code_signature()}{more}".encode()
    ).hexdigest()[:16]


def prepare_extra(
    extra: Sequence[GoldSentence],
    extra_tags: Sequence[Sequence[str]],
    base: Path | None,
) -> list[GoldSentence]:
    """The extra corpora's sentences as GermEval would label them: non-name mentions dropped
    and, with a ``base`` model trained on GermEval alone, MISC completed
    (:mod:`newsprobe.entities.corpora`)."""
    from newsprobe.entities.corpora import drop_non_names, fill_misc

    out = [drop_non_names(s, t) for s, t in zip(extra, extra_tags, strict=True)]
    if base is None:
        return out
    from newsprobe.entities.crf import CrfTagger

    tagger = CrfTagger(base)
    tagger.unknown_threshold = 0.0  # the CRF's own MISC only, as the models were trained
    filled: list[GoldSentence] = []
    for start in range(0, len(out), 64):
        chunk = out[start : start + 64]
        found = tagger.tag_many([(s.words, extra_tags[start + j]) for j, s in enumerate(chunk)])
        filled += [
            fill_misc(s, {(t.start, t.end, t.type) for t in f})
            for s, f in zip(chunk, found, strict=True)
        ]
    return filled


def fold_models(
    sentences: Sequence[GoldSentence],
    tags: Sequence[Sequence[str]],
    k: int,
    params: Params,
    *,
    progress: bool = False,
    extra: Sequence[GoldSentence] = (),
    extra_tags: Sequence[Sequence[str]] = (),
    mix: Mix | None = None,
) -> list[tuple[Path, list[int]]]:
    """One model per fold, trained on the other folds (plus every ``extra`` sentence: the
    extra corpora only ever join training folds); cached by :func:`fold_cache_key`."""
    spec = mix.spec if mix else ""
    folder = cache_dir() / f"ner-cv-{fold_cache_key(sentences, k, params, extra, spec)}"
    folder.mkdir(parents=True, exist_ok=True)
    todo = [n for n in range(k) if not (folder / f"fold{n}.crfsuite").is_file()]
    bases: list[Path | None] = [None] * k
    if extra and todo and (mix is None or mix.fill_misc):
        bases = [p for p, _ in fold_models(sentences, tags, k, params, progress=progress)]
    result = []
    for n, test in enumerate(folds(sentences, k)):
        path = folder / f"fold{n}.crfsuite"
        if not path.is_file():
            held = set(test)
            train_ix = [i for i in range(len(sentences)) if i not in held]
            if progress:
                print(
                    f"  training fold {n + 1}/{k} on {len(train_ix)} sentences"
                    + (f" + {len(extra)} extra ({spec})" if extra else ""),
                    file=sys.stderr,
                )
            added = prepare_extra(extra, extra_tags, bases[n]) if extra else []
            tmp = path.with_suffix(".tmp")
            train_model(
                [*(sentences[i] for i in train_ix), *added],
                [*(tags[i] for i in train_ix), *extra_tags],
                tmp,
                params,
            )
            tmp.with_suffix(".names.tsv").replace(path.with_suffix(".names.tsv"))
            tmp.replace(path)
        result.append((path, test))
    return result


Predictor = Callable[[GoldSentence, Sequence[str]], set[tuple[int, int, str]]]


def crf_predictor(model: Path) -> Predictor:
    from newsprobe.entities.crf import CrfTagger

    tagger = CrfTagger(model)

    def predict(sentence: GoldSentence, pos: Sequence[str]) -> set[tuple[int, int, str]]:
        return {(t.start, t.end, t.type) for t in tagger.tag(sentence.words, pos)}

    return predict


def evaluate(
    sentences: Sequence[GoldSentence],
    tags: Sequence[Sequence[str]],
    indices: Sequence[int],
    predict: Predictor,
    overall: Score,
    news: Score,
) -> None:
    for i in indices:
        s = sentences[i]
        gold = germeval.spans(s.tags)
        pred = predict(s, tags[i])
        overall.add(gold, pred)
        if s.news:
            news.add(gold, pred)


def cross_validate(
    sentences: Sequence[GoldSentence],
    tags: Sequence[Sequence[str]],
    k: int,
    params: Params,
    make_predictor: Callable[[Path], Predictor] = crf_predictor,
    *,
    progress: bool = False,
    extra: Sequence[GoldSentence] = (),
    extra_tags: Sequence[Sequence[str]] = (),
    mix: Mix | None = None,
) -> tuple[Score, Score]:
    overall, news = Score(), Score()
    for model, test in fold_models(
        sentences, tags, k, params, progress=progress, extra=extra, extra_tags=extra_tags, mix=mix
    ):
        evaluate(sentences, tags, test, make_predictor(model), overall, news)
    return overall, news


def train_with_mix(
    sentences: Sequence[GoldSentence],
    tags: Sequence[Sequence[str]],
    out: Path,
    params: Params,
    extra: Sequence[GoldSentence] = (),
    extra_tags: Sequence[Sequence[str]] = (),
    mix: Mix | None = None,
    misc_base: Path | None = None,
) -> None:
    """:func:`train_model` on ``sentences`` plus the prepared ``extra`` sentences; MISC in
    the extra corpora is completed by a model trained on ``sentences`` alone first (or by
    ``misc_base``, such a model trained before)."""
    if not extra:
        train_model(sentences, tags, out, params)
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = None
        if (mix is None or mix.fill_misc) and misc_base is not None:
            base = misc_base
        elif mix is None or mix.fill_misc:
            base = Path(tmp) / "base.crfsuite"
            train_model(sentences, tags, base, params)
        added = prepare_extra(extra, extra_tags, base)
    train_model([*sentences, *added], [*tags, *extra_tags], out, params)


def _table(score: Score) -> dict[str, dict[str, float]]:
    return {k: {m: round(v, 4) for m, v in row.items()} for k, row in score.table().items()}


def _print(title: str, score: Score) -> None:
    print(title)
    for kind, row in score.table().items():
        print(
            f"  {kind:6} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}  n {row['n']:.0f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsprobe.training.ner", description=__doc__.split("\n\n")[0]
    )
    crf.add_arguments(parser, Params(), "GermEval folder or file")
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="train on *dev*, score *test-part-a* (never tuned on)",
    )
    parser.add_argument(
        "--mix",
        default="",
        help="extra corpora beside the GermEval folder, e.g. "
        "'smartdata=news+rss,europeana=lft+sbb' (see newsprobe.entities.corpora)",
    )
    parser.add_argument(
        "--misc-base",
        type=Path,
        help="a model trained on the same GermEval data alone (e.g. the previous shipped "
        "one) to complete MISC in the mix with, instead of training it first",
    )
    parser.add_argument(
        "--germeval-weight",
        type=int,
        default=Params.germeval_weight,
        help="give each GermEval sentence this many times to the trainer (domain weighting)",
    )
    args = parser.parse_args(argv)
    if args.germeval_weight < 1:
        parser.error("--germeval-weight must be 1 or more")
    params = Params(args.c1, args.c2, args.iterations, args.min_freq, args.germeval_weight)

    sentences, record = load(args.data)
    print(
        f"{len(sentences)} sentences from {', '.join(r['file'] for r in record)}", file=sys.stderr
    )
    tags = pos_tags(sentences, progress=True)
    mix = Mix(args.mix)
    extra, extra_record = mix.load(args.data) if mix else ([], [])
    extra_tags = pos_tags(extra, progress=True) if extra else []
    if extra:
        print(f"+ {len(extra)} extra sentences ({mix.spec})", file=sys.stderr)
    more = {"extra": extra, "extra_tags": extra_tags, "mix": mix}
    card: dict[str, object] = {
        "feature_version": FEATURE_VERSION,
        "pos_tagger": tagger_signature(),
        "kb": _kb_signature(),
        "params": asdict(params),
        "data": record,
        "mix": mix.spec,
        "extra_data": extra_record,
        "licence": LICENCE + (EXTRA_LICENCE if extra else ""),
        **crf.provenance(parser.prog, argv),
    }
    if args.cv:
        started = time.perf_counter()
        overall, news = cross_validate(sentences, tags, args.cv, params, progress=True, **more)
        _print(f"{args.cv}-fold CV, tagger alone, all sentences", overall)
        _print(f"{args.cv}-fold CV, tagger alone, news sentences", news)
        card["cv"] = {
            "k": args.cv,
            "all": _table(overall),
            "news": _table(news),
            "seconds": round(time.perf_counter() - started),
        }
    if args.heldout:
        dev = [i for i, s in enumerate(sentences) if i < record[0]["sentences"]]  # type: ignore[operator]
        rest = [i for i in range(len(sentences)) if i >= len(dev)]
        if not rest:
            parser.error("--heldout needs two files (dev and test-part-a)")
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "dev.crfsuite"
            train_with_mix(
                [sentences[i] for i in dev], [tags[i] for i in dev], model, params, **more
            )
            overall, news = Score(), Score()
            evaluate(sentences, tags, rest, crf_predictor(model), overall, news)
        _print(f"held out: trained on {record[0]['file']}, scored on the rest", overall)
        _print("held out, news sentences", news)
        card["heldout"] = {"train": record[0]["file"], "all": _table(overall), "news": _table(news)}
    if args.out:
        started = time.perf_counter()
        train_with_mix(sentences, tags, args.out, params, **more, misc_base=args.misc_base)
        if args.misc_base and extra:
            card["misc_base"] = {
                "file": args.misc_base.name,
                "sha256": hashlib.sha256(args.misc_base.read_bytes()).hexdigest(),
            }
        card["train_seconds"] = round(time.perf_counter() - started)
        card["full_sha256"] = hashlib.sha256(args.out.read_bytes()).hexdigest()
        card["pruned"] = asdict(prune(args.out, args.out))  # domain copies: training only
        crf.write_card(args.out, card, digits=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
