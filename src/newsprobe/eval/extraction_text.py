"""``newsprobe eval extraction --as-text RENDERER``: whole pages as plain text.

Every page is rendered to text as users do (inscriptis, Markdown, lynx ``-dump``, a browser's
``innerText``: :mod:`newsprobe.training.lines_render`) and newsprobe reads that text; its
article text (canonical text without caption, credit, related, byline and dateline blocks) is
scored like the HTML path, beside trafilatura on the page's HTML in the same run.

newsprobe is scored three ways:

* ``newsprobe text (cv by site)``: with a line model that never saw the page's site: the
  pages of all extraction sets under the same ``data`` folder are split into ``k`` folds by
  site, a model is trained on the other folds (same renderer) and reads this fold;
* ``newsprobe text (shipped model)``: with the shipped model, on sets it did not learn from;
* ``newsprobe text (rules only)``: without a line model.
"""

from __future__ import annotations

import hashlib
import time
from datetime import datetime
from pathlib import Path

from newsprobe.eval.base import EvalError, TaskResult
from newsprobe.eval.extraction import (
    article_text,
    dataset_notes,
    extract_all,
    task_result,
    trafilatura_text,
)
from newsprobe.eval.extraction_data import load
from newsprobe.eval.page_meta import gold_meta, meta_metrics, read_time_metric, read_times

FOLDS = 5
TRAIN_ITERATIONS = 80


def _set_name(root: Path) -> str | None:
    from newsprobe.training.lines_data import SETS

    return next((k for k, v in SETS.items() if v == root.name), None)


def fold_models(shared_data: Path, renderer: str, cache_dir: Path, k: int = FOLDS) -> dict:
    """One model per fold, trained on the pages of the other folds' sites (cached on disk)."""
    from newsprobe.layout.line_model import LineModel
    from newsprobe.training import lines_crf as crf
    from newsprobe.training import lines_data as tr
    from newsprobe.training.lines_key import training_stamp

    sets = [name for name, folder in tr.SETS.items() if (shared_data / folder).is_dir()]
    params = dict(crf.PARAMS, max_iterations=TRAIN_ITERATIONS)
    stamp = training_stamp(tr.data_folders(shared_data, sets), [renderer], "crf", k, params)
    folder = cache_dir / "folds" / f"{renderer}-{stamp}"
    paths = {f: folder / f"fold{f}.crfsuite" for f in range(k)}
    if not (folder / "done").is_file():
        pages = tr.load_pages(shared_data.parent, sets)
        cache = tr.RenderCache(cache_dir)
        seqs = crf.sequences(pages, [renderer], cache)
        # sequences(): per page one rendered text, then its clean article (non-snippet sets)
        owners = []
        for page in pages:
            owners.append(page.site)
            if page.ref.body.strip() and page.dataset != "trafilatura":
                owners.append(page.site)
        if len(owners) != len(seqs):  # a page the renderer gave nothing for: recount
            owners = _owners(pages, renderer, cache)
        for f, path in paths.items():
            if path.is_file():
                continue
            train = [s for s, site in zip(seqs, owners, strict=True) if tr.fold_of(site, k) != f]
            if {"B", "O"} <= {lab for _, y in train for lab in y}:
                crf.train(train, path, params)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "done").write_text("", encoding="utf-8")
    # a fold with too little to learn from (a tiny data set) is read by the rules alone
    return {f: LineModel(p) if p.is_file() else None for f, p in paths.items()}


def tree_fold_models(shared_data: Path, renderer: str, cache_dir: Path, k: int = FOLDS) -> dict:
    """The tree line model's folds (:mod:`newsprobe.training.lines`, cached on disk)."""
    from newsprobe.layout.line_model.trees import TreeLineModel
    from newsprobe.training.lines import cached_fold_models

    try:
        models = cached_fold_models(shared_data, renderer, cache_dir, k)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] != "sklearn":
            raise
        raise EvalError(
            "cross-validating the tree line model trains its fold models with scikit-learn, "
            "which is not installed: pip install -e '.[train]'"
        ) from None
    return {f: TreeLineModel.from_dict(models[f]) if f in models else None for f in range(k)}


def _owners(pages, renderer, cache) -> list[str]:  # type: ignore[no-untyped-def]
    from newsprobe.training.lines_data import prepare

    owners = []
    for page in pages:
        text = cache.get(renderer, page)
        if text.strip() and prepare(text)[0]:
            owners.append(page.site)
        if page.ref.body.strip() and page.dataset != "trafilatura":
            owners.append(page.site)
    return owners


def run(
    data: Path | None,
    *,
    renderer: str = "inscriptis",
    fmt: str | None = None,
    limit: int | None = None,
    k: int = FOLDS,
    cache_dir: Path | None = None,
) -> TaskResult:
    from newsprobe.layout import line_model
    from newsprobe.training import lines_data as tr
    from newsprobe.training import lines_render as render

    if data is None:
        raise EvalError("task 'extraction' needs a dataset: pass --data PATH")
    if renderer not in render.RENDERERS:
        raise EvalError(f"unknown renderer {renderer!r}; known: {', '.join(render.RENDERERS)}")
    if renderer not in render.available([renderer]):
        raise EvalError(f"renderer {renderer!r} needs /usr/bin/chromium (apt-get install chromium)")
    started = time.perf_counter()
    dataset = load(data, fmt, limit)
    cache_dir = cache_dir or tr.default_cache()
    shipped = line_model.shipped()
    if isinstance(shipped, line_model.LineModel):
        models = fold_models(dataset.root.parent, renderer, cache_dir, k)
    else:  # the tree model: its folds are trees too
        models = tree_fold_models(dataset.root.parent, renderer, cache_dir, k)
    name = _set_name(dataset.root)
    cache = tr.RenderCache(cache_dir)
    by_html: dict[bytes, tuple[str, int]] = {}
    crawled = read_times(dataset.root)
    read_at: dict[bytes, datetime] = {}
    for page in dataset.pages:
        tp = tr.TrainPage(name or dataset.root.name, page.key, "", page.read(), tr.Reference(""))
        site = tr.site_of(page.url, page.key)
        by_html[hashlib.sha256(tp.html).digest()] = (cache.get(renderer, tp), tr.fold_of(site, k))
        if page.key in crawled:
            read_at[hashlib.sha256(tp.html).digest()] = crawled[page.key]
    cache.save()

    def text_of(html: bytes) -> tuple[str, int]:
        return by_html[hashlib.sha256(html).digest()]

    found: dict = {}
    found_read: dict = {}  # read with the page's crawl time

    def cv(html: bytes) -> str:
        text, fold = text_of(html)
        with line_model.use(models[fold]):
            key = hashlib.sha256(html).digest()
            if key in read_at and text.strip():
                article_text(text, found_read, key, read_at[key])
            return article_text(text, found, key) if text.strip() else ""

    def rules(html: bytes) -> str:
        text, _ = text_of(html)
        with line_model.use(None):
            return article_text(text) if text.strip() else ""

    def with_shipped(html: bytes) -> str:
        text, _ = text_of(html)
        with line_model.use(shipped):
            return article_text(text) if text.strip() else ""

    systems = {"newsprobe text (cv by site)": cv}
    if shipped is not None and name not in tr.SHIPPED_SETS:
        systems["newsprobe text (shipped model)"] = with_shipped
    systems["newsprobe text (rules only)"] = rules
    systems["trafilatura"] = trafilatura_text
    extracted = extract_all(dataset, systems)
    notes = dataset_notes(dataset, False)
    notes.insert(
        0,
        f"pages rendered with {renderer}; newsprobe reads the text (layout only); "
        f"trafilatura reads the HTML. cv by site: {k} folds of sites over all extraction "
        "sets in the same folder, each model trained on the other folds' pages "
        f"({renderer} renderings and their clean gold articles)",
    )
    if "newsprobe text (shipped model)" not in systems:
        notes.append("shipped model not scored here: it learned from this set")
    failures = extracted.failures[:20]
    result = task_result("extraction-text", started, data, dataset, extracted, notes, failures)
    gold = gold_meta(dataset.root)
    if gold:  # whole-page headline, authors and date (held-out folds)
        by_key = {p.key: found[d] for p in extracted.pages
                  if (d := hashlib.sha256(p.read()).digest()) in found}  # fmt: skip
        result.metrics += meta_metrics("newsprobe text (cv by site)", gold, by_key)
        by_key = {p.key: found_read[d] for p in extracted.pages
                  if (d := hashlib.sha256(p.read()).digest()) in found_read}  # fmt: skip
        result.metrics += read_time_metric("newsprobe text (cv by site)", gold, by_key)
    return result
