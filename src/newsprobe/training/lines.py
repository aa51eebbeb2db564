"""Train the tree line model (gradient-boosted trees over numeric line features).

    python -m newsprobe.training.lines train --shared ../shared            # the shipped model
    python -m newsprobe.training.lines cv --shared ../shared --renderer inscriptis

Pages of the extraction sets are rendered to text (:mod:`newsprobe.training.lines_render`,
cached), their lines labelled by distant supervision
(:mod:`newsprobe.training.lines_labels`) and described by
:mod:`newsprobe.layout.line_model.numeric`; scikit-learn's ``HistGradientBoostingClassifier``
learns ``B`` / ``H`` / ``O`` per line and the trees are written as JSON for
:class:`newsprobe.layout.line_model.trees.TreeLineModel` (numpy only at run time).  The shipped
model learns from the sets whose licence allows it (``SHIPPED_SETS``: scrapinghub, MIT) and the
GermEval 2014 German prose pages, exactly as the CRF did (see the model card).  ``cv``
trains one model per fold of sites over *all* extraction sets (evaluation use: the models are
thrown away) and scores the held-out pages with the product's own layout pass.
Nothing in the product imports this module.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsprobe.cache import write_atomic
from newsprobe.layout.line_model.segments import LineInfo, line_info, segment_matrix
from newsprobe.training import lines_data as tr

CLASSES = ("B", "H", "O")
#: Gradient boosting settings (chosen by the site-held-out cross-validation, model card).
PARAMS = {
    "max_iter": 50,
    "learning_rate": 0.2,
    "max_leaf_nodes": 15,
    "min_samples_leaf": 40,
    "l2_regularization": 1.0,
}
#: The smoothing chain's chance that the next line has the same label.
STAY = 0.0
#: Weight of an ``O`` line in training (below 1: removal must be surer than keeping).
O_WEIGHT = 1.0
#: Threads that fit the trees (one: the same data gives the same trees on every machine).
FIT_THREADS = 1
#: Train the second pass (``segments``: each line again in the light of the first reading).
SECOND = True
#: Train on the context columns too (feature version 3, ``line_model/context.py``).  Off: in
#: round 12 they did not pay on the cold sites (model card); set True to train with them.
CONTEXT = False

Data = list[tuple[str, np.ndarray, np.ndarray, "LineInfo"]]  # (site, X, y, lines) a sequence


def build(
    pages: Sequence[tr.TrainPage],
    renderers: Sequence[str],
    cache: tr.RenderCache,
    clean: bool = True,
) -> Data:
    """(site, feature matrix, labels) per rendered page and per clean gold article."""
    from newsprobe.layout.line_model.numeric import page_matrix
    from newsprobe.training.lines_labels import label_lines

    out: Data = []
    for page in pages:
        for renderer in renderers:
            text = cache.get(renderer, page)
            if not text.strip():
                continue
            lines, links = tr.prepare(text)
            if lines:
                y = np.array([CLASSES.index(lab) for lab in label_lines(lines, page.ref)])
                x = page_matrix(lines, links, context=CONTEXT)
                out.append((page.site, x, y, line_info(lines)))
        if clean and page.ref.body.strip() and page.dataset != "trafilatura":
            title = page.ref.titles[0] if page.ref.titles else ""
            lines, links = tr.prepare(f"{title}\n\n{page.ref.body}" if title else page.ref.body)
            if lines:
                y = np.zeros(len(lines), dtype=int)
                if title:
                    y[0] = 1
                x = page_matrix(lines, links, context=CONTEXT)
                out.append((page.site, x, y, line_info(lines)))
    cache.save()
    return out


def german(pages: Sequence[tr.TrainPage], renderers: Sequence[str], cache: tr.RenderCache,
           shared: Path) -> Data:  # fmt: skip
    """The rendered pages with their article replaced by GermEval news prose (as the CRF)."""
    from newsprobe.layout.line_model.numeric import COHESION, page_matrix

    paragraphs = tr.germeval_paragraphs(shared)
    out: Data = []
    for page, lines, links, keys in tr.spliced_pages(pages, renderers, cache, paragraphs):
        y = np.array([0 if ln.text in keys else 2 for ln in lines])
        x = page_matrix(lines, links, context=CONTEXT)
        # the spliced paragraphs come from unrelated articles: their cohesion with each other
        # says nothing of an article's, so it is left unknown (the trees learn a side for it)
        x[:, COHESION] = np.nan
        info = line_info(lines)
        info.cohesive = False
        out.append((page.site, x, y, info))
    return out


def fit(data: Data, params: dict | None = None, o_weight: float = O_WEIGHT):  # type: ignore[no-untyped-def]
    """Fitted trees and the label priors.  One thread: histogram gradient boosting sums
    gradients in threads, and another thread count (or the order in which threads finish)
    sums in another order and grows other trees, so the same data would give other models on
    another machine or in another run."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    x = np.vstack([d[1] for d in data])
    empty = np.isnan(x).all(axis=0)
    if empty.any():  # a column no line knows (a tiny data set): constant, never split on
        x[:, empty] = 0.0
    y = np.concatenate([d[2] for d in data])
    weight = np.where(y == 2, o_weight, 1.0)
    clf = HistGradientBoostingClassifier(**(params or PARAMS), early_stopping=False, random_state=0)
    with threadpool_limits(limits=FIT_THREADS):
        clf.fit(x, y, sample_weight=weight)
    return clf, np.bincount(y, minlength=len(CLASSES)) / len(y)


def export(clf, priors: np.ndarray, stay: float = STAY,  # type: ignore[no-untyped-def]
           names: Sequence[str] | None = None) -> dict:  # fmt: skip
    """The trees of a fitted ``HistGradientBoostingClassifier`` as plain JSON (``names``:
    the columns it was fitted on, the first pass's by default)."""
    from newsprobe.layout.line_model.numeric import NAMES, V2_NAMES, V2_VERSION, VERSION

    classes = [CLASSES[int(c)] for c in clf.classes_]
    # the first pass's columns by the width it was fitted on (with the context columns or not)
    names = list(names or (NAMES if clf.n_features_in_ == len(NAMES) else V2_NAMES))
    version = VERSION if names[: len(NAMES)] == list(NAMES) else V2_VERSION
    trees = []
    depth = 0
    for iteration in clf._predictors:
        for k, predictor in enumerate(iteration):
            nodes = predictor.nodes
            leaf = nodes["is_leaf"].astype(bool)
            depth = max(depth, int(nodes["depth"].max()))
            trees.append(
                {
                    "class": k,
                    "feature": [int(f) if not lf else 0 for f, lf in
                                zip(nodes["feature_idx"], leaf, strict=True)],
                    "threshold": [float(t) if not lf else 0.0 for t, lf in
                                  zip(nodes["num_threshold"], leaf, strict=True)],
                    "left": [int(c) if not lf else -1 for c, lf in
                             zip(nodes["left"], leaf, strict=True)],
                    "right": [int(c) if not lf else -1 for c, lf in
                              zip(nodes["right"], leaf, strict=True)],
                    "value": [round(float(v), 5) if lf else 0.0 for v, lf in
                              zip(nodes["value"], leaf, strict=True)],
                    "missing_left": [int(m) for m in nodes["missing_go_to_left"]],
                }
            )  # fmt: skip
    baseline = np.asarray(clf._baseline_prediction, dtype=float).ravel()
    if len(classes) == 2:  # binary: one tree per iteration for the second class
        raise ValueError("the line model needs the three labels B, H, O in its data")
    return {
        "model": "gradient-boosted trees (scikit-learn HistGradientBoostingClassifier)",
        "features_version": version,
        "features": names,
        "classes": classes,
        "baseline": [float(b) for b in baseline],
        "priors": [float(p) for p in priors],
        "stay": stay,
        "max_depth": depth + 1,
        "trees": trees,
    }


def load_data(shared: Path, sets: Sequence[str], renderers: Sequence[str],
              cache_dir: Path | None, with_german: bool) -> Data:  # fmt: skip
    """Pages, features and labels (the feature matrices cached beside the renderings)."""
    from newsprobe.training.lines_key import training_stamp

    cache = tr.RenderCache(cache_dir or tr.default_cache())
    root = cache.folder or Path(".")
    stamp = training_stamp(tr.data_folders(shared / "data", sets), renderers, "matrices",
                           with_german)  # fmt: skip
    path = root / f"matrices-{stamp}.npz"
    info_path = path.with_suffix(".lines.json.gz")
    if path.is_file() and info_path.is_file():
        with np.load(path, allow_pickle=False) as z:  # each z[...] reads the file again
            x, y, bounds = z["x"], z["y"], z["bounds"]
            sites = [str(s) for s in z["sites"]]
        infos = [_info_from_json(d) for d in json.loads(gzip.decompress(info_path.read_bytes()))]
        return [(s, x[a:b], y[a:b], info) for s, a, b, info in
                zip(sites, bounds[:-1], bounds[1:], infos, strict=True)]  # fmt: skip
    pages = tr.load_pages(shared, sets)
    data = build(pages, renderers, cache)
    if not data:
        return []
    if with_german:
        data += german([p for p in pages if p.dataset in tr.SHIPPED_SETS], renderers, cache,
                       shared)  # fmt: skip
    bounds = np.cumsum([0] + [len(d[2]) for d in data])
    infos = gzip.compress(json.dumps([_info_to_json(d[3]) for d in data]).encode())
    write_atomic(info_path, lambda out: out.write(infos))  # both files whole or not at all
    write_atomic(path, lambda out: np.savez_compressed(
        out,
        x=np.vstack([d[1] for d in data]),
        y=np.concatenate([d[2] for d in data]),
        sites=np.array([d[0] for d in data]),
        bounds=bounds,
    ))  # fmt: skip
    return data


def _info_to_json(info: LineInfo) -> dict:
    return {"words": info.words.tolist(), "prose": info.prose.tolist(),
            "sent": info.sent.tolist(), "keys": [" ".join(sorted(k)) for k in info.keys],
            "cohesive": info.cohesive}  # fmt: skip


def _info_from_json(d: dict) -> LineInfo:
    return LineInfo(np.asarray(d["words"], dtype=float), np.asarray(d["prose"], dtype=float),
                    np.asarray(d["sent"], dtype=float), [set(k.split()) for k in d["keys"]],
                    bool(d["cohesive"]))  # fmt: skip


def fold_models(data: Data, k: int, params: dict | None = None, stay: float = STAY,
                o_weight: float = O_WEIGHT, second: bool = SECOND) -> dict[int, dict]:  # fmt: skip
    """One exported model per fold of sites, trained on the other folds (with its second
    pass, itself trained on out-of-fold readings of those folds: :func:`second_pass`)."""
    out = {}
    pairs: dict[frozenset[int], object] = {}
    for f in range(k):
        train = [d for d in data if tr.fold_of(d[0], k) != f]
        if not _learnable(train):
            continue  # too little to learn from (a tiny data set): the rules read this fold
        clf, priors = fit(train, params, o_weight)
        out[f] = export(clf, priors, stay)
        if second:
            out[f]["second"] = second_pass(train, k, params, o_weight, pairs, exclude=f)
    return out


def _learnable(data: Data) -> bool:
    return {int(v) for d in data for v in set(d[2].tolist())} == set(range(len(CLASSES)))


def second_pass(data: Data, k: int, params: dict | None, o_weight: float,
                pairs: dict | None = None, exclude: int | None = None) -> dict | None:  # fmt: skip
    """The second pass's trees (:mod:`newsprobe.layout.line_model.segments`) over ``data``:
    each fold of sites is read by a first pass trained without it (and without ``exclude``,
    the fold held out for evaluation), so the second pass learns from readings as uncertain
    as those of unseen pages.  ``pairs`` caches the first passes by the folds they leave out
    (the one without folds f and g serves both f's and g's second pass)."""
    from newsprobe.layout.line_model.numeric import NAMES, V2_NAMES
    from newsprobe.layout.line_model.segments import NAMES as SEGMENT_NAMES

    pairs = {} if pairs is None else pairs
    rows: Data = []
    for g in sorted({tr.fold_of(d[0], k) for d in data}):
        held = [d for d in data if tr.fold_of(d[0], k) == g]
        inner = [d for d in data if tr.fold_of(d[0], k) != g]
        if not held or not _learnable(inner):
            continue
        key = frozenset({g} if exclude is None else {g, exclude})
        if key not in pairs:
            pairs[key] = fit(inner, params, o_weight)[0]
        clf = pairs[key]
        classes = [CLASSES[int(c)] for c in clf.classes_]  # type: ignore[attr-defined]
        for site, x, y, info in held:
            p = clf.predict_proba(x)  # type: ignore[attr-defined]
            rows.append((site, np.hstack([x, segment_matrix(info, p, classes)]), y, info))
    if not rows or not _learnable(rows):
        return None
    clf2, priors2 = fit(rows, params, o_weight)
    first = NAMES if rows[0][1].shape[1] == len(NAMES) + len(SEGMENT_NAMES) else V2_NAMES
    return export(clf2, priors2, 0.0, first + SEGMENT_NAMES)


def cached_fold_models(shared_data: Path, renderer: str, cache_dir: Path | None = None,
                       k: int = 5, params: dict | None = None, stay: float = STAY,
                       o_weight: float = O_WEIGHT,
                       second: bool = SECOND) -> dict[int, dict]:  # fmt: skip
    """:func:`fold_models` over all extraction sets under ``shared_data`` (one renderer),
    cached on disk under the code, libraries, data and settings that made them
    (:func:`newsprobe.training.lines_key.training_stamp`)."""
    from newsprobe.training.lines_key import training_stamp

    cache_dir = cache_dir or tr.default_cache()
    params = dict(PARAMS, **(params or {}))
    sets = [name for name, folder in tr.SETS.items() if (shared_data / folder).is_dir()]
    stamp = training_stamp(tr.data_folders(shared_data, sets), [renderer], "trees", k, params,
                           o_weight, second)  # fmt: skip
    folder = cache_dir / "folds" / f"trees-{renderer}-{stamp}"
    paths = {f: folder / f"fold{f}.json" for f in range(k)}
    done = folder / "done"
    if not (done.is_file() or all(p.is_file() for p in paths.values())):
        data = load_data(shared_data.parent, sets, [renderer], cache_dir, with_german=False)
        folder.mkdir(parents=True, exist_ok=True)
        for f, model in fold_models(data, k, params, stay, o_weight, second).items():
            text = json.dumps(model, separators=(",", ":")).encode("utf-8")
            write_atomic(paths[f], lambda out, text=text: out.write(text))  # type: ignore[misc]
        write_atomic(done, lambda out: out.write(b""))
    # a fold with too little to learn from has no model: the rules read it
    models = {f: json.loads(p.read_text(encoding="utf-8")) for f, p in paths.items() if p.is_file()}
    for model in models.values():  # the smoothing is no training setting
        model["stay"] = stay
    return models


def score_folds(shared: Path, models: dict[int, dict], renderer: str, k: int,
                sets: Sequence[str], stays: Sequence[float] | None = None,
                cache_dir: Path | None = None) -> dict:  # fmt: skip
    """Score the held-out pages of every set with their fold's model (the product's layout)."""
    from newsprobe.eval.extraction import article_text, extract_all, score
    from newsprobe.eval.extraction_data import load
    from newsprobe.layout import line_model
    from newsprobe.layout.line_model.trees import TreeLineModel

    cache = tr.RenderCache(cache_dir or tr.default_cache())
    results: dict = {}
    for stay in stays or [None]:
        tree_models = {}
        for f, m in models.items():
            d = dict(m)
            if stay is not None:
                d["stay"] = stay
            tree_models[f] = TreeLineModel.from_dict(d)
        for name in sets:
            dataset = load(shared / "data" / tr.SETS[name])
            texts: dict[bytes, tuple[str, int]] = {}
            for page in dataset.pages:
                tp = tr.TrainPage(name, page.key, "", page.read(), tr.Reference(""))
                site = tr.site_of(page.url, page.key)
                texts[hashlib.sha256(tp.html).digest()] = (cache.get(renderer, tp),
                                                          tr.fold_of(site, k))  # fmt: skip

            def cv(html: bytes, texts=texts, tree_models=tree_models) -> str:  # type: ignore[no-untyped-def]
                text, fold = texts[hashlib.sha256(html).digest()]
                with line_model.use(tree_models[fold]):  # type: ignore[arg-type]
                    return article_text(text) if text.strip() else ""

            started = time.process_time()
            extracted = extract_all(dataset, {"cv": cv})
            cpu = time.process_time() - started
            metrics = {m.name: m.value for m in score(dataset.format, extracted)
                       if m.system == "cv"}  # fmt: skip
            metrics["cpu s/page"] = round(cpu / max(1, len(extracted.pages)), 4)
            results[f"{name} stay={stay}"] = metrics
            print(f"{name} stay={stay}: {metrics}", file=sys.stderr, flush=True)
    return results


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split()).casefold()


def page_meta(shared: Path, models: dict[int, dict], renderer: str, k: int,
              sets: Sequence[str] = ("fundus", "scrapinghub"),
              cache_dir: Path | None = None) -> dict:  # fmt: skip
    """Headline, authors and date read from the held-out rendered pages, against the gold
    (fundus has title, authors and date; scrapinghub only the title)."""
    import ast

    from newsprobe.api import analyze_text
    from newsprobe.layout import line_model
    from newsprobe.layout.line_model.trees import TreeLineModel

    cache = tr.RenderCache(cache_dir or tr.default_cache())
    tree_models = {f: TreeLineModel.from_dict(m) for f, m in models.items()}
    out: dict = {}
    for name in sets:
        root = shared / "data" / tr.SETS[name]
        if not root.is_dir():
            continue
        gold = tr._gold(root)
        pages = [p for p in tr.load_pages(shared, [name]) if p.key in gold]
        n = head = head_in = auth_n = auth = date_n = date = 0
        for page in pages:
            text = cache.get(renderer, page)
            if not text.strip():
                continue
            g = gold[page.key]
            with line_model.use(tree_models[tr.fold_of(page.site, k)]):  # type: ignore[arg-type]
                a = analyze_text(text, only=["layout"])
            got = _norm(a.headline.text) if a.headline else ""
            want = _norm(str(g.get("title") or ""))
            if want:
                n += 1
                head += got == want
                head_in += bool(got) and (got in want or want in got)
            authors = g.get("authors")
            if isinstance(authors, str) and authors.startswith("["):
                authors = ast.literal_eval(authors)
            if authors:
                auth_n += 1
                auth += {_norm(x) for x in a.meta.authors} == {_norm(x) for x in authors}
            day = str(g.get("date") or "")[:10]
            if day:
                date_n += 1
                date += a.meta.published is not None and a.meta.published.isoformat()[:10] == day
        out[name] = {
            "headline exact": round(head / max(1, n), 3),
            "headline within title": round(head_in / max(1, n), 3),
            "n titles": n,
            "authors exact": round(auth / max(1, auth_n), 3) if auth_n else None,
            "n authors": auth_n,
            "date same day": round(date / max(1, date_n), 3) if date_n else None,
            "n dates": date_n,
        }
        print(f"{name} meta: {out[name]}", file=sys.stderr, flush=True)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from newsprobe.training.lines_render import available

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("train", "cv"))
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--sets", nargs="+", default=None, choices=sorted(tr.SETS))
    ap.add_argument("--renderer", nargs="+", default=None, dest="renderers")
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--stay", type=float, nargs="+", default=[STAY])
    ap.add_argument("--o-weight", type=float, default=O_WEIGHT)
    ap.add_argument("--params", type=json.loads, default={})
    ap.add_argument("--no-second", action="store_true", help="without the second pass")
    ap.add_argument(
        "--score",
        nargs="+",
        default=None,
        choices=sorted(tr.SETS),
        help="cv: the sets to score (default all)",
    )
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--meta", action="store_true", help="cv: also headline, authors, date")

    args = ap.parse_args(argv)
    params = dict(PARAMS, **args.params)
    started = time.process_time()
    if args.command == "cv":
        sets = [s for s in tr.SETS if (args.shared / "data" / tr.SETS[s]).is_dir()]
        renderers = args.renderers or ["inscriptis"]
        models = cached_fold_models(args.shared / "data", renderers[0], args.cache, args.folds,
                                    params, args.stay[0], args.o_weight,
                                    not args.no_second)  # fmt: skip
        print(f"folds ready in {time.process_time() - started:.0f} cpu s", file=sys.stderr)
        res = score_folds(args.shared, models, renderers[0], args.folds, args.score or sets,
                          args.stay, args.cache)  # fmt: skip
        if args.meta:
            res["meta"] = page_meta(args.shared, models, renderers[0], args.folds,
                                    cache_dir=args.cache)  # fmt: skip
        print(json.dumps({"params": params, "o_weight": args.o_weight, "results": res}, indent=1))
        return 0
    from newsprobe.layout.line_model.trees import MODEL_PATH

    sets = args.sets or list(tr.SHIPPED_SETS)
    renderers = args.renderers or available()
    data = load_data(args.shared, sets, renderers, args.cache, with_german=True)
    clf, priors = fit(data, params, args.o_weight)
    model = export(clf, priors, args.stay[0])
    if not args.no_second:
        model["second"] = second_pass(data, args.folds, params, args.o_weight)
    out = args.out or MODEL_PATH
    out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    counts = np.bincount(np.concatenate([d[2] for d in data]), minlength=3)
    meta = {
        "model": model["model"],
        "sets": sets,
        "renderers": list(renderers),
        "sites": len({d[0] for d in data}),
        "sequences": len(data),
        "lines": int(counts.sum()),
        "labels": dict(zip(CLASSES, (int(c) for c in counts), strict=True)),
        "params": params,
        "o_weight": args.o_weight,
        "stay": args.stay[0],
        "trees": len(model["trees"]),
        "second pass trees": len(model["second"]["trees"]) if model.get("second") else 0,
        "cpu_seconds": round(time.process_time() - started, 1),
    }
    out.with_name(out.stem + ".meta.json").write_text(json.dumps(meta, indent=2) + "\n",
                                                        encoding="utf-8")  # fmt: skip
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
