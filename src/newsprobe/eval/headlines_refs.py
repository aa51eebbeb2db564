"""Bodies and real headlines that a headline gold file names by reference.

Some corpora under ``../shared/data`` may be used for evaluation but their texts may not be
copied into the repository (SpkAtt-2023 news, i.e. German Wikinews as packaged CC BY-NC-SA;
the fundus fixtures, publishers' copyright).  A gold article can therefore name its body
instead of holding it: ``=== <id> <lang> @<corpus>:<key>`` with an empty body, and a headline
``@title`` stands for the article's own (real) headline.  Corpora:

- ``spkatt2023-news:<number>``: the Wikinews article ``<number> - <title> (<date>).json``; the
  body is its tokens as running text (:func:`newsprobe.eval.quotes.build_analysis`);
- ``fundus:<key>``: ``extraction-fundus/gold.jsonl``'s page ``<key>`` (title; body = teaser +
  sections, paragraphs kept).

Where ``../shared`` is absent the referencing articles are skipped, and the caller says so.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from newsprobe.eval.base import SHARED_DATA, EvalError

CORPORA = ("spkatt2023-news", "fundus")


def resolve(ref: str, root: Path = SHARED_DATA) -> tuple[str, str] | None:
    """``(title, body)`` of a reference ``corpus:key``; ``None`` where the corpus is absent.

    A reference to a corpus that exists but lacks the key is an error: the gold is wrong."""
    corpus, _, key = ref.partition(":")
    if corpus not in CORPORA or not key:
        raise EvalError(f"unknown reference {ref!r} (expected one of {', '.join(CORPORA)}:<key>)")
    if corpus == "spkatt2023-news":
        folder = root / "spkatt2023-news"
        if not folder.is_dir():
            return None
        files = sorted(folder.glob(f"*/{key} - *.json"))
        if not files:
            raise EvalError(f"reference {ref!r}: no such article under {folder}")
        return _wikinews(files[0])
    pages = _fundus(root / "extraction-fundus" / "gold.jsonl")
    if pages is None:
        return None
    if key not in pages:
        raise EvalError(f"reference {ref!r}: no such page in extraction-fundus/gold.jsonl")
    return pages[key]


def _wikinews(path: Path) -> tuple[str, str]:
    from newsprobe.eval.quotes import build_analysis
    from newsprobe.eval.quotes_data import GoldDoc

    data = json.loads(path.read_text("utf-8"))
    sentences = [[str(t) for t in s.get("Tokens", [])] for s in data["Sentences"]]
    title = path.stem.split(" - ", 1)[1].rsplit(" (", 1)[0].strip()
    return title, build_analysis(GoldDoc(path.stem, sentences)).text


@cache
def _fundus(path: Path) -> dict[str, tuple[str, str]] | None:
    if not path.is_file():
        return None
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            page = json.loads(line)
            key = Path(page["file"]).name.removesuffix(".html.gz")
            out[key] = (str(page["title"]).strip(), str(page["body"]).strip())
    return out
