"""Task ``extraction``: how well the canonical text of an HTML page holds the article and
leaves out the rest, for newsprobe and plain trafilatura side by side in one run.

``newsprobe`` is the article text of ``analyze_bytes(page, only=['layout'])``: its canonical
text without the blocks typed ``caption``, ``credit``, ``related``, ``byline`` and ``dateline``
(the gold does not count image captions, photo credits, links to other articles, author and
date lines as main text); ``newsprobe
canonical`` is the whole canonical text, scored as well so the difference is visible;
trafilatura's is ``trafilatura.extract(page)`` with its default settings.  Both are
normalised the same way (:func:`newsprobe.eval.scoring.normalise`) before scoring.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from newsprobe.eval.base import EvalError, Extractor, Metric, TaskResult, figure, median
from newsprobe.eval.extraction_data import Dataset, Page, load
from newsprobe.eval.scoring import Overlap, SnippetCounts, count_snippets, overlap
from newsprobe.model import Analysis, BlockKind

FORMATS = ("trafilatura", "scrapinghub")
#: Block kinds the canonical text keeps that are not main text by the gold's convention:
#: image captions, photo credits and links to other articles.
NOT_MAIN_TEXT = frozenset(
    {BlockKind.CAPTION, BlockKind.CREDIT, BlockKind.RELATED, BlockKind.BYLINE, BlockKind.DATELINE}
)
_SHOWN_FAILURES = 20


@lru_cache(maxsize=2)
def _layout(page: bytes) -> Analysis:
    from newsprobe.api import analyze_bytes

    return analyze_bytes(page, name="page.html", only=["layout"])


def main_text(analysis: Analysis) -> str:
    """The article text: canonical text without caption, credit and related blocks."""
    if not analysis.blocks:
        return analysis.text
    return "\n".join(b.text for b in analysis.blocks if b.kind not in NOT_MAIN_TEXT)


def newsprobe_text(page: bytes) -> str:
    """The article text of a page (:func:`main_text`)."""
    return main_text(_layout(page))


def article_text(
    text: str, meta: dict | None = None, key: bytes = b"", read_at: datetime | None = None
) -> str:
    """The article text newsprobe reads from a rendered page's text (:func:`main_text`); with
    ``meta``, its headline, title and metadata are kept there under ``key`` (for the
    page-metadata figures)."""
    from newsprobe.api import analyze_text

    analysis = analyze_text(text, only=["layout"], reference=read_at)
    if meta is not None:
        head = analysis.headline
        meta[key] = (head.text if head else "", analysis.meta.title or "", analysis.meta)
    return main_text(analysis)


def newsprobe_canonical(page: bytes) -> str:
    """The whole canonical text (captions, credits and related links included)."""
    return _layout(page).text


def trafilatura_text(page: bytes) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


SYSTEMS: dict[str, Extractor] = {
    "newsprobe": newsprobe_text,
    "trafilatura": trafilatura_text,
    # same analysis as "newsprobe" (cached), so its ms/page is not a timing
    "newsprobe canonical": newsprobe_canonical,
}


@dataclass
class Output:
    """What one system extracted from one page."""

    text: str
    seconds: float
    error: str | None = None


@dataclass
class Extracted:
    """Every system's output for every page, pages in dataset order."""

    pages: list[Page]
    outputs: dict[str, list[Output]]
    failures: list[str] = field(default_factory=list)


def extract_all(dataset: Dataset, systems: Mapping[str, Extractor]) -> Extracted:
    """Run the systems side by side, page after page (so both see the same machine state);
    an :class:`EvalError` when no page could be read."""
    result = Extracted(pages=[], outputs={name: [] for name in systems})
    for page in dataset.pages:
        try:
            html = page.read()
        except (OSError, EOFError) as exc:  # EOFError: truncated gzip
            result.failures.append(f"{page.key}: cannot read page: {exc}")
            continue
        result.pages.append(page)
        for name, system in systems.items():
            started = time.perf_counter()
            try:
                text, error = system(html), None
            except Exception as exc:  # one bad page must not end the run
                text, error = "", f"{type(exc).__name__}: {exc}"
                result.failures.append(f"{page.key}: {name}: {error}")
            result.outputs[name].append(Output(text, time.perf_counter() - started, error))
    if not result.pages:
        raise EvalError(f"empty dataset: no page under {dataset.root} could be read")
    return result


def _snippet_metrics(system: str, pages: list[Page], outs: list[Output]) -> list[Metric]:
    total = SnippetCounts()
    for page, out in zip(pages, outs, strict=True):
        total += count_snippets(out.text, page.with_, page.without)
    n_with, n_without = total.tp + total.fn, total.tn + total.fp
    return [
        figure(system, "with found", total.with_found, "", n_with, _WITH),
        figure(system, "without absent", total.without_absent, "", n_without, _WITHOUT),
        figure(system, "precision", total.precision, n=total.tp + total.fp),
        figure(system, "accuracy", total.accuracy, n=n_with + n_without),
        figure(system, "f1", total.f1, n=n_with + n_without),
    ]


def _overlap_metrics(system: str, pages: list[Page], outs: list[Output]) -> list[Metric]:
    words, quads = Overlap(), Overlap()
    for page, out in zip(pages, outs, strict=True):
        words += overlap(page.body or "", out.text, 1)
        quads += overlap(page.body or "", out.text, 4)
    n = len(pages)
    return [
        figure(system, "precision", words.precision, n=n, note="word tokens vs articleBody"),
        figure(system, "recall", words.recall, n=n),
        figure(system, "f1", words.f1, n=n),
        figure(system, "f1 (4-gram shingles)", quads.f1, n=n, note=_SHINGLES),
    ]


_WITH = "share of 'with' snippets in the text (recall)"
_WITHOUT = "share of 'without' snippets kept out"
_SHINGLES = "the article-extraction-benchmark's own measure"

#: Systems whose output is derived from another system's run: no timing of their own.
UNTIMED = frozenset({"newsprobe canonical"})


def score(fmt: str, extracted: Extracted) -> list[Metric]:
    metrics: list[Metric] = []
    medians: dict[str, float] = {}
    for system, outs in extracted.outputs.items():
        scorer = _snippet_metrics if fmt == "trafilatura" else _overlap_metrics
        metrics += scorer(system, extracted.pages, outs)
        n = len(outs)
        if system not in UNTIMED and outs:
            medians[system] = median([o.seconds for o in outs])
            total = sum(o.seconds for o in outs)
            metrics.append(figure(system, "ms/page (median)", 1000 * medians[system], "ms", n))
            metrics.append(figure(system, "pages/s", n / total if total > 0 else 0.0, "/s", n))
        empty = sum(1 for o in outs if not o.text.strip())
        metrics.append(figure(system, "empty output", empty, "pages", n))
    base = medians.get("trafilatura")
    if base:
        for system, value in medians.items():
            if system != "trafilatura":
                n = len(extracted.outputs[system])
                metrics.append(figure(system, "time vs trafilatura (median)", value / base, "×", n))
    return metrics


def run(
    data: Path | None,
    *,
    fmt: str | None = None,
    limit: int | None = None,
    systems: Mapping[str, Extractor] | None = None,
) -> TaskResult:
    if data is None:
        raise EvalError("task 'extraction' needs a dataset: pass --data PATH")
    started = time.perf_counter()
    dataset = load(data, fmt, limit)
    extracted = extract_all(dataset, systems if systems is not None else SYSTEMS)
    notes = dataset_notes(dataset, systems is None)
    failures = [f"{key}: no page file found" for key in dataset.unmatched] + extracted.failures
    if len(failures) > _SHOWN_FAILURES:
        notes.append(f"{len(failures)} failures, first {_SHOWN_FAILURES} listed")
        failures = failures[:_SHOWN_FAILURES]
    return task_result("extraction", started, data, dataset, extracted, notes, failures)


def task_result(
    task: str,
    started: float,
    data: Path,
    dataset: Dataset,
    extracted: Extracted,
    notes: list[str],
    failures: list[str],
) -> TaskResult:
    """The result of an extraction task: every system scored on the pages read."""
    metrics = score(dataset.format, extracted)
    pages = len(extracted.pages)
    return TaskResult.timed(
        started, task, data, dataset.format, pages, metrics, notes=notes, failures=failures
    )


def dataset_notes(dataset: Dataset, default_systems: bool) -> list[str]:
    """The notes printed under an extraction report: unmatched gold, systems, normalisation."""
    notes = []
    if dataset.unmatched:
        notes.append(
            f"{len(dataset.unmatched)} of {dataset.total} gold entries could not be "
            "matched to a page file and were not scored"
        )
    if default_systems:
        import trafilatura

        notes.append(
            "newsprobe: analyze_bytes(page, only=['layout']) canonical text without caption, "
            "credit, related, byline and dateline blocks; newsprobe canonical: the whole "
            "canonical text of the same analysis (not timed separately); trafilatura "
            f"{trafilatura.__version__}: extract(page), default settings"
        )
    notes.append(
        "texts and snippets normalised alike before matching: NFC, soft hyphens and "
        "zero-width characters dropped, whitespace runs collapsed"
    )
    return notes
