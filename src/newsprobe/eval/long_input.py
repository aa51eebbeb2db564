"""``long``: time and peak memory of one analysis of a 100 KB, 1 MB and 5 MB text.

Not an accuracy task: it shows that every layer is linear in the length of the input (issue
20) and what a text past the character limit (``read.source.MAX_CHARS``, 1,000,000) gets — a
refusal with a message, at once.  The text is 10kGNAD articles one after another when the
corpus is there (evaluation use), else news prose written here, every paragraph distinct (the
layout removes repeated paragraphs as duplicates, which would shrink a repeated sample).
Each size runs in a fresh process (spawned), so its peak memory (``ru_maxrss``) is its own;
the figure "added" is the peak minus the process's peak after a warm-up analysis.
"""

from __future__ import annotations

import multiprocessing
import resource
import sys
import time
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, ours
from newsprobe.eval.speed import read_10kgnad

FORMATS = ("10kgnad", "self-written")
SIZES = ((100_000, "100 KB"), (1_000_000, "1 MB"), (5_000_000, "5 MB"))


def written_news(chars: int) -> str:
    """Distinct paragraphs of news prose written for this benchmark."""
    out: list[str] = []
    total, i = 0, 0
    while total < chars:
        paragraph = (
            f"Der Stadtrat von Ort {i} hat am Dienstag {i % 9 + 3} neue Radwege beschlossen. "
            f"Bürgermeisterin Anna Weber{i} sagte, die Kosten lägen bei {(i + 1) * 120} Euro. "
            f"„Wir haben lange genug gewartet“, sagte sie. Kritiker der Partei P{i} bezweifeln "
            f"offenbar, dass das Geld reicht, wie die Zeitung Z{i} berichtet."
        )
        out.append(paragraph)
        total += len(paragraph) + 2
        i += 1
    return "\n\n".join(out)[:chars]


def corpus_text(path: Path, chars: int) -> str:
    articles = read_10kgnad(path, 100_000)
    if not articles:
        raise EvalError(f"{path}: no articles")
    out: list[str] = []
    total, i = 0, 0
    while total < chars:
        text = articles[i % len(articles)].data.decode("utf-8")
        out.append(text)
        total += len(text) + 2
        i += 1
    return "\n\n".join(out)[:chars]


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _one(text: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from newsprobe.api import analyze_text
    from newsprobe.read import InputError

    analyze_text("Der Rat tagte. Er sagte, es sei gut.", lang="de")  # models loaded
    base = _peak_mb()
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    try:
        analysis = analyze_text(text, lang="de")
        outcome = f"{analysis.status.value}, {len(analysis.sentences):,} sentences"
    except InputError as exc:
        outcome = f"refused: {exc}"
    wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    queue.put((wall, cpu, _peak_mb(), _peak_mb() - base, outcome))


def measure(text: str) -> tuple[float, float, float, float, str]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_one, args=(text, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def _growth(cpu_of: dict[int, float]) -> list[Metric]:
    """CPU time of the largest analysed text over the smallest's, beside the input ratio: a
    pass quadratic in the text shows as a growth far above the input ratio (10 for 100 KB ->
    1 MB; 100 for a pass quadratic in the text)."""
    if len(cpu_of) < 2:
        return []
    small, large = min(cpu_of), max(cpu_of)
    if cpu_of[small] <= 0:
        return []
    label = f"CPU growth for {large // small}x the input"
    return [ours(label, round(cpu_of[large] / cpu_of[small], 1), "x")]


def run(data: Path | None, *, fmt: str | None = None, limit: int | None = None) -> TaskResult:
    started = time.perf_counter()
    use_corpus = data is not None and Path(data).is_file()
    metrics: list[Metric] = []
    notes: list[str] = []
    sizes = SIZES[:limit] if limit else SIZES
    cpu_of: dict[int, float] = {}
    for chars, label in sizes:
        text = corpus_text(Path(data), chars) if use_corpus else written_news(chars)  # type: ignore[arg-type]
        wall, cpu, peak, added, outcome = measure(text)
        metrics += [
            ours(f"{label}: s", round(wall, 2), "s"),
            ours(f"{label}: CPU s", round(cpu, 2), "s"),
            ours(f"{label}: peak MB", round(peak), "MB"),
            ours(f"{label}: added MB", round(added), "MB"),
        ]
        notes.append(f"{label} ({chars:,} characters): {outcome}")
        if not outcome.startswith("refused"):
            cpu_of[chars] = cpu
    metrics += _growth(cpu_of)
    return TaskResult.timed(
        started,
        "long",
        str(data) if use_corpus else "news prose written by eval/long_input.py",
        "10kgnad" if use_corpus else "self-written",
        len(sizes),
        metrics,
        notes=notes,
    )
