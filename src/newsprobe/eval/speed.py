"""Task ``speed``: a benchmark, not a test.  The full pipeline over a corpus of articles,
repeated; the first pass is a warm-up (models load) and is not counted.

Corpora: with no dataset, the bundled samples (``newsprobe/samples/*.txt``) plus the seed
article(s) in ``../shared/seed`` when present; a folder of ``.txt``/``.html``/``.json``
articles; or a 10kGNAD-style CSV (``label;'title and text'``, ``'``-quoted), of which the
first ``limit`` articles (default 200) are used.
"""

from __future__ import annotations

import csv
import time
from collections import defaultdict
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from newsprobe.eval.base import EvalError, Metric, TaskResult, median, ours, require_path, spread

FORMATS = ("files", "10kgnad")
DEFAULT_SEED = Path("..") / "shared" / "seed"
DEFAULT_LIMIT = 200
DEFAULT_REPEATS = 3
_SUFFIXES = (".txt", ".html", ".htm", ".json")
#: Small corpora are repeated more often, so that every median is over enough runs.
_MIN_MEASUREMENTS = 30


@dataclass(frozen=True)
class Article:
    name: str
    data: bytes


def samples_dir() -> Path:
    return Path(str(files("newsprobe").joinpath("samples")))


def default_corpus(seed_dir: Path | None = DEFAULT_SEED) -> list[Article]:
    paths = sorted(samples_dir().glob("*.txt"))
    if seed_dir is not None and seed_dir.is_dir():
        paths += sorted(seed_dir.glob("*.txt"))
    return [Article(p.name, p.read_bytes()) for p in paths]


def read_folder(folder: Path, limit: int | None) -> list[Article]:
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in _SUFFIXES)
    if not paths:
        raise EvalError(f"empty dataset: no {'/'.join(_SUFFIXES)} files in {folder}")
    return [Article(p.name, p.read_bytes()) for p in paths[:limit]]


def read_10kgnad(path: Path, limit: int | None) -> list[Article]:
    """The first ``limit`` articles of a ``label;'text'`` CSV (10kGNAD's train/test files)."""
    limit = limit or DEFAULT_LIMIT
    articles: list[Article] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), 1):
                if len(row) < 2 or not row[-1].strip():
                    raise EvalError(
                        f"{path}: line {number} is not label;'text' (not a 10kGNAD-style CSV)"
                    )
                articles.append(Article(f"{path.stem}-{number}.txt", row[-1].encode("utf-8")))
                if len(articles) >= limit:
                    break
    except (UnicodeDecodeError, csv.Error) as exc:
        raise EvalError(f"{path}: not a UTF-8 10kGNAD-style CSV ({exc})") from None
    if not articles:
        raise EvalError(f"empty dataset: {path} has no rows")
    return articles


def load(
    data: Path | None, fmt: str | None, limit: int | None, seed_dir: Path | None = DEFAULT_SEED
) -> tuple[str, list[Article]]:
    """``(format, articles)``; the format is ``samples`` for the default corpus."""
    if data is None:
        return "samples", default_corpus(seed_dir)[:limit]
    require_path(data)
    if fmt is None:
        fmt = "files" if data.is_dir() or data.suffix.lower() in _SUFFIXES else "10kgnad"
    if fmt == "10kgnad":
        if not data.is_file():
            raise EvalError(f"expected a 10kGNAD-style CSV file, got a folder: {data}")
        return fmt, read_10kgnad(data, limit)
    if data.is_file():
        return fmt, [Article(data.name, data.read_bytes())]
    return fmt, read_folder(data, limit)


@dataclass
class Timings:
    """Per article: seconds of each measured run, in total and per component."""

    total: list[list[float]]
    components: dict[str, list[list[float]]]
    run_seconds: list[float]
    tokens: list[int]


def measure(articles: list[Article], repeats: int) -> tuple[Timings, list[str]]:
    from newsprobe.api import analyze_bytes

    total: list[list[float]] = [[] for _ in articles]
    components: dict[str, list[list[float]]] = defaultdict(lambda: [[] for _ in articles])
    run_seconds: list[float] = []
    tokens = [0] * len(articles)
    failed: dict[int, str] = {}
    for run in range(repeats + 1):  # run 0 is the warm-up
        run_total = 0.0
        for i, article in enumerate(articles):
            if i in failed:
                continue
            started = time.perf_counter()
            try:
                analysis = analyze_bytes(article.data, name=article.name)
            except Exception as exc:  # a failing article is reported, not fatal
                failed[i] = f"{article.name}: {type(exc).__name__}: {exc}"
                continue
            seconds = time.perf_counter() - started
            if run == 0:
                continue
            run_total += seconds
            total[i].append(seconds)
            timed = {t.component: t.seconds for t in analysis.timings}
            timed["read"] = max(0.0, seconds - sum(timed.values()))
            for name, value in timed.items():
                components[name][i].append(value)
            tokens[i] = len(analysis.tokens)
        if run:
            run_seconds.append(run_total)
    keep = [i for i in range(len(articles)) if i not in failed]
    timings = Timings(
        total=[total[i] for i in keep],
        components={k: [v[i] for i in keep] for k, v in components.items()},
        run_seconds=run_seconds,
        tokens=[tokens[i] for i in keep],
    )
    return timings, list(failed.values())


def metrics(t: Timings) -> list[Metric]:
    n = len(t.total)
    per_article = [1000 * median(runs) for runs in t.total]
    run_median = median(t.run_seconds)
    out = [
        *spread("ms/article", per_article, "ms"),
        ours("articles/s", n / run_median if run_median else 0, "/s", n),
        ours("tokens/s", sum(t.tokens) / run_median if run_median else 0, "/s", sum(t.tokens)),
    ]
    for name, values in t.components.items():
        comp = [1000 * median(runs) for runs in values]
        out.append(ours(f"ms/article {name} (median)", median(comp), "ms", n))
    return out


def run(
    data: Path | None,
    *,
    fmt: str | None = None,
    limit: int | None = None,
    seed_dir: Path | None = DEFAULT_SEED,
    repeats: int = DEFAULT_REPEATS,
) -> TaskResult:
    started = time.perf_counter()
    fmt, articles = load(data, fmt, limit, seed_dir)
    if not articles:
        raise EvalError("empty dataset: no articles to time")
    repeats = max(3, repeats, -(-_MIN_MEASUREMENTS // len(articles)))
    timings, failures = measure(articles, repeats)
    if not timings.total:
        raise EvalError("no article could be analysed; see the failures")
    chars = sum(len(a.data) for a in articles) // len(articles)
    notes = [
        f"{len(timings.total)} articles (mean {chars:,} bytes), full pipeline, "
        f"{repeats} timed runs after 1 warm-up run; medians over runs, then over articles",
        "'read' is decoding and HTML extraction, outside the pipeline's own timings",
    ]
    if data is None:
        seeded = seed_dir is not None and any(seed_dir.glob("*.txt"))
        label = f"bundled samples + {seed_dir}/*.txt" if seeded else "bundled samples"
    else:
        label = str(data)
    return TaskResult.timed(
        started,
        "speed",
        label,
        fmt,
        len(timings.total),
        metrics(timings),
        notes=notes,
        failures=failures,
    )
