"""Train the CRF line model (the fallback of the tree model; distant supervision).

    python -m newsprobe.training.lines_crf --shared ../shared --sets scrapinghub

Every page of the chosen extraction sets is rendered to text the ways users do (see
:mod:`newsprobe.training.lines_render`), its lines labelled from the page's known main
text (:mod:`newsprobe.training.lines_labels`), and a CRF trained over the line features.
The gold articles themselves, headline on top, are added as clean texts (every line kept),
so that a clean article never loses a paragraph.  Which sets the shipped model may learn
from is argued in ``layout/line_model/model/MODEL_CARD.md``.  Never imported by the product.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Sequence
from pathlib import Path

from newsprobe.training.lines_data import (
    SETS,
    SHIPPED_SETS,
    RenderCache,
    TrainPage,
    default_cache,
    germeval_paragraphs,
    load_pages,
    prepare,
    spliced_pages,
)
from newsprobe.training.lines_labels import label_lines

PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def sequences(
    pages: Sequence[TrainPage], renderers: Sequence[str], cache: RenderCache, clean: bool = True
) -> list[tuple[list[list[str]], list[str]]]:
    """``(features, labels)`` per rendered page (and per clean gold article)."""
    from newsprobe.layout.line_model.features import page_features

    out = []
    for page in pages:
        for renderer in renderers:
            text = cache.get(renderer, page)
            if not text.strip():
                continue
            lines, links = prepare(text)
            if lines:
                out.append((page_features(lines, links), label_lines(lines, page.ref)))
        if clean and page.ref.body.strip() and page.dataset != "trafilatura":
            title = page.ref.titles[0] if page.ref.titles else ""
            lines, links = prepare(f"{title}\n\n{page.ref.body}" if title else page.ref.body)
            labels = ["B"] * len(lines)
            if title and lines:
                labels[0] = "H"
            out.append((page_features(lines, links), labels))
    cache.save()
    return out


def german_pages(
    pages: Sequence[TrainPage], renderer: str, cache: RenderCache, paragraphs: list[str]
) -> list[tuple[list[list[str]], list[str]]]:
    """The rendered pages with their article replaced by German prose: the page's furniture
    around German paragraphs (labelled ``B``), so German prose is learned in page context."""
    from newsprobe.layout.line_model.features import page_features

    return [
        (page_features(lines, links), ["B" if ln.text in keys else "O" for ln in lines])
        for _, lines, links, keys in spliced_pages(pages, [renderer], cache, paragraphs)
    ]


def train(
    seqs: Sequence[tuple[list[list[str]], list[str]]], path: Path, params: dict | None = None
) -> Path:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in seqs:
        trainer.append(xseq, yseq)
    trainer.set_params(params or PARAMS)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    trainer.train(str(tmp))
    os.replace(tmp, path)  # another run may open it at the same time
    return path


def main(argv: Sequence[str] | None = None) -> int:
    from newsprobe.layout.line_model import MODEL_PATH
    from newsprobe.training.lines_render import available

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--sets", nargs="+", default=list(SHIPPED_SETS), choices=sorted(SETS))
    ap.add_argument("--renderers", nargs="+", default=None)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    renderers = args.renderers or available()
    started = time.perf_counter()
    pages = load_pages(args.shared, args.sets)
    cache = RenderCache(args.cache or default_cache())
    seqs = sequences(pages, renderers, cache)
    german = germeval_paragraphs(args.shared)
    for renderer in renderers:
        seqs += german_pages(pages, renderer, cache, german)
    n_lines = sum(len(y) for _, y in seqs)
    counts = {lab: sum(y.count(lab) for _, y in seqs) for lab in ("B", "H", "O")}
    train(seqs, args.out)
    meta = {
        "sets": args.sets,
        "renderers": renderers,
        "pages": len(pages),
        "sites": len({p.site for p in pages}),
        "sequences": len(seqs),
        "germeval_paragraphs": len(german),
        "lines": n_lines,
        "labels": counts,
        "params": PARAMS,
        "seconds": round(time.perf_counter() - started, 1),
    }
    args.out.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
