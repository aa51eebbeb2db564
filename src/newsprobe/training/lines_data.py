"""The line model's training data: extraction pages rendered to text and labelled.

The pages of the extraction sets under ``../shared/data`` (``SETS``), their reference main
text and titles (:func:`load_pages`), renderings cached on disk (:class:`RenderCache`,
:mod:`newsprobe.training.lines_render`), a text's lines as the layout sees them
(:func:`prepare`; labels: :mod:`newsprobe.training.lines_labels`), sites and folds of sites
for cross-validation, and GermEval 2014 news prose spliced into pages' furniture.  Used by the
tree trainer (:mod:`newsprobe.training.lines`), the CRF trainer
(:mod:`newsprobe.training.lines_crf`) and ``newsprobe eval extraction --as-text``.  Which sets
the shipped model may learn from is argued in ``layout/line_model/model/MODEL_CARD.md``.
Never imported by the product.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from newsprobe.training.lines_labels import Reference, label_lines

SETS = {
    "trafilatura": "extraction-trafilatura-de",
    "scrapinghub": "extraction-scrapinghub",
    "fundus": "extraction-fundus",
}
#: The sets whose licence lets a shipped model learn from them (see the model card).
SHIPPED_SETS = ("scrapinghub",)


def data_folders(shared_data: Path, sets: Iterable[str]) -> list[Path]:
    """The folders a model trained on ``sets`` under ``shared_data`` learns from (the sets and
    the GermEval files of the shipped model's spliced pages): the data of its cache key."""
    return [shared_data / SETS[s] for s in sorted(sets)] + [shared_data / "germeval2014"]


def default_cache() -> Path:
    """Rendered pages and fold models: ``<newsprobe cache>/line-model``."""
    from newsprobe.cache import cache_dir

    return cache_dir(create=False) / "line-model"


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
            from newsprobe.training.lines_render import RENDER

            try:
                table[key] = RENDER[renderer](page.html)
            except Exception as exc:  # a page a renderer chokes on is left out
                print(f"  {renderer} {page.key}: {type(exc).__name__}: {exc}", file=sys.stderr)
                table[key] = ""
            self._dirty.add((renderer, page.dataset))
        return table[key]

    def _path(self, renderer: str, dataset: str) -> Path | None:
        """One file per set and renderer, named after what made the renderings (the
        renderer's code, libraries and program: :func:`lines_key.render_stamp`)."""
        if not self.folder:
            return None
        from newsprobe.training.lines_key import render_stamp

        return self.folder / f"{dataset}.{renderer}-{render_stamp(renderer)}.json.gz"

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
