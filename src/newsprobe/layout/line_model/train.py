"""Train the line model from HTML pages rendered to text (distant supervision).

    python -m newsprobe.layout.line_model.train --shared ../shared --sets scrapinghub

Every page of the chosen extraction sets is rendered to text the ways users do (see
:mod:`newsprobe.layout.line_model.render`), its lines labelled from the page's known main
text (:mod:`newsprobe.layout.line_model.labels`), and a CRF trained over the line features.
The gold articles themselves, headline on top, are added as clean texts (every line kept),
so that a clean article never loses a paragraph.  Which sets the shipped model may learn
from is argued in ``model/MODEL_CARD.md``.  Never imported by the product.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from newsprobe.layout.line_model.labels import Reference, label_lines

SETS = {
    "trafilatura": "extraction-trafilatura-de",
    "scrapinghub": "extraction-scrapinghub",
    "fundus": "extraction-fundus",
}
#: The sets whose licence lets a shipped model learn from them (see the model card).
SHIPPED_SETS = ("scrapinghub",)


def default_cache() -> Path:
    """Rendered pages and fold models: ``<newsprobe cache>/line-model``."""
    from newsprobe.cache import cache_dir

    return cache_dir(create=False) / "line-model"


PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


@dataclass
class TrainPage:
    dataset: str
    key: str
    site: str
    html: bytes
    ref: Reference


def site_of(url: str | None, key: str) -> str:
    host = urlsplit(url or "").hostname or ""
    host = host.removeprefix("www.")
    if host:
        parts = host.split(".")
        return ".".join(parts[-3:]) if parts[-2:-1] in (["co"], ["com"]) else ".".join(parts[-2:])
    return key.split("_")[0]


def fold_of(site: str, k: int) -> int:
    return zlib.crc32(site.encode("utf-8")) % k


def _titles(html: bytes) -> list[str]:
    import lxml.html

    from newsprobe.read.decode import decode

    try:
        doc = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", decode(html)[0]))
    except Exception:
        return []
    found: list[str] = []
    for xp in ("//meta[@property='og:title']/@content", "//h1", "//title"):
        for el in doc.xpath(xp)[:2]:
            text = el if isinstance(el, str) else el.text_content()
            text = " ".join(str(text).split())
            if text:
                found.append(text)
                found += [p.strip() for p in re.split(r"\s[|–—-]\s", text) if p.strip()]
    return found


def load_pages(shared: Path, sets: Iterable[str]) -> list[TrainPage]:
    """The pages of the chosen extraction sets with their reference main text."""
    from newsprobe.eval.extraction_data import load

    pages: list[TrainPage] = []
    for name in sets:
        root = shared / "data" / SETS[name]
        dataset = load(root)
        for page in dataset.pages:
            html = page.read()
            if dataset.format == "trafilatura":
                import trafilatura

                body = trafilatura.extract(html) or ""
                ref = Reference(body, _titles(html), page.with_, page.without)
            else:
                body = page.body or ""
                ref = Reference(body, _gold_title(root, page.key) + _titles(html))
            pages.append(TrainPage(name, page.key, site_of(page.url, page.key), html, ref))
    return pages


def _gold_title(root: Path, key: str) -> list[str]:
    gold = _gold(root)
    title = gold.get(key, {}).get("title") if isinstance(gold.get(key), dict) else None
    return [title] if isinstance(title, str) and title else []


_GOLD: dict[Path, dict] = {}


def _gold(root: Path) -> dict:
    if root not in _GOLD:
        _GOLD[root] = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return _GOLD[root]


class RenderCache:
    """Rendered texts on disk (one gzip JSON per renderer and set), so runs can share them."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._mem: dict[tuple[str, str], dict[str, str]] = {}

    def get(self, renderer: str, page: TrainPage) -> str:
        table = self._table(renderer, page.dataset)
        key = hashlib.sha256(page.html).hexdigest()[:24]  # the page itself, not its name
        if key not in table:
            from newsprobe.layout.line_model.render import RENDER

            try:
                table[key] = RENDER[renderer](page.html)
            except Exception as exc:  # a page a renderer chokes on is left out
                print(f"  {renderer} {page.key}: {type(exc).__name__}: {exc}", file=sys.stderr)
                table[key] = ""
            self._dirty.add((renderer, page.dataset))
        return table[key]

    def _path(self, renderer: str, dataset: str) -> Path | None:
        return self.folder / f"{dataset}.{renderer}.json.gz" if self.folder else None

    def _table(self, renderer: str, dataset: str) -> dict[str, str]:
        if not hasattr(self, "_dirty"):
            self._dirty: set[tuple[str, str]] = set()
        key = (renderer, dataset)
        if key not in self._mem:
            path = self._path(renderer, dataset)
            self._mem[key] = (
                json.loads(gzip.decompress(path.read_bytes())) if path and path.is_file() else {}
            )
        return self._mem[key]

    def save(self) -> None:
        if not self.folder or not getattr(self, "_dirty", None):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for renderer, dataset in self._dirty:
            path = self._path(renderer, dataset)
            assert path is not None
            data = json.dumps(self._mem[(renderer, dataset)], ensure_ascii=False)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(gzip.compress(data.encode("utf-8"), 6))
            os.replace(tmp, path)  # another run may read it at the same time
        self._dirty = set()


def prepare(text: str):  # type: ignore[no-untyped-def]
    """The lines of a text as the layout sees them at run time, and its link spans."""
    from newsprobe.layout.lexicon import furniture
    from newsprobe.layout.lines import pass_furniture, split_lines
    from newsprobe.read.decode import normalise
    from newsprobe.read.markup import unwrap_links

    text, links = unwrap_links(normalise(text))
    lines = split_lines(text)
    pass_furniture(lines, furniture(), {})
    return lines, links


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


def germeval_paragraphs(shared: Path) -> list[str]:
    """German news prose (GermEval 2014, CC BY 4.0: news sentences, not Wikipedia) joined
    into paragraphs of three sentences — prose shapes for pages in German."""
    sentences: list[str] = []
    for name in ("NER-de-dev.tsv", "NER-de-test-part-a.tsv"):
        path = shared / "data" / "germeval2014" / name
        if not path.is_file():
            continue
        news = False
        tokens: list[str] = []
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.startswith("#"):
                news = "wikipedia.org" not in line
                tokens = []
            elif not line.strip():
                if news and len(tokens) >= 6:
                    text = " ".join(tokens)
                    text = re.sub(r" ([.,;:!?)\]])", r"\1", text)
                    sentences.append(re.sub(r"([(\[„]) ", r"\1", text))
                tokens = []
            else:
                cols = line.split("\t")
                if len(cols) > 1:
                    tokens.append(cols[1])
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences) - 2, 3)]


def spliced_pages(
    pages: Sequence[TrainPage], renderers: Sequence[str], cache: RenderCache, paragraphs: list[str]
) -> Iterator[tuple[TrainPage, list, list, set[str]]]:  # type: ignore[type-arg]
    """Each rendered page with its article replaced by 4-8 German paragraphs, kept in the
    page's furniture (the lines before the article that are not article, all lines after):
    ``(page, lines, links, the paragraphs put in)``.  Paragraphs are taken in turn over all
    renderers and pages, so the same data gives the same pages."""
    at = 0
    for renderer in renderers:
        for page in pages:
            text = cache.get(renderer, page)
            if not text.strip() or not paragraphs:
                continue
            lines, _ = prepare(text)
            labels = label_lines(lines, page.ref)
            body = [i for i, lab in enumerate(labels) if lab == "B"]
            if not body:
                continue
            n = 4 + at % 5
            german = [paragraphs[(at + j) % len(paragraphs)] for j in range(n)]
            at += n
            before = "\n".join(
                ln.text
                for ln, lab in zip(lines[: body[0]], labels[: body[0]], strict=True)
                if lab == "O"
            )
            after = "\n".join(ln.text for ln in lines[body[-1] + 1 :])
            new_lines, links = prepare(f"{before}\n\n" + "\n\n".join(german) + f"\n\n{after}\n")
            yield page, new_lines, links, set(german)


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
    from newsprobe.layout.line_model.render import available

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
