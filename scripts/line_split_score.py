"""Score the line model's site-held-out fold models on dev and cold sites (whole pages).

    python scripts/line_split_score.py --shared ../shared [--salt page10-cold] [--models DIR]

Sites are split by ``crc32(salt + ":" + site) % 5``: 0 is *cold* (only its totals are
printed, never its pages), the rest *dev*.  ``--salt page12-cold`` is no hash bucket: it holds
the sites that no earlier cold group held (``EARLIER``: the line model's groups of rounds 5-11
and the page-metadata group ``meta11-cold``).  On extraction-fundus the whole-page title /
headline / authors / date figures are printed too.  The fold models are those of
``newsprobe.training.lines.cached_fold_models`` (or ``--models DIR``; ``--shipped``: the
shipped model on every page), read by the product's layout pass as ``newsprobe eval
extraction --as-text`` does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import zlib
from pathlib import Path

from newsprobe.eval.extraction import Extracted, article_text, extract_all, score
from newsprobe.eval.extraction_data import load
from newsprobe.eval.page_meta import gold_meta, meta_metrics
from newsprobe.layout import line_model
from newsprobe.layout.line_model.trees import TreeLineModel
from newsprobe.training import lines as tl
from newsprobe.training import lines_data as tr

META = ("title exact", "headline exact", "authors exact", "date same day")
#: The earlier cold groups, ``(salt, buckets)``: a site is in one when
#: ``crc32(salt + ":" + site) % buckets == 0`` (meta11's: ``crc32(site + salt) % 2``).
EARLIER = [("cold", 4)] + [(f"page{n}-cold", 5) for n in (6, 7, 9, 10, 11)]


def cold(site: str, salt: str) -> bool:
    if salt == "page12-cold":  # the sites no earlier group held
        earlier = any(zlib.crc32(f"{s}:{site}".encode()) % n == 0 for s, n in EARLIER)
        return not earlier and zlib.crc32(f"{site}meta11-cold".encode()) % 2 != 0
    return zlib.crc32(f"{salt}:{site}".encode()) % 5 == 0


def _subset(ex: Extracted, keep: list[bool]) -> Extracted:
    return Extracted(
        [p for p, k in zip(ex.pages, keep, strict=True) if k],
        {s: [o for o, k in zip(outs, keep, strict=True) if k] for s, outs in ex.outputs.items()},
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--salt", default="page10-cold")
    ap.add_argument("--sets", nargs="+", default=list(tr.SETS))
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--models", type=Path, default=None, help="a folder of foldN.json instead")
    ap.add_argument("--shipped", action="store_true", help="the shipped model on every page")
    ap.add_argument("--renderer", default="inscriptis")
    args = ap.parse_args()
    started = time.process_time()
    if args.shipped:
        shipped = line_model.shipped()
        raw = {}
    elif args.models:
        raw = {f: json.loads((args.models / f"fold{f}.json").read_text()) for f in range(args.k)}
    else:
        raw = tl.cached_fold_models(args.shared / "data", args.renderer, None, args.k)
    models = {f: TreeLineModel.from_dict(m) for f, m in raw.items()}
    if args.shipped:
        models = dict.fromkeys(range(args.k), shipped)  # type: ignore[arg-type]
    print(f"models ready {time.process_time() - started:.0f} cpu s", file=sys.stderr)
    cache = tr.RenderCache(tr.default_cache())
    out: dict = {}
    for name in args.sets:
        dataset = load(args.shared / "data" / tr.SETS[name])
        texts: dict[bytes, tuple[str, int]] = {}
        for page in dataset.pages:
            tp = tr.TrainPage(name, page.key, "", page.read(), tr.Reference(""))
            site = tr.site_of(page.url, page.key)
            texts[hashlib.sha256(tp.html).digest()] = (cache.get(args.renderer, tp),
                                                      tr.fold_of(site, args.k))  # fmt: skip

        found: dict = {}  # headline, title and metadata of each page (by its html's digest)

        def cv(html: bytes, texts=texts, found=found) -> str:  # type: ignore[no-untyped-def]
            digest = hashlib.sha256(html).digest()
            text, fold = texts[digest]
            with line_model.use(models.get(fold)):
                return article_text(text, found, digest) if text.strip() else ""

        ex = extract_all(dataset, {"cv": cv})
        cache.save()
        flags = [cold(tr.site_of(p.url, p.key), args.salt) for p in ex.pages]
        for part, keep in (("all", [True] * len(flags)), ("dev", [not c for c in flags]),
                           ("cold", flags)):  # fmt: skip
            sub = _subset(ex, keep)
            if not sub.pages:
                continue
            m = {x.name: round(x.value, 3) for x in score(dataset.format, sub)
                 if x.name in ("with found", "without absent", "f1")}  # fmt: skip
            m["pages"] = len(sub.pages)
            if gold := gold_meta(dataset.root):
                by_key = {p.key: found[d] for p in sub.pages
                          if (d := hashlib.sha256(p.read()).digest()) in found}  # fmt: skip
                m |= {x.name: round(x.value, 3) for x in meta_metrics("cv", gold, by_key)
                      if x.name in META}  # fmt: skip
            out[f"{name} {part}"] = m
            print(f"{name} {part}: {m}", file=sys.stderr, flush=True)
    print(json.dumps(out, indent=1))
    print(f"cpu s {time.process_time() - started:.0f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
