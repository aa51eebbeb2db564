"""A cold split for the whole-page headline, authors and date: held-out sites of the
trafilatura-de and scrapinghub sets, with gold read from each page's own schema.org metadata.

Only extraction-fundus has gold title/authors/date, and it is the development set of
:mod:`newsprobe.eval.page_meta`.  This script labels pages of the other two extraction sets
from the metadata the publisher put into the page (JSON-LD ``headline``, ``author`` persons,
``datePublished``), for the sites whose name hashes into the held-out bucket, and scores them
as ``eval extraction-text`` does (the page's inscriptis rendering, read with the line model of
its fold of sites).  It prints totals only: the split's pages are not read one by one.

* ``title``: the JSON-LD headline, or the page's single ``<h1>`` when that is the same title
  shortened or lengthened (a headline that shares at least 60 % of its words); no title gold
  where they differ more (an SEO title the page does not print);
* ``authors``: the ``Person`` names of ``author`` (no gold when it names none);
* ``date``: the day of ``datePublished`` as written (the page's own time zone).

The gold is written outside the repository (it holds the publishers' titles)::

    python scripts/page_meta_cold.py gold --out /tmp/meta_cold.json
    python scripts/page_meta_cold.py score --gold /tmp/meta_cold.json
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SETS = ("extraction-trafilatura-de", "extraction-scrapinghub")
#: A site is held out when crc32(site + SALT) % BUCKETS == 0.
SALT = "meta11-cold"
BUCKETS = 2
_LD = re.compile(r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
_BY = re.compile(r"^(?:by|von)\s+", re.IGNORECASE)
#: An agency or a desk named as the author: no person.
_NOT_PERSON = re.compile(
    r"associated press|reuters|\bdpa\b|\bafp\b|\bstaff\b|redaktion|presse", re.IGNORECASE
)
_PARTICLES = {"von", "van", "de", "der", "zu", "da", "la", "le"}
_ARTICLE = re.compile(r"article|posting|report", re.IGNORECASE)


def held_out(site: str) -> bool:
    return zlib.crc32(f"{site}{SALT}".encode()) % BUCKETS == 0


def _objects(node: Any) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _objects(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in node:
                yield from _objects(node[key])


def _types(obj: dict) -> str:
    t = obj.get("@type", "")
    return " ".join(t) if isinstance(t, list) else str(t)


def person_names(author: Any) -> list[str]:
    out = []
    for a in author if isinstance(author, list) else [author]:
        if isinstance(a, str):
            name = a
        elif isinstance(a, dict) and "organization" not in _types(a).lower():
            name = str(a.get("name") or "")
        else:
            continue
        name = _BY.sub("", " ".join(html_lib.unescape(name).split()))
        name = re.split(r",| \| ", name)[0].strip()  # "GREG BEACHAM, AP Sports Writer"
        shaped = all(w[:1].isupper() or w in _PARTICLES for w in name.split())
        if len(name.split()) >= 2 and shaped and not _NOT_PERSON.search(name) and name not in out:
            out.append(name)
    return out


def word_set(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"\w+", text)}


def page_gold(html: str) -> dict | None:
    """``{title, authors, date}`` from the page's JSON-LD article, or None."""
    import lxml.html

    for raw in _LD.findall(html):
        try:
            data = json.loads(raw.strip().removeprefix("<!--").removesuffix("-->"))
        except ValueError:
            continue
        for obj in _objects(data):
            if not _ARTICLE.search(_types(obj)) or not obj.get("headline"):
                continue
            date = str(obj.get("datePublished") or "")
            if not re.match(r"\d{4}-\d{2}-\d{2}", date):
                continue
            title = " ".join(html_lib.unescape(str(obj["headline"])).split())
            try:
                h1s = lxml.html.document_fromstring(html).xpath("//h1")
            except Exception:
                h1s = []
            if len(h1s) == 1:
                h1 = " ".join(h1s[0].text_content().split())
                a, b = word_set(h1), word_set(title)
                if h1 and a != b:
                    title = h1 if len(a & b) >= 0.6 * max(len(a), len(b)) else ""
            return {"title": title, "authors": person_names(obj.get("author")), "date": date[:10]}
    return None


def make_gold(shared: Path, cold: bool = True) -> dict[str, dict]:
    """The gold of the held-out sites' pages (``cold``), or of the other sites' (a dev split
    whose errors may be read)."""
    from newsprobe.eval.extraction_data import load
    from newsprobe.read.decode import decode
    from newsprobe.training.lines_data import site_of

    out = {}
    for name in SETS:
        for page in load(shared / "data" / name).pages:
            if held_out(site_of(page.url, page.key)) != cold:
                continue
            gold = page_gold(decode(page.read())[0])
            if gold is not None:
                out[f"{name}/{page.key}"] = gold
    return out


def _site(key: str) -> str:
    from newsprobe.eval.extraction_data import load
    from newsprobe.training.lines_data import site_of

    name, page_key = key.split("/", 1)
    url = _URLS.setdefault(name, {p.key: p.url for p in load(Path(SHARED) / "data" / name).pages})
    return site_of(url.get(page_key), page_key)


SHARED = "/work/shared"
_URLS: dict[str, dict] = {}


def score(
    shared: Path, gold: dict[str, dict], renderer: str, *, shipped: bool = False
) -> dict[str, dict]:
    """Print the figures; return what was found per page.  Each page is read by the fold model
    that never saw its site, or with ``shipped`` by the shipped line model."""
    from newsprobe.eval.extraction import article_text
    from newsprobe.eval.extraction_data import load
    from newsprobe.eval.extraction_text import fold_models, tree_fold_models
    from newsprobe.eval.page_meta import meta_metrics
    from newsprobe.layout import line_model
    from newsprobe.training import lines_data as tr

    data = shared / "data"
    cache_dir = tr.default_cache()
    model = line_model.shipped()
    if shipped:
        models = {0: model}
    elif isinstance(model, line_model.LineModel):
        models = fold_models(data, renderer, cache_dir)
    else:
        models = tree_fold_models(data, renderer, cache_dir)
    cache = tr.RenderCache(cache_dir)
    names = {v: k for k, v in tr.SETS.items()}
    found: dict = {}
    for name in SETS:
        for page in load(data / name).pages:
            key = f"{name}/{page.key}"
            if key not in gold:
                continue
            tp = tr.TrainPage(names.get(name, name), page.key, "", page.read(), tr.Reference(""))
            text = cache.get(renderer, tp)
            fold = tr.fold_of(tr.site_of(page.url, page.key), len(models))
            out: dict = {}
            with line_model.use(models[fold]):
                if text.strip():
                    article_text(text, out, b"")
            if b"" in out:
                found[key] = out[b""]
    cache.save()
    for m in meta_metrics("cold", gold, found):
        print(f"{m.name:16} {m.value:.3f}  n={m.n}")
    return {
        key: {
            "headline": head,
            "title": title,
            "authors": list(meta.authors),
            "date": meta.published.isoformat()[:10] if meta.published else "",
            "agency": list(meta.agency),
        }
        for key, (head, title, meta) in found.items()
    }


def write_gold(gold: dict[str, dict], out: Path) -> None:
    """Write the gold and say how much of it there is."""
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    n_auth = sum(bool(g["authors"]) for g in gold.values())
    n_title = sum(bool(g["title"]) for g in gold.values())
    print(f"{len(gold)} pages ({n_title} with a title, {n_auth} with authors)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=["gold", "score"])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--out", type=Path, help="gold: where to write it")
    ap.add_argument("--gold", type=Path, help="score: the gold written by 'gold'")
    ap.add_argument("--renderer", default="inscriptis")
    ap.add_argument("--dev", action="store_true", help="gold: the other sites (a dev split)")
    ap.add_argument("--misses", type=Path, help="score: write found vs gold (dev split only)")
    args = ap.parse_args()
    if args.cmd == "gold":
        write_gold(make_gold(args.shared, cold=not args.dev), args.out)
    else:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        found = score(args.shared, gold, args.renderer)
        if args.misses:
            if any(held_out(_site(key)) for key in found):
                raise SystemExit("--misses is for the dev split: the cold split is not read")
            rows = {key: {"gold": gold[key], "found": found[key]} for key in found}
            args.misses.write_text(json.dumps(rows, ensure_ascii=False, indent=1), "utf-8")


if __name__ == "__main__":
    main()
