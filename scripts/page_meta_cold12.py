"""A second cold split for the whole-page headline, authors and date (meta12): the pages of
the trafilatura-de and scrapinghub sets that carry no JSON-LD article (so none of
``page_meta_cold.py``'s splits, meta11's cold and dev), with gold read from the page's other
metadata.

* ``date``: the day of the first of ``article:published_time``, ``date``, ``dc.date.issued``,
  ``dc.date``, ``pubdate``, ``publishdate``, ``parsely-pub-date``, ``sailthru.date`` (``<meta>``)
  or an ``itemprop="datePublished"`` element, written ``YYYY-MM-DD…`` (a page without one is
  no article here and is left out);
* ``title``: the page's single ``<h1>`` when ``og:title`` / ``twitter:title`` / ``<title>``
  shares at least 60 % of its words (the printed headline the metadata confirms); no title
  gold otherwise;
* ``authors``: the person names of ``<meta name="author">``, ``article:author``,
  ``dc.creator`` and ``itemprop="author"`` that the page's visible text prints (a publisher
  named as the author, a name the page never shows, are no gold).

Scored as ``page_meta_cold.py`` scores (inscriptis rendering, the line model of the page's fold
of sites), or with ``--shipped`` by the shipped line model (no fold training, which a change of
the lexicon or the line features makes cost ~1,400 CPU s; the shipped model learned from
scrapinghub, so its 28 pages here are easier for the line removal); totals only — the
split's pages are not read one by one::

    python scripts/page_meta_cold12.py gold --out /tmp/meta12_cold.json
    python scripts/page_meta_cold12.py score --gold /tmp/meta12_cold.json [--shipped]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import page_meta_cold as base

_DATE_KEYS = (
    "article:published_time",
    "date",
    "dc.date.issued",
    "dc.date",
    "pubdate",
    "publishdate",
    "parsely-pub-date",
    "sailthru.date",
)
_TITLE_KEYS = ("og:title", "twitter:title")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator")


def _metas(doc) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[str]] = {}
    for m in doc.xpath("//meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key and m.get("content"):
            out.setdefault(key, []).append(" ".join(m.get("content").split()))
    return out


def meta_gold(html: str) -> dict | None:
    """``{title, authors, date}`` from the page's ``<meta>`` and microdata, or None."""
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None
    metas = _metas(doc)
    dates = [v for k in _DATE_KEYS for v in metas.get(k, [])]
    dates += doc.xpath("//*[@itemprop='datePublished']/@content")
    dates += doc.xpath("//*[@itemprop='datePublished']/@datetime")
    date = next((d for d in dates if re.match(r"\d{4}-\d{2}-\d{2}", d.strip())), None)
    if date is None:
        return None
    title = ""
    h1s = doc.xpath("//h1")
    if len(h1s) == 1:
        h1 = " ".join(h1s[0].text_content().split())
        heads = [v for k in _TITLE_KEYS for v in metas.get(k, [])]
        heads += [" ".join(t.text_content().split()) for t in doc.xpath("//title")]
        a = base.word_set(h1)
        for head in heads:
            b = base.word_set(head)
            if a and len(a & b) >= 0.6 * len(a):
                title = h1
                break
    named = [v for k in _AUTHOR_KEYS for v in metas.get(k, []) if not v.startswith("http")]
    for el in doc.xpath("//*[@itemprop='author']"):
        name = el.xpath(".//*[@itemprop='name']")
        named.append(" ".join((name[0] if name else el).text_content().split()))
    for script in doc.xpath("//script|//style"):
        script.drop_tree()
    shown = " ".join(doc.text_content().split())
    authors = [a for a in base.person_names(named) if a in shown]
    return {"title": title, "authors": authors, "date": date.strip()[:10]}


def make_gold(shared: Path) -> dict[str, dict]:
    from newsprobe.eval.extraction_data import load
    from newsprobe.read.decode import decode

    out = {}
    for name in base.SETS:
        for page in load(shared / "data" / name).pages:
            html = decode(page.read())[0]
            if base.page_gold(html) is not None:
                continue  # meta11's splits (cold or dev)
            gold = meta_gold(html)
            if gold is not None:
                out[f"{name}/{page.key}"] = gold
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cmd", choices=["gold", "score"])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared"))
    ap.add_argument("--out", type=Path, help="gold: where to write it")
    ap.add_argument("--gold", type=Path, help="score: the gold written by 'gold'")
    ap.add_argument("--renderer", default="inscriptis")
    ap.add_argument("--shipped", action="store_true", help="score: the shipped line model")
    args = ap.parse_args()
    if args.cmd == "gold":
        base.write_gold(make_gold(args.shared), args.out)
    else:
        gold = json.loads(args.gold.read_text(encoding="utf-8"))
        base.score(args.shared, gold, args.renderer, shipped=args.shipped)  # totals only


if __name__ == "__main__":
    main()
