"""Task ``sentences``: sentence boundaries and token boundaries of the ``sentences`` and
``tokens`` components against the gold sentences and tokens of SpkAtt-2023 task 2 (German
Wikinews, ``spkatt2023-news``; CC BY-NC-SA 4.0: evaluation only, no rule was learnt from it).

The corpus gives tokens only; each article's text is rebuilt from them as running text
(:func:`newsprobe.eval.quotes.build_analysis`: punctuation attached, one paragraph), and the
components run on that text as on any article.  Scores:

- **boundary F1 (lenient)**: boundaries after sentence-final punctuation (``.``, ``!``, ``?``,
  ``…``) only, where newsprobe and the gold end a sentence at the same place, closing quotes
  and brackets after the end not counted (the gold puts a closing quote now with one sentence,
  now with the next).  The gold also ends sentences at some colons and semicolons and after
  headings whose line break the rebuilt text has lost; these count only in the strict score;
- **boundary F1 (strict)**: the same, the exact offset;
- **sentence exact F1**: sentences with the same start and end;
- **token boundary F1**: tokens with the same start and end (the gold tokens are spaCy's);
- every score on the articles in even and odd positions separately: the rules were looked at
  on errors of the even ones only, so the odd ones are unseen.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, require_path

FORMATS = ("spkatt",)
_SOFT = frozenset(" \t\n\u00a0“”\"'’‘»«)]}")
_FINAL = frozenset(".!?…")


def _files(root: Path, limit: int | None) -> tuple[list[Path], str]:
    if root.is_file():
        return [root], root.name
    folder = root / "train" if (root / "train").is_dir() else root
    files = sorted(folder.glob("*.json"))
    if not files:
        raise EvalError(f"empty dataset: no SpkAtt JSON files under {folder}")
    return files[:limit], f"{folder.name} split" if folder is not root else root.name


def _canon(text: str, end: int) -> int:
    while end > 0 and text[end - 1] in _SOFT:
        end -= 1
    return end


def _final(text: str, ends: set[int]) -> set[int]:
    """The boundaries of ``ends`` after sentence-final punctuation, as :func:`_canon` puts them."""
    found = {_canon(text, e) for e in ends}
    return {e for e in found if e and text[e - 1] in _FINAL}


class _Counts:
    def __init__(self) -> None:
        self.tp: dict[str, int] = {}
        self.pred: dict[str, int] = {}
        self.gold: dict[str, int] = {}

    def add(self, name: str, predicted: set[object], gold: set[object]) -> None:
        self.tp[name] = self.tp.get(name, 0) + len(predicted & gold)
        self.pred[name] = self.pred.get(name, 0) + len(predicted)
        self.gold[name] = self.gold.get(name, 0) + len(gold)

    def metrics(self, system: str, suffix: str = "") -> list[Metric]:
        out = []
        for name, tp in self.tp.items():
            p = tp / self.pred[name] if self.pred[name] else 0.0
            r = tp / self.gold[name] if self.gold[name] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            n = self.gold[name]
            out.append(Metric(system=system, name=f"{name} F1{suffix}", value=f, n=n))
            if not suffix:
                out.append(Metric(system=system, name=f"{name} precision", value=p, n=n))
                out.append(Metric(system=system, name=f"{name} recall", value=r, n=n))
        return out


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    if data is None:
        raise EvalError("task 'sentences' needs a dataset: pass --data PATH (spkatt2023-news)")
    from newsprobe.eval.quotes import build_analysis
    from newsprobe.eval.quotes_data import GoldDoc
    from newsprobe.model import Analysis, Block, BlockKind
    from newsprobe.pipeline import Options, get_component

    started = time.perf_counter()
    files, split = _files(require_path(data), limit)
    options = Options(lang="de")
    sentences, tokens = get_component("sentences"), get_component("tokens")
    warm = Analysis(text="Warm-up. Die Tokenizer laden.")
    warm.meta.language = "de"
    tick = time.process_time()
    sentences(warm, options)  # loads the tokenizer: timed apart
    load = time.process_time() - tick
    counts = [_Counts(), _Counts(), _Counts()]  # all, even (looked at), odd (unseen)
    seconds = 0.0
    failures: list[str] = []
    for index, path in enumerate(files):
        try:
            raw = json.loads(path.read_text("utf-8"))
            words = [[str(t) for t in s.get("Tokens", [])] for s in raw["Sentences"]]
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
            failures.append(f"{path.name}: not a SpkAtt JSON file ({exc})")
            continue
        gold = build_analysis(GoldDoc(name=path.stem, sentences=[w for w in words if w]))
        text = gold.text
        analysis = Analysis(text=text)
        analysis.blocks = [Block(start=0, end=len(text), text=text, id=0, kind=BlockKind.PARAGRAPH)]
        analysis.meta.language = "de"
        tick = time.process_time()
        sentences(analysis, options)
        tokens(analysis, options)
        seconds += time.process_time() - tick
        g_ends = {s.end for s in gold.sentences[:-1]}
        p_ends = {s.end for s in analysis.sentences[:-1]}
        for c in (counts[0], counts[1 + index % 2]):
            c.add("boundary (lenient)", _final(text, p_ends), _final(text, g_ends))
            c.add("boundary (strict)", set(p_ends), set(g_ends))
            c.add(
                "sentence exact",
                {(s.start, s.end) for s in analysis.sentences},
                {(s.start, s.end) for s in gold.sentences},
            )
            c.add(
                "token boundary",
                {(t.start, t.end) for t in analysis.tokens},
                {(t.start, t.end) for t in gold.tokens},
            )
    n = len(files) - len(failures)
    if not n:
        raise EvalError("no article could be read; see the failures")
    metrics = counts[0].metrics("newsprobe")
    metrics += counts[1].metrics("newsprobe", " (even: rules looked at)")
    metrics += counts[2].metrics("newsprobe", " (odd: unseen)")
    metrics.append(
        Metric(
            system="newsprobe",
            name="sentences+tokens CPU ms/article",
            value=1000 * seconds / n,
            n=n,
            unit="ms",
        )
    )
    metrics.append(
        Metric(system="newsprobe", name="tokenizer load CPU ms", value=1000 * load, n=1, unit="ms")
    )
    return TaskResult.timed(
        started,
        "sentences",
        data,
        fmt or "spkatt",
        n,
        metrics,
        notes=[
            f"{split}: {n} articles, text rebuilt from the gold tokens (one paragraph)",
            "lenient: closing quotes/brackets after a sentence end are not counted; "
            "CC BY-NC-SA 4.0 data: evaluation only",
        ],
        failures=failures,
    )
