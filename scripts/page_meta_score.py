"""Quick score of the whole-page headline, authors and date (no fold training).

``newsprobe eval extraction-text`` scores title / authors / date with the line model of each
page's fold of sites, and retrains those folds whenever the line model's code changes (~1,400
CPU s).  This script scores the same figures (:func:`newsprobe.eval.page_meta.meta_metrics`)
on the same renderings (the render cache) with the *shipped* line model, in seconds: a fair
figure on a set the shipped model did not learn from (``lines_data.SHIPPED_SETS``; fundus is
not among them), not the same number as the cv-by-site one.  ``--misses FILE`` writes every
page's gold and found title, authors and date as JSON, for reading the errors::

    .venv/bin/python scripts/page_meta_score.py --data ../shared/data/extraction-fundus
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    from newsprobe.eval.extraction import article_text
    from newsprobe.eval.extraction_data import load
    from newsprobe.eval.page_meta import fold_text, gold_meta, meta_metrics
    from newsprobe.layout import line_model
    from newsprobe.training import lines_data as tr

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="a set with gold title/authors/date")
    ap.add_argument("--renderer", default="inscriptis")
    ap.add_argument("--misses", type=Path, help="write each page's gold and found values here")
    args = ap.parse_args()
    dataset = load(args.data)
    gold = gold_meta(dataset.root)
    if not gold:
        raise SystemExit(f"{dataset.root} has no gold title/authors/date")
    if dataset.root.name in {tr.SETS[s] for s in tr.SHIPPED_SETS}:
        print("warning: the shipped model learned from this set; the figures are optimistic")
    cache = tr.RenderCache(tr.default_cache())
    shipped = line_model.shipped()
    found: dict = {}
    for page in dataset.pages:
        tp = tr.TrainPage(dataset.root.name, page.key, "", page.read(), tr.Reference(""))
        text = cache.get(args.renderer, tp)
        with line_model.use(shipped):
            out: dict = {}
            article_text(text, out, b"")
            found[page.key] = out[b""]
    cache.save()
    for m in meta_metrics(f"newsprobe text (shipped model, {args.renderer})", gold, found):
        print(f"{m.name:16} {m.value:.3f}  n={m.n}")
    if args.misses:
        rows = []
        for page in dataset.pages:
            want, (head, title, meta) = gold.get(page.key), found[page.key]
            if want is None:
                continue
            date = meta.published.isoformat()[:10] if meta.published else ""
            rows.append({
                "key": page.key, "url": page.url, "gold_title": want["title"], "title": title,
                "headline": head, "title_ok": fold_text(title) == fold_text(want["title"]),
                "gold_authors": want["authors"], "authors": list(meta.authors),
                "gold_date": want["date"], "date": date,
            })  # fmt: skip
        args.misses.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
